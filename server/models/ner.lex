discourse-lens-ner-lexicon 1
G	8	**general consumer price index
G	4	, inc.
G	1	.giuseppe citterio
G	1	.robbie mcewen
G	8	1,000
G	8	1,000 lakes
G	8	1,000 lakes rally
G	8	1000 lakes rally
G	8	12th dynasty
G	4	1860 munich
G	8	1990 world cup
G	8	1992 european championship
G	8	1996 miss teen usa
G	8	1997--ruehe
G	1	1ama
G	8	2,000 guineas
G	4	2000 games
G	512	20th century fox
G	8	21st african cup of nations
G	512	23andme
G	4	3
G	4	3m
G	512	49ers
G	512	4chan
G	512	7 eleven
G	512	76ers
G	16384	a coruña
G	16384	a estrada
G	8	a$
G	1	a. brown
G	1	a. campbell
G	1	a. cottey
G	1	a. cowan
G	1	a. flower
G	1	a. fraser
G	1	a. giles
G	1	a. harris
G	1	a. jadeja
G	1	a. kapoor
G	1	a. kumble
G	1	a. mullally
G	1	a. penberthy
G	1	a. shah
G	1	a. stewart
G	1	a. symonds
G	1	a. wells
G	1	a.de silva
G	4	a.g. edwards & sons , inc
G	8	a.l. central
G	8	a.l. east
G	4	a.s. bacau
G	16384	aabenraa
G	16384	aachen
G	16	aada
G	16	aadya
G	16448	aalborg
G	16384	aalen
G	16	aaliyah
G	16384	aalsmeer
G	16388	aalst
G	16384	aalten
G	16384	aalter
G	1	aamir sohail
G	16	aaradhya
G	16388	aarau
G	16	aarav
G	64	aarhus
G	16	aaron
G	1	aaron slight
G	16384	aarschot
G	16	aasha
G	4	aaxis
G	4	aaxis limited
G	16384	aba
G	16384	abadan
G	16384	abaetetuba
G	16384	abaeté
G	16	abagail
G	16384	abakaliki
G	16384	abakan
G	16384	abancay
G	16384	abano terme
G	16384	abashiri
G	16384	abasolo
G	16384	abay
G	16384	abaza
G	512	abba
G	32	abbas
G	8	abbaye
G	16384	abbeville
G	16	abbey
G	16	abbi
G	16384	abbiategrasso
G	16	abbie
G	16640	abbotsford
G	16384	abbottabad
G	16	abby
G	524292	abc
G	4	abc news
G	1	abdala bucaram
G	16	abdallah
G	16	abdel
G	1	abdellaoui
G	2	abderdeen
G	16	abdoulaye
G	16	abdul
G	1	abdul rahman
G	1	abdul rahman haj yihye
G	1	abdul rashid dostum
G	1	abdul samad ismail
G	1	abdul-karim al-kabariti
G	16384	abdulino
G	16	abdullah
G	16	abdullo
G	16	abdulrahman
G	1	abdulsamad hameed ali
G	16	abe
G	16	abel
G	1	abel anton
G	16384	abengourou
G	16384	abeokuta
G	16384	abepura
G	16384	aberdare
G	16388	aberdeen
G	16384	abergele
G	16384	aberystwyth
G	16384	abha
G	16384	abhar
G	16384	abhayāpuri
G	16	abi
G	524288	abid
G	16450	abidjan
G	16	abie
G	16	abigail
G	16384	abiko
G	16384	abilene
G	1	abimael guzman
G	16640	abingdon
G	16384	abington
G	16384	abinsk
G	65536	abkhaz
G	65536	abkhazes
G	2097152	abkhazia
G	65536	abkhazian
G	65536	abkhazians
G	4	abn amro
G	4	abn-amro hoare govett
G	16384	abnūb
G	16384	abobo
G	16384	abohar
G	16384	aboisso
G	1	abolhassan banisadr
G	16384	abomey
G	16384	abomey - calavi
G	16384	abomey-calavi
G	16384	abomsa
G	16384	abony
G	16384	abou el hassan
G	16384	abovyan
G	16384	abqaiq
G	16	abraham
G	1	abraham lincoln
G	16	abram
G	16384	abrama
G	16384	abreu e lima
G	16384	abreus
G	16	abril
G	16384	abrīsham
G	16	abu
G	16450	abu dhabi
G	16384	abu jibeha
G	1	abu mazen
G	1	abu rdainah
G	16	abubakr
G	16384	abucay
G	16386	abuja
G	16	abulfazl
G	16384	aburi
G	16384	abuyog
G	1	abyss dejesus
G	16384	abéché
G	16384	abū al maţāmīr
G	16384	abū ghurayb
G	16384	abū kabīr
G	16384	abū qurqāş
G	16384	abū tīj
G	16384	abū zabad
G	4	ac milan
G	4	ac sparta praha
G	512	ac/dc
G	16384	acacías
G	4	academic staff union of universities
G	8	academy award-winning
G	512	academy of sciences
G	16384	acajete
G	16384	acajutla
G	16384	acaponeta
G	16384	acapulco de juárez
G	16384	acaraú
G	16384	acarigua
G	2	acatepec
G	16384	acatlán de osorio
G	16384	acatzingo
G	16384	acayucan
G	4	acc
G	16448	accra
G	16384	accrington
G	512	acer
G	16384	acerra
G	4	aces
G	16384	achalpur
G	16384	acharnés
G	16384	acheng
G	16384	achern
G	16384	achhnera
G	16384	achim
G	16384	achinsk
G	16384	achkhoy - martan
G	16384	achkhoy-martan
G	16384	achères
G	16384	aci castello
G	16384	aci catena
G	16384	acilia - castel fusano - ostia antica
G	16384	acilia-castel fusano-ostia antica
G	16384	acireale
G	16384	acocks green
G	16384	acopiara
G	32	acosta
G	16384	acquaviva delle fonti
G	16384	acqui terme
G	16385	acre
G	4	action against hunger
G	512	activision
G	512	activision blizzard
G	16640	acton
G	16384	actopan
G	16384	acworth
G	16384	acámbaro
G	4	ad
G	16384	ad - damazin
G	16384	ad darbāsīyah
G	16384	ad dasmah
G	16384	ad dawādimī
G	16384	ad dilam
G	16384	ad dilinjāt
G	16384	ad dindar
G	16384	ad douiem
G	16384	ad dujayl
G	4	ad dustour
G	16384	ad dānā
G	16384	ad dīwānīyah
G	16384	ad-damazin
G	4	ad-diyar
G	16400	ada
G	16	adaline
G	16	adalyn
G	16400	adam
G	1	adam fedoruk
G	1	adam hollioake
G	32768	adam schiff
G	16	adama
G	16384	adamantina
G	16384	adampur
G	33	adams
G	16384	adams morgan
G	16	adan
G	16384	adana
G	16384	adapazarı
G	4	add hapoel ironi
G	4	addameer prisoners support association
G	16384	addanki
G	16	addie
G	16384	addiet canna
G	16	addilyn
G	16450	addis ababa
G	16400	addison
G	16384	adeje
G	18	adel
G	1	adel ibrahim
G	16	adela
G	16404	adelaide
G	16384	adelaide city centre
G	16384	adelaide hills
G	16384	adelanto
G	1	adelbert knobl
G	16	adele
G	16	adelene
G	16384	adelfia
G	16	adelia
G	16	adelina
G	16	adeline
G	16384	adelphi
G	1	adelt
G	16	adelynn
G	1	adem hodzic
G	16384	aden
G	16384	adh dhayd
G	16384	adh dhibiyah
G	16	adi
G	16384	adiaké
G	512	adidas
G	2	adige
G	16384	adilcevaz
G	16384	adirampattinam
G	16384	adiwerna
G	4096	adj
G	16384	adjud
G	16384	adjumani
G	262144	adl
G	16416	adler
G	16384	adlershof
G	16384	adliswil
G	4096	adm
G	4	admira / wacker
G	16384	admiralteisky
G	1	adnan xhelili
G	16384	ado - ekiti
G	16384	ado - odo
G	16384	ado-ekiti
G	16384	ado-odo
G	16	adolf
G	1	adolf hitler
G	17	adolfo
G	16	adolph
G	4	adon
G	4	adon gmbh
G	16384	adra
G	16384	adrano
G	16384	adrar
G	16	adreanna
G	256	adriadic
G	16400	adrian
G	1	adrian knup
G	1	adrian nastase
G	1	adrian voinea
G	1	adrian warner
G	16	adriana
G	1	adriana serra-zanetti
G	16	adrianna
G	16	adrianne
G	16	adriano
G	8	adriatic
G	16	adrien
G	16	adriena
G	16	adriene
G	16	adrienne
G	16384	adrogué
G	8	adrs
G	4100	adv
G	4	advanced medical
G	4	advanced medical inc.
G	16	advik
G	16384	adwick le street
G	256	adygea
G	16384	adzopé
G	16384	adıyaman
G	16384	adūr
G	4	aegon
G	4	aei
G	4	aei iberfreight
G	4	aek
G	4	aek larnaca
G	512	aerosmith
G	4	aerostan
G	8	aex
G	16384	affery
G	1	affleck
G	16384	affton
G	9216	afghan
G	524418	afghanistan
G	9216	afghans
G	16384	afgooye
G	16384	afif
G	16384	afikpo
G	16384	afipskiy
G	4	afl
G	16384	aflao
G	16384	aflou
G	16384	afogados da ingazeira
G	16	afonso
G	16384	afragola
G	258	africa
G	8	africa nations cup
G	9216	african
G	8	african american
G	8	african americans
G	8	african champions cup
G	8	african cup
G	2	african football confederation
G	4	african national congress
G	8	african nations ' cup
G	8	african nations cup
G	9216	africans
G	16384	afula
G	16384	afyonkarahisar
G	16384	afzalgarh
G	16384	afzalpur
G	16384	afşin
G	16384	agadez
G	16384	agadir
G	16384	agar
G	16448	agartala
G	32	agarwal
G	1	agassi
G	16	agatha
G	16384	agawam
G	16384	agbor
G	16384	agboville
G	16384	agde
G	16384	agdzhabedy
G	16384	agen
G	8	agent orange
G	16384	ageoshimo
G	4	agf-iart
G	16	aggie
G	16384	aghajari
G	16384	aghsu
G	256	agincourt
G	16384	aginskoye
G	16384	agios dimitrios
G	16384	agios ioannis rentis
G	4	agir ensemble pour les droits de l'homme
G	16	agnes
G	1	agnes goinxha bejaxhiu
G	16384	agnibilékrou
G	1	agnieszka godras
G	1	agnieszka kotlarska
G	16384	agogo
G	16384	agoo
G	1	agota kuperman
G	16384	agoura
G	16384	agoura hills
G	16384	agra
G	4	agricultural statistics service
G	4	agriculture ministry
G	16384	agrigento
G	1	agrins zarins
G	16384	agropoli
G	4	agrotonz tlumacov
G	16384	agryz
G	16384	agrínio
G	16384	agua dulce
G	16384	agua prieta
G	16384	aguachica
G	16384	aguada de pasajeros
G	16384	aguadas
G	16384	aguadilla
G	2	aguas zarcas de san carlos
G	16640	aguascalientes
G	16384	aguazul
G	16384	aguaí
G	16384	agudos
G	32	aguilar
G	16384	aguilares
G	1	aguirre
G	16384	agulu
G	16	agustin
G	16	agustina
G	16384	agustín codazzi
G	16384	agía paraskeví
G	16384	agía varvára
G	16384	agüimes
G	16384	ahar
G	16384	ahaus
G	16384	ahfir
G	16384	ahlat
G	16384	ahlen
G	16	ahmad
G	1	ahmad shah masood
G	16384	ahmadnagar
G	16384	ahmadpur
G	16384	ahmadpur east
G	16384	ahmadpur sial
G	16	ahmed
G	1	ahmed barada
G	1	ahmed faizy
G	1	ahmed hashem zighayer
G	1	ahmed kafawin
G	1	ahmed korei
G	1	ahmed mestiri
G	1	ahmed sekou toure
G	1	ahmed yassin
G	16448	ahmedabad
G	16	ahmet
G	4	ahold
G	16384	ahraura
G	16384	ahrensburg
G	16384	ahuachapán
G	16384	ahualulco de mercado
G	16384	ahvaz
G	16384	ahwatukee foothills
G	8	ai n't no telling
G	1	ai sugiyama
G	16	aicha
G	16384	aichach
G	16	aida
G	16	aidan
G	16	aiden
G	8	aids
G	512	aig
G	16384	aigáleo
G	16384	aiken
G	16	aileen
G	16384	aileu
G	16	aimar
G	1	aime jacquet
G	16	aimee
G	16384	aimorés
G	16384	ain sukhna
G	16	aina
G	1	ainars kiksis
G	16	aino
G	16	ainsley
G	16384	aioi
G	4	air cargo newsroom
G	4	air corps
G	4	air express international
G	4	air force
G	512	airbnb
G	8	airbus
G	8	airbus 310
G	8	airbus a310
G	16384	airdrie
G	4	airdrieonians
G	16384	airoli
G	4	airport facilities
G	4	airport facilities co ltd
G	524304	aisha
G	16	aishah
G	1	aishwarya
G	16	aisling
G	16	aislinn
G	16	aislynn
G	16384	aistala
G	16384	aiud
G	16384	aix - en - provence
G	16384	aix - les - bains
G	16384	aix-en-provence
G	16384	aix-les-bains
G	16448	aizawl
G	16390	ajaccio
G	16384	ajalpan
G	16	ajani
G	16384	ajaokuta
G	16388	ajax
G	4	ajax amsterdam
G	1	ajay jadeja
G	16384	ajdabiya
G	16384	ajka
G	16	ajla
G	16384	ajman city
G	16384	ajmer
G	16384	ajnāla
G	16384	ajodhya
G	16384	ajra
G	16384	ajā
G	8	ak-47
G	8	ak47
G	16384	akademgorodok
G	16384	akademicheskoe
G	16384	akalkot
G	16384	akaltara
G	16385	akashi
G	16384	akbarpur
G	16384	akbarābād
G	1	akbel
G	16384	akbou
G	16384	akdağmadeni
G	262144	akesson
G	16384	aketi
G	16384	akhaltsikhe
G	16384	akhisar
G	16384	akhmīm
G	32	akhtar
G	16384	akhtubinsk
G	16384	akhtyrskiy
G	16389	aki
G	16384	akim oda
G	16	akira
G	1	akira ryo
G	16384	akita
G	16384	akivīdu
G	16384	akkarampalle
G	16384	aklera
G	16384	akola
G	16384	akonolinga
G	16384	akora
G	16384	akot
G	16384	akouda
G	16384	akoupé
G	1	akpoborie
G	1	akram
G	16390	akron
G	16384	aksaray
G	16384	aksay
G	16384	aksu
G	16384	aktau
G	16384	aktobe
G	16384	aku
G	16384	akune
G	16384	akure
G	16384	akureyri
G	16384	akwanga
G	16384	akwatia
G	16384	akyazı
G	16384	akçaabat
G	16384	akçakale
G	16384	akçakoca
G	16384	akşehir
G	524298	al
G	16384	al - hamdaniya
G	16384	al aaroui
G	16384	al abyār
G	16384	al ain city
G	16384	al ajaylat
G	4	al aswaq
G	16384	al aḩmadī
G	16384	al badārī
G	16384	al bahah
G	16384	al balyanā
G	64	al basrah al qadimah
G	16384	al bawīţī
G	16384	al bayda
G	16384	al başrah al qadīmah
G	16384	al baţţālīyah
G	16384	al bukayrīyah
G	16384	al burayj
G	16384	al buraymī
G	16384	al bāb
G	16384	al bājūr
G	16384	al bīrah
G	2048	al capone
G	16384	al fallūjah
G	16384	al farwānīyah
G	16384	al fashn
G	16384	al fayyūm
G	16384	al faḩāḩīl
G	16384	al finţās
G	16384	al fqih ben çalah
G	16384	al fujairah city
G	16384	al fāw
G	1	al gore
G	16384	al hasaheisa
G	16384	al hilāliyya
G	16384	al hindīyah
G	16384	al hoceïma
G	16384	al hufūf
G	16384	al hārithah
G	16384	al ibrāhīmīyah
G	16384	al jadīd
G	16384	al jammālīyah
G	16384	al jawf
G	1049088	al jazeera
G	16384	al jubayhah
G	16384	al jubayl
G	16384	al jumūm
G	16384	al khafjī
G	16384	al kharj
G	16384	al khawr
G	16384	al khums
G	16384	al khābūrah
G	16384	al khānkah
G	16384	al khārijah
G	16384	al kiswah
G	16384	al kūt
G	16384	al mahbūlah
G	16384	al manqaf
G	16384	al manshāh
G	16384	al manzalah
G	16384	al manāqil
G	16384	al manşūrah
G	16384	al marj
G	16384	al marsá
G	1	al martin
G	64	al mawsil al jadidah
G	16384	al mawşil al jadīdah
G	16384	al mayādīn
G	16384	al maţarīyah
G	16384	al maḩallah al kubrá
G	16384	al mijlad
G	16384	al minyā
G	16384	al miqdādīyah
G	16384	al mishkhāb
G	16384	al mithnab
G	16384	al mubarraz
G	16384	al muharraq
G	16384	al munayzilah
G	16384	al musayyib
G	2048	al pacino
G	16384	al qadarif
G	512	al qaeda
G	16384	al qanāyāt
G	16384	al qanāţir al khayrīyah
G	16384	al qaryatayn
G	16384	al qarārah
G	16384	al qaţīf
G	16384	al qiţena
G	16384	al qubbah
G	16384	al qunayţirah
G	16384	al qurayn
G	16384	al quşayr
G	16384	al quţayfah
G	16384	al qūşīyah
G	4	al rai
G	16384	al shamkhah city
G	16384	al wajh
G	16384	al wakrah
G	16384	al wāsiţah
G	16384	al yāmūn
G	16384	al ḩarāk
G	16384	al ḩasakah
G	16384	al ḩawāmidīyah
G	16384	al ḩawātah
G	16384	al ḩayy
G	16384	al ḩazm
G	16384	al ḩillah
G	16384	al ḩudaydah
G	16384	al ḩāmūl
G	4	al-akhbar
G	4	al-anwar
G	2	al-aqsa
G	16384	al-hamdaniya
G	4	al-ingaz al-watani
G	2	al-muntar
G	2	al-risala
G	4	al-tadamun
G	2	ala
G	256	alabama
G	16384	alabaster
G	16384	alabel
G	16384	alaca
G	16	aladdin
G	16384	alafaya
G	16384	alaghsas
G	16384	alagir
G	16384	alagoa grande
G	16384	alagoinhas
G	16	alain
G	1	alain caveglia
G	1	alain juppe
G	16	alaina
G	16384	alajuela
G	16384	alamar
G	16384	alameda
G	1	alami
G	16384	alaminos
G	16384	alamo
G	16384	alamogordo
G	16	alan
G	1	alan ackerman
G	1	alan ball
G	1	alan elsner
G	1	alan greenspan
G	1	alan hunte
G	1	alan kelly
G	1	alan kernaghan
G	1	alan lovell
G	1	alan mcloughlin
G	1	alan moore
G	1	alan mullally
G	1	alan shearer
G	16	alana
G	16384	aland
G	128	aland islands
G	16384	alandi
G	16384	alandur
G	16384	alangāyam
G	4	alania vladikavkaz
G	16	alanis
G	4	alaniya vladikavkaz
G	16	alanna
G	16	alannah
G	16	alanoud
G	16384	alanya
G	16384	alapayevsk
G	16384	alaplı
G	16384	alappuzha
G	16384	alaquàs
G	4	alarm uk
G	16384	alarobia
G	258	alaska
G	4	alaska milk
G	16	alastair
G	1	alastair macdonald
G	65536	alawite
G	65536	alawites
G	16	alayah
G	16	alayna
G	16384	alaşehir
G	16404	alba
G	16384	alba iulia
G	16384	albacete
G	16384	albal
G	524418	albania
G	9216	albanian
G	8	albanian-born
G	9216	albanians
G	16384	albano laziale
G	16384	albany
G	16384	albany creek
G	16384	albany park
G	16384	albardón
G	16384	albemarle
G	16384	albenga
G	17	albert
G	1	albert belle
G	1	albert emon
G	1	albert ferrer
G	16384	albert lea
G	1	albert schweitzer
G	258	alberta
G	16	alberto
G	1	alberto berasategui
G	1	alberto costa
G	1	alberto piotti
G	16640	alberton
G	16384	albertslund
G	16384	albertville
G	16384	albi
G	16384	albignasego
G	4	albion
G	16384	alblasserdam
G	16384	albolote
G	16384	alborada jaltenco
G	16384	alboraya
G	16	albrecht
G	16384	albstadt
G	16384	albufeira
G	16448	albuquerque
G	16384	alcabideche
G	16384	alcalde díaz
G	16384	alcalá de guadaira
G	16384	alcalá de henares
G	16384	alcalá la real
G	16384	alcamo
G	4	alcan
G	16384	alcantarilla
G	512	alcatel
G	4	alcatel alsthom
G	512	alcatel lucent
G	16384	alcañiz
G	16384	alcobaça
G	16384	alcobendas
G	16384	alcorcón
G	16384	alcoy
G	16384	alcázar de san juan
G	16384	alcúdia
G	16384	aldaia
G	16384	aldama
G	16384	aldan
G	16	alden
G	16384	alderetes
G	16640	aldershot
G	4	aldi
G	16384	aldine
G	16384	aldridge
G	16	alec
G	1	alec stewart
G	16	alecia
G	16384	aleg
G	16384	alegre
G	16384	alegrete
G	16	aleisha
G	1	aleix vidal-quadras
G	16	alejandra
G	16	alejandro
G	1	alejandro lanusse
G	16	aleksandar
G	16	aleksander
G	1	aleksander kwasniewski
G	1	aleksander lebed
G	16	aleksandr
G	16	aleksandra
G	1	aleksandra olsza
G	16384	aleksandrov
G	2	aleksandrovac
G	16384	aleksandrovsk
G	16384	aleksandrovskoye
G	16384	aleksandrów łódzki
G	16	aleksei
G	32	aleksejev
G	16384	alekseyevka
G	16384	aleksin
G	16384	aleksotas
G	16	alena
G	16384	alenquer
G	16384	alençon
G	2113600	aleppo
G	16384	aleshtar
G	16	alesia
G	16	alessandra
G	16384	alessandria
G	16	alessandro
G	1	alessandro baronti
G	1	alessandro lambruschini
G	1	alessandro melli
G	16	alex
G	1	alex arias
G	1	alex belometti
G	1	alex boraine
G	1	alex corretja
G	1	alex criville
G	1	alex ferguson
G	1	alex fernandez
G	1	alex o'brien
G	1	alex radulescu
G	1	alex rodriguez
G	16	alexa
G	16	alexander
G	1	alexander babayan
G	1	alexander barkhatov
G	1	alexander cejka
G	1	alexander downer
G	1	alexander iii
G	1	alexander lebed
G	32768	alexander lukashenko
G	1	alexander paris
G	1	alexander popov
G	1	alexander volkov
G	1	alexander zickler
G	16	alexandra
G	1	alexandra fusai
G	16384	alexandra hills
G	16	alexandre
G	1	alexandre barros
G	1	alexandre comisetti
G	1	alexandre gontchenkov
G	542720	alexandria
G	16	alexandros
G	16384	alexandroupoli
G	2	alexandroupolis
G	16	alexandru
G	16	alexei
G	1	alexei markov
G	32768	alexei navalny
G	16	alexia
G	1	alexia dechaume-balleret
G	16	alexis
G	16384	aleysk
G	16	alf
G	16384	alfafar
G	16384	alfeld
G	16384	alfena
G	16384	alfenas
G	16	alfie
G	16	alfonso
G	16384	alfortville
G	16384	alfragide
G	16	alfred
G	1	alfred berkeley
G	1	alfred sant
G	16384	alfreton
G	16384	alfter
G	16384	algeciras
G	16384	algemesí
G	130	algeria
G	4	algeria tv
G	9216	algerian
G	9216	algerians
G	16384	algete
G	16384	alghero
G	16450	algiers
G	16384	algonquin
G	16384	algorta
G	16384	algueirão
G	16384	algés
G	1	alhadji kromah
G	16384	alhama de murcia
G	16640	alhambra
G	16384	alhaurín de la torre
G	16384	alhaurín el grande
G	16	ali
G	1	ali alatas
G	1	ali fallahiyan
G	1	ali shah
G	16	alia
G	16384	aliaga
G	16384	aliağa
G	16386	alicante
G	16400	alice
G	16384	alice springs
G	16401	alicia
G	1	alicia machado
G	16	alicja
G	16384	alief
G	16	alina
G	1	alina astafei
G	16	aline
G	16384	alingsås
G	16384	alipur
G	16	alisa
G	16	alise
G	16	alisha
G	16384	aliso viejo
G	16	alison
G	16	alissa
G	16	alistair
G	1	alistair brown
G	1	alistair campbell
G	1	aliuska lopez
G	16384	aliwal north
G	32800	aliyev
G	16	aliza
G	16384	aljaraque
G	2	alkhan-yurt
G	16384	alkmaar
G	4	all blacks
G	4	all fishermen 's association
G	8	all the president 's men
G	8	all-star
G	16384	allada
G	524288	allah
G	1	allahu
G	16384	allahābād
G	16	allan
G	1	allan donald
G	1	allan mullally
G	1	allan wells
G	16384	allanridge
G	16384	allapattah
G	16384	allauch
G	16401	allen
G	1	allen johnson
G	16384	allen park
G	2	allenby bridge
G	16384	allendale
G	16384	allende
G	4	allensbach
G	16386	allentown
G	16384	alliance
G	4	alliance-menatep
G	16	allie
G	16	allison
G	16384	allison park
G	16640	alliston
G	16388	alloa
G	16384	allschwil
G	1	ally mccoist
G	16	allyson
G	16384	alma
G	16384	almada
G	16384	almansa
G	16384	almassora
G	16448	almaty
G	32	almeida
G	16384	almeirim
G	16384	almelo
G	16384	almenara
G	16384	almendralejo
G	2	almere
G	16384	almere stad
G	16384	almería
G	16384	almirante tamandaré
G	16384	almonte
G	16384	almora
G	16384	almoradí
G	16384	almozara
G	16384	almuñécar
G	16384	alnāvar
G	16384	aloha
G	16	alois
G	1	alomar
G	2	alomella robles
G	16384	along
G	16	alonso
G	1	alonso cervera
G	16	alonzo
G	16384	alor gajah
G	16384	alor setar
G	16384	alot
G	16384	alotenango
G	1	aloys nizigama
G	4	alpha technologies group inc
G	4	alpha techs
G	16384	alpharetta
G	16384	alphen aan den rijn
G	16	alphonse
G	16	alphonso
G	16384	alpignano
G	16384	alquízar
G	16384	alsdorf
G	16384	alsfeld
G	16384	alsip
G	16384	alt - hohenschönhausen
G	16384	alt-hohenschönhausen
G	258	alta
G	16384	alta gracia
G	16384	altadena
G	16384	altagracia de orituco
G	16640	altai
G	512	altair
G	16386	altamira
G	16384	altamont
G	16384	altamonte springs
G	16384	altamura
G	16384	altay
G	16384	altdorf
G	16384	altea
G	16384	altena
G	16384	altenburg
G	16384	altepexi
G	16384	altglienicke
G	16	althea
G	16384	alto barinas
G	16384	alto lucero
G	16400	alton
G	16384	altona
G	16384	altona meadows
G	16384	altoona
G	16384	altos
G	16384	altotonga
G	16384	altrincham
G	16384	altstadt nord
G	16384	altstadt sud
G	16384	altus
G	4	alucasa
G	16384	alum rock
G	16384	alushta
G	16384	aluva
G	16384	alvalade
G	16384	alvand
G	16385	alvarado
G	32	alvarez
G	16	alvaro
G	32	alves
G	16400	alvin
G	16384	alwar
G	16384	alwaye
G	16	alya
G	16	alycia
G	16	alysa
G	16	alyson
G	16	alyssa
G	16384	alytus
G	16384	alzenau in unterfranken
G	16384	alzey
G	16384	alzira
G	16384	alès
G	16384	além paraíba
G	16384	alībāg
G	16384	alīganj
G	16384	alīgarh
G	16384	alīgūdarz
G	16384	alīpur
G	16384	alīpur duār
G	16384	am timan
G	16384	amadeo
G	16384	amadora
G	16384	amagasaki
G	16384	amagi
G	16384	amahai
G	16	amahle
G	16	amaia
G	16384	amaigbo
G	16	amaira
G	16	amalia
G	16384	amaliáda
G	16384	amalner
G	16384	amalāpuram
G	16384	aman garh
G	16384	amancio
G	16	amanda
G	1	amanda coetzer
G	16	amar
G	16384	amaraji
G	64	amaravati
G	16384	amargosa
G	16384	amarillo
G	16384	amarnāth
G	16384	amarpur
G	16384	amarpātan
G	16384	amasya
G	16384	amatitlán
G	2	amazon
G	4	amazon affairs department
G	524288	amazon.com
G	16384	ambad
G	16384	ambalangoda
G	16384	ambalavao
G	16384	ambanja
G	16384	ambarakaraka
G	16384	ambarawa
G	16384	ambasamudram
G	4096	ambassador
G	16384	ambato
G	16384	ambato boeny
G	16384	ambatofinandrahana
G	16384	ambatolampy
G	16384	ambatondrazaka
G	16384	ambattūr
G	16	amber
G	16384	amberg
G	16	amberly
G	16384	ambikāpur
G	16384	ambilobe
G	16384	amboanjo
G	16384	amboasary
G	16384	ambohitrolomahitsy
G	16384	ambon
G	16384	ambositra
G	16384	ambovombe
G	16384	ambur
G	16384	ambāh
G	16384	ambājogāi
G	16384	ambāla
G	512	amc
G	512	amd
G	16384	ameca
G	16384	amecameca
G	16	amelia
G	16	amelija
G	1	amer hishem ali mohammed
G	524422	america
G	4	america online
G	4	america online inc
G	533508	american
G	4	american airlines
G	16384	american canyon
G	512	american express
G	16384	american fork
G	8	american league
G	8	american league east division
G	8	american league western
G	4	american names association
G	8	american olympic
G	128	american samoa
G	4	american stock exchange
G	4	american studies
G	4	american university
G	8	american-style
G	16384	americana
G	533504	americans
G	256	americas
G	4	americast
G	16384	americus
G	4	ameritech corp.
G	16384	amersfoort
G	16384	amersham
G	16384	amersham on the hill
G	16384	ames
G	16384	amesbury
G	16384	amet
G	16384	amherst
G	16384	amherst center
G	16384	ami
G	4	amica wronki
G	16	amie
G	16384	amiens
G	16	amilia
G	16	amina
G	1	amina muhammad
G	16	aminata
G	16	amine
G	16	amir
G	16384	amirdzhan
G	16	amit
G	16384	amizour
G	16384	amla
G	16384	amlapura
G	16384	amlapura city
G	16450	amman
G	16384	ammanford
G	16	ammanuel
G	16	ammar
G	16384	ammi moussa
G	16384	amnat charoen
G	1048576	amnesty international
G	4	amoco
G	4	amoco corp
G	8	amoco-yemen
G	16384	amod
G	16384	amora
G	16384	amorebieta
G	16400	amos
G	16384	amozoc de mota
G	16384	ampahana
G	16384	ampang
G	16384	ampanihy
G	16384	ampara
G	16384	amparafaravola
G	16384	amparo
G	16384	ampasimanolotra
G	16384	amphoe sikhiu
G	16384	amposta
G	16384	ampthill
G	4	amr
G	4	amr corp
G	1	amr moussa
G	1	amr shabana
G	16384	amreli
G	16384	amritsar
G	16384	amroha
G	16384	amroli
G	1	amrollah
G	16384	amrāvati
G	16384	amstelveen
G	16450	amsterdam
G	16384	amsterdam - zuidoost
G	4	amsterdam newsroom
G	2	amsterdam-rotterdam
G	2	amsterdam-rotterdam-antwerp
G	16384	amsterdam-zuidoost
G	16386	amstetten
G	512	amt
G	516	amtrak
G	16384	amudālavalasa
G	16384	amuntai
G	16384	amursk
G	16384	amvrosiyivka
G	16	amy
G	1	amy frazier
G	16384	américo brasiliense
G	16384	amés
G	1	an
G	1	an marchal
G	16384	an muileann gcearr
G	16384	an nabk
G	16384	an nimāş
G	16384	an nuhūd
G	16384	an nuşayrāt
G	4	an-nahar
G	16	ana
G	1	ana fidelia quirot
G	16	anabel
G	16384	anaco
G	16384	anacortes
G	256	anadyr
G	16448	anaheim
G	16384	anaime
G	16384	anak
G	16384	anakāpalle
G	16384	anamalais
G	16	anamaria
G	16384	anamur
G	16384	anan
G	16384	anand
G	16384	anandpur
G	16384	ananindeua
G	16384	anantapur
G	16384	anantnag
G	16384	anapa
G	64	anapolis
G	16	anas
G	16	anastasia
G	16	anastasija
G	16384	anastácio
G	16	anatoli
G	4	anatolian
G	16	anatoliy
G	16	anatoly
G	1	anatoly shkirko
G	16	anaya
G	16384	anbu
G	16384	anbyŏn - ŭp
G	16384	anbyŏn-ŭp
G	4	anc
G	16640	ancaster
G	16384	anchau
G	16450	anchorage
G	16448	ancona
G	16384	ancud
G	16384	ancón
G	16384	anda
G	16384	andahuaylas
G	16384	andalucía
G	16384	andapa
G	8	andean
G	16384	andenne
G	16	ander
G	4	anderlecht
G	16384	andernach
G	16	anders
G	1	anders forsbrand
G	1	anders haglund
G	1	anders olofsson
G	1	anders thoren
G	32	andersen
G	16416	anderson
G	33	andersson
G	16384	andes
G	258	andhra pradesh
G	16	andi
G	1	andi kanstinger
G	16384	andijon
G	16384	andilamena
G	16	andjela
G	16384	andkhōy
G	16384	andol
G	16384	andong
G	128	andorra
G	16384	andorra la vella
G	32	andov
G	16640	andover
G	16	andra
G	16384	andradas
G	16384	andradina
G	17	andre
G	1	andre agassi
G	1	andre bois
G	1	andre caboche
G	1	andre cloete
G	1	andre markgraaff
G	1	andre snyman
G	1	andre trulsen
G	16	andrea
G	1	andrea collinelli
G	1	andrea ferrigato
G	1	andrea gaudenzi
G	1	andrea giaconi
G	1	andrea glass
G	1	andrea muller
G	16	andreas
G	1	andreas andersson
G	1	andreas kappes
G	1	andreas koepke
G	1	andreas moeller
G	32	andreassen
G	16	andrei
G	1	andrei chesnokov
G	1	andrei medvedev
G	1	andrei olhovskiy
G	1	andrei pavel
G	1	andrei tchmil
G	16	andrej
G	32	andrejev
G	1	andrejez wozniak
G	16	andres
G	1	andres galarraga
G	17	andrew
G	1	andrew coltart
G	1	andrew gray
G	1	andrew huddart
G	1	andrew hudson
G	1	andrew mehrtens
G	1	andrew symonds
G	1	andrew wakefield
G	33	andrews
G	16	andrey
G	16384	andreyevskoye
G	16384	andria
G	16384	andritz
G	1	andruw jones
G	16384	andrychów
G	16	andrzej
G	16	andy
G	1	andy ballace
G	1	andy benes
G	1	andy caddick
G	1	andy etchebarren
G	1	andy flower
G	1	andy hinchcliffe
G	1	andy townsend
G	16384	andújar
G	16	ane
G	16384	anekal
G	16	aneta
G	16	anette
G	16384	angamāli
G	16384	angarsk
G	16384	angat
G	16	angel
G	1	angel aguirre
G	1	angel miranda
G	16	angela
G	32768	angela merkel
G	16384	angeles city
G	1	angeles montolio
G	16	angelia
G	16	angelica
G	1	angelica gavaldon
G	16	angelina
G	16	angeline
G	16	angelique
G	16	angelo
G	1	angelo medeghini
G	32	angelov
G	32	angelova
G	4	angels
G	16384	angermünde
G	16384	angers
G	16	angie
G	16384	anglet
G	16384	angleton
G	16384	angol
G	130	angola
G	9216	angolan
G	1024	angolans
G	16384	angono
G	16384	angoulême
G	16384	angra dos reis
G	16384	angren
G	16384	angri
G	128	anguilla
G	16384	angul
G	512	anheuser busch
G	2	anhui
G	16384	anicuns
G	16	anika
G	1	anil kumble
G	1	anis ahmed
G	16	anisa
G	16	anissa
G	16	anita
G	1	anita gradin
G	16	anja
G	1	anja smolders
G	16384	anjad
G	16384	anjala
G	8	anjalonkoski
G	16384	anjangaon
G	16	anjelica
G	16384	anjiang
G	16384	anjozorobe
G	16384	anju
G	16384	anjār
G	16384	anjō
G	16384	ankang
G	540738	ankara
G	16384	ankazoabo
G	16384	ankazobe
G	16384	ankazondandy
G	1	anke huber
G	16384	ankeny
G	16384	ankleshwar
G	16384	anloga
G	16384	anlu
G	16	ann
G	16384	ann arbor
G	1	ann grossman
G	1	ann mercken
G	1	ann stephens
G	16400	anna
G	1	anna knoroz
G	1	anna kournikova
G	16384	annaba
G	16	annabel
G	1	annabel ellwood
G	16	annabella
G	16	annabelle
G	16384	annaberg - buchholz
G	16384	annaberg-buchholz
G	16384	annaka
G	16	annalisa
G	16	annamaria
G	16384	annandale
G	16384	annapolis
G	16384	annau
G	16	anne
G	1	anne marken
G	1	anne miller
G	1	anne murray
G	1	anne thily
G	1	anne-gaelle sidot
G	16384	annecy
G	16384	annecy - le - vieux
G	16384	annecy-le-vieux
G	1	anneke matthijs
G	16	annemarie
G	16384	annemasse
G	16	annett
G	1	annett neumann
G	16	annette
G	1	annette peters
G	16	annie
G	16384	annigeri
G	16	annika
G	16384	annino
G	16384	anniston
G	16	annmarie
G	16384	annonay
G	16384	annur
G	16	anohito
G	16384	anoka
G	4	anp
G	16384	anqing
G	16384	anqiu
G	16384	ans
G	4	ansa
G	16384	ansan - si
G	16384	ansan-si
G	32	ansari
G	16384	ansbach
G	16384	anseong
G	16384	anserma
G	16384	anshan
G	16384	anshing
G	16384	anshun
G	16384	ansonia
G	16384	anta
G	16384	antakya
G	16384	antalaha
G	16384	antalya
G	16384	antananarivo
G	16384	antanifotsy
G	2	antara
G	256	antarctic ocean
G	128	antarctica
G	16384	antelope
G	16384	antequera
G	16384	anthem
G	16384	anthiyur
G	16	anthony
G	1	anthony gobert
G	1	anthony hill
G	1	anthony nyakyi
G	1	anthony sullivan
G	1	anthony washington
G	1	anthuan maybank
G	8	anti-bhutto
G	8	anti-rangoon
G	8	anti-semitic
G	16384	antibes
G	128	antigua and barbuda
G	16384	antigua guatemala
G	16384	antiguo cuscatlán
G	16384	antioch
G	2	antioquia
G	16384	antipolo
G	1	anto drobnjak
G	16384	antofagasta
G	17	antoine
G	1	antoine kombouare
G	1	antoine lebouc
G	16	antoinette
G	16	anton
G	1	anton bruckner
G	1	anton drobnjak
G	1	anton ferreira
G	1	anton schutte
G	16	antonella
G	16	antoni
G	16	antonia
G	16384	antonina
G	16	antonio
G	1	antonio esposito
G	1	antonio folha
G	32768	antonio guterres
G	1	antonio kandir
G	1	antonio oliveira
G	1	antonio quarracino
G	16400	antony
G	32768	antony blinken
G	16384	antratsyt
G	16384	antrim
G	16384	antsirabe
G	16384	antsiranana
G	16384	antsohihy
G	16384	antsohimbondrona
G	70	antwerp
G	16384	antwerpen
G	16384	antónio enes
G	16384	anuradhapura
G	17	anwar
G	16384	anxiang
G	16	anya
G	16384	anyama
G	16388	anyang
G	16384	anyang - si
G	16384	anyang-si
G	2	anza
G	16384	anzhero - sudzhensk
G	16384	anzhero-sudzhensk
G	16384	anzio
G	16384	anáhuac
G	16384	anápolis
G	16384	aného
G	16384	anūpgarh
G	16384	anūppur
G	16384	anūpshahr
G	16	aoi
G	16384	aoji
G	1	aoki
G	516	aol
G	4	aol europe
G	4	aol germany
G	16384	aomori
G	16384	aonla
G	16384	aosta
G	16384	aoulef
G	4	ap moller
G	4	apa
G	8	apache et al saunders 14-28
G	16384	apache junction
G	16384	apalit
G	16384	apam
G	16384	apan
G	16384	aparecida
G	16384	aparecida de goiânia
G	16384	aparecida do taboado
G	16384	aparri
G	16384	apartadó
G	16384	apas
G	16384	apaseo el alto
G	16384	apaseo el grande
G	16384	apatin
G	16384	apatity
G	16384	apatzingán
G	16384	apeldoorn
G	8	apertura
G	16384	apex
G	4	apex tannery
G	16384	apia
G	16384	apiaí
G	16384	apizaco
G	16384	aplahoué
G	16384	apodi
G	16384	apolda
G	16384	apomu
G	16384	apopa
G	16384	apopka
G	16384	apostolove
G	4	apple
G	4	apple computer inc.
G	512	apple computers
G	16384	apple valley
G	512	applebees
G	16384	appleton
G	16384	aprelevka
G	524288	april
G	16384	aprilia
G	16384	apsheronsk
G	16384	apucarana
G	16	aputsiaq
G	16450	aqaba
G	16384	aqsay
G	16384	aquidauana
G	262144	aquinas
G	16384	aquiraz
G	16384	ar rahad
G	16384	ar ramthā
G	16384	ar raqqah
G	16384	ar rass
G	16384	ar rastan
G	16384	ar rayyān
G	16384	ar riqqah
G	16384	ar rudayyif
G	16384	ar rumaythah
G	16384	ar rumaythīyah
G	16384	ar ruseris
G	16384	ar ruways
G	16384	ar ruţbah
G	16384	ar rābiyah
G	16384	ar rām wa ḑāḩiyat al barīd
G	8192	arab
G	2	arab east jerusalem
G	524296	arabic
G	2	arabised north
G	8192	arabs
G	16384	aracaju
G	16384	aracataca
G	16384	aracati
G	16384	araci
G	16384	aracruz
G	16384	arad
G	1	arafat
G	16384	aragarças
G	16384	araguari
G	16384	araguaína
G	16384	arai
G	16384	arakkonam
G	16384	araklı
G	16384	aral
G	16384	aramil
G	16384	aramoko - ekiti
G	16384	aramoko-ekiti
G	16384	aranda de duero
G	16384	arandas
G	16384	arang
G	16384	aranjuez
G	1	arantxa
G	1	arantxa sanchez vicario
G	16384	arantāngi
G	16384	aranyaprathet
G	16384	aranđelovac
G	16384	arapiraca
G	16384	arapongas
G	16384	arar
G	16384	araranguá
G	16384	araraquara
G	16384	araras
G	16384	ararat
G	16384	arari
G	16384	araripina
G	16384	araruama
G	16384	arashiyama
G	16	arata
G	16384	arauca
G	16384	arauco
G	16384	araucária
G	32	araujo
G	16384	araure
G	1	aravinda de silva
G	16384	arawa
G	16384	araxá
G	32	araya
G	16384	arayat
G	16384	araçatuba
G	16384	araçoiaba da serra
G	16384	araçuaí
G	16384	arba minch
G	16384	arbatache
G	2	arbil
G	16388	arbroath
G	16384	arbutus
G	512	arbys
G	4	arc
G	256	arc de triomphe
G	16384	arcadia
G	16384	arcata
G	1	arce
G	16384	arcelia
G	4	arch
G	4	arch petroleum inc
G	4	archaeological society
G	16384	archena
G	16	archibald
G	16	archie
G	2048	archimedes
G	4	archives
G	16384	archway
G	16384	arcore
G	16384	arcos
G	16384	arcos de la frontera
G	16384	arcos de valdevez
G	16384	arcot
G	16384	arcoverde
G	8	arctic
G	256	arctic ocean
G	16384	arcueil
G	16384	ardabīl
G	16384	ardahan
G	16384	ardakān
G	16384	ardea
G	16384	arden - arcade
G	16384	arden-arcade
G	16384	ardestān
G	16384	ardeşen
G	16384	ardmore
G	16384	ardon
G	8	area electricity boards
G	16384	arecibo
G	16384	areia branca
G	16384	arendal
G	16384	arenella
G	16384	arenys de mar
G	16388	arequipa
G	4	arequipa resources ltd
G	16384	arese
G	16384	arezzo
G	16384	arfoud
G	16384	arganda
G	16384	arganzuela
G	16384	argentan
G	16384	argenteuil
G	524418	argentina
G	9216	argentine
G	8	argentine apertura
G	1024	argentines
G	512	argos
G	16384	argun
G	16384	argungu
G	16384	argyroúpoli
G	16384	arhavi
G	16384	arhribs
G	16	ari
G	16	aria
G	16400	ariana
G	16	arianna
G	16	arianne
G	16384	arica
G	16384	ariccia
G	16400	ariel
G	16	arielle
G	16384	arifwala
G	16384	ariguaní
G	16	ariki
G	16384	arima
G	16384	aringay
G	16384	ario de rosales
G	16384	aripuanã
G	16384	ariquemes
G	16384	arish
G	2048	aristotle
G	16384	aristóbulo del valle
G	16384	arivonimamo
G	16384	ariyalūr
G	256	ariz
G	524546	arizona
G	512	arizona cardinals
G	512	arizona diamondbacks
G	16384	arjawinangun
G	16384	arjona
G	16	arjun
G	1	arjuna ranatunga
G	2	ark
G	1	arkadiusz bak
G	16384	arkalgūd
G	16384	arkalyk
G	258	arkansas
G	4	arkansas state police
G	16	arleen
G	1	arlen specter
G	16	arlena
G	16	arlene
G	16384	arles
G	16	arlette
G	16448	arlington
G	16384	arlington heights
G	16384	arlon
G	16	armaan
G	524288	armada
G	16	armand
G	16	armando
G	1	armando reynoso
G	16384	armavir
G	16384	armação de búzios
G	512	armco
G	16514	armenia
G	66560	armenian
G	66560	armenians
G	16384	armentières
G	16384	armidale
G	16384	armilla
G	16	armin
G	4	arminia bielefeld
G	33	armstrong
G	4	army
G	16384	armyansk
G	16	arnaud
G	1	arnaud boetsch
G	16	arnav
G	16384	arnavutköy
G	16384	arnhem
G	16384	arni
G	16	arno
G	16401	arnold
G	1	arnold ruutel
G	16384	arnsberg
G	16384	arnstadt
G	16	aroha
G	16	aron
G	1	aron winter
G	16384	arona
G	4	aronkasei
G	4	aronkasei co ltd
G	16384	aroor
G	262144	arostegui
G	16384	arpino
G	16	arpita
G	16384	arrah
G	16384	arraial do cabo
G	16384	arraiján
G	16384	arras
G	16384	arrecife
G	16384	arrentela
G	16384	arriaga
G	1	arrigo sacchi
G	16384	arris
G	16384	arroio do meio
G	16384	arroio grande
G	4	arrows
G	16384	arroyito
G	16384	arroyo grande
G	16384	arroyo naranjo
G	16384	arroyo seco
G	4	arsenal
G	32768	arseniy yatsenyuk
G	16384	arsikere
G	16384	arsin
G	16384	arsk
G	32	arslan
G	1	art howe
G	16384	artashat
G	16384	arteixo
G	16	artem
G	16384	artemisa
G	16384	artesia
G	16	arthur
G	1	arthur levitt
G	1	arthur numan
G	4	arthur yates
G	4	arthur yates and co
G	16	artie
G	16384	artigas
G	4	artmedia petrzalka
G	16	artur
G	1	artur jorge
G	16384	artur nogueira
G	16	arturo
G	16384	artvin
G	1	artyom danielyan
G	16384	artémida
G	16384	artëm
G	16384	artëmovskiy
G	16384	arua
G	128	aruba
G	16384	arucas
G	16384	arujá
G	16384	arukutti
G	1	arulanandam
G	16384	arumuganeri
G	256	arunachal pradesh
G	16384	aruppukkottai
G	16384	arusha
G	16384	arvada
G	16384	arvayheer
G	16384	arvin
G	1	arwel jones
G	24	aryan
G	1	aryeh shumer
G	16384	arys
G	16384	arzamas
G	16384	arzano
G	16384	arzgir
G	16384	arzignano
G	16384	arāk
G	16384	arāmbāgh
G	16384	arāria
G	16384	as - suwayda
G	16384	as safīrah
G	16384	as salamīyah
G	16384	as salţ
G	16384	as samawah
G	16384	as sulaymānīyah
G	16384	as sulayyil
G	16384	as suwayq
G	16384	as sālimīyah
G	16384	as sūkī
G	4	as-safir
G	16384	as-suwayda
G	1	asa carlsson
G	16384	asaba
G	16384	asadābād
G	16400	asahi
G	16384	asahikawa
G	16384	asaita
G	16384	asaka
G	16384	asamankese
G	16384	asan
G	1	asanka gurusinha
G	4	asarco
G	16384	asbest
G	16384	asbury park
G	16384	ascención de guarayos
G	16384	aschaffenburg
G	16384	ascheberg
G	16384	aschersleben
G	16384	ascoli piceno
G	16384	ascot
G	4	asec
G	16384	asenovgrad
G	16384	aserrí
G	16384	ash shafā
G	16384	ash shaykh miskīn
G	16384	ash shaţrah
G	16384	ash shāmīyah
G	16400	asha
G	16	ashanti
G	16384	ashburn
G	16384	ashburton
G	256	ashcroft
G	16448	ashdod
G	16384	asheboro
G	16384	asheville
G	16384	ashfield
G	16384	ashford
G	16448	ashgabat
G	1	ashia hansen
G	16384	ashibetsu
G	16384	ashikaga
G	16384	ashington
G	1	ashish kapoor
G	16384	ashiya
G	16384	ashkelon
G	16384	ashland
G	512	ashland oil
G	16	ashlee
G	16	ashleigh
G	16	ashley
G	1	ashley mocude
G	16	ashli
G	16	ashlie
G	16	ashly
G	16	ashlyn
G	16384	ashmūn
G	16386	ashoknagar
G	16384	ashoknagar kalyangarh
G	16	ashraqat
G	16386	ashta
G	16384	ashtabula
G	16384	ashtarak
G	16	ashton
G	16384	ashton - under - lyne
G	16384	ashton in makerfield
G	2048	ashton kutcher
G	16384	ashton-under-lyne
G	16384	ashwaubenon
G	540930	asia
G	2	asia pacific
G	9216	asian
G	4	asian star tv
G	1024	asians
G	1	asif ali
G	1	asif ali zardari
G	1	asif mujtaba
G	16384	asifābād
G	16384	asilah
G	16384	asino
G	16384	asipovichy
G	16	asiya
G	16	asja
G	16384	asker
G	16384	askøy
G	32	aslan
G	1	aslan mashadov
G	1	aslan maskhadov
G	1	aslan shabazov
G	16386	asmara
G	16	asmita
G	16384	asnières - sur - seine
G	16384	asnières-sur-seine
G	16384	aso
G	16384	asparuhovo
G	16384	aspe
G	16384	aspen hill
G	16384	asprópyrgos
G	16384	assab
G	32769	assad
G	256	assam
G	557056	assange
G	16384	asse
G	4	assembly
G	16384	assemini
G	16384	assen
G	16	assil
G	16384	assis
G	4	associated cement companies
G	1049088	associated press
G	262144	association
G	4	association for relations across the taiwan straits
G	4	association of lloyd 's
G	4096	asst
G	16384	astanajapura
G	16384	astara
G	16384	asti
G	16384	aston
G	516	aston villa
G	16384	astorga
G	16384	astoria
G	16384	astrakhan
G	16	astrid
G	516	astros
G	64	asuncion
G	16384	asunción
G	16384	asunción mita
G	4	asuu
G	16384	aswan
G	16384	asyūţ
G	16384	at - bashi
G	16384	at tall
G	16384	at tall al kabīr
G	16384	at tāj
G	512	at&t
G	16384	at-bashi
G	1	ata-ur-rehman
G	16	ataahua
G	16384	atakpamé
G	16384	atalaia
G	4	atalanta
G	16384	atamaría
G	16384	atambua
G	16384	atami
G	16384	atamyrat
G	16384	atani
G	16384	ataq
G	16384	atar
G	16384	atarfe
G	16384	atarra
G	16384	atascadero
G	16384	atascocita
G	16384	ataşehir
G	16384	atbara
G	16384	atbasar
G	32	atchison
G	16384	ath
G	16384	ath thawrah
G	16	athena
G	16450	athens
G	4	athens metro
G	4	athens newsroom
G	16385	atherton
G	16384	athi river
G	16384	athis - mons
G	16384	athis-mons
G	4	athletics
G	16384	athlone
G	16384	athni
G	16384	ati
G	16384	atibaia
G	16384	atimonan
G	16384	atkarsk
G	32	atkinson
G	16384	atlacomulco de fabela
G	16454	atlanta
G	516	atlanta braves
G	512	atlanta falcons
G	8	atlanta games
G	512	atlanta hawks
G	8	atlanta olympics
G	8	atlanta-based
G	4	atlante
G	2	atlantic
G	16386	atlantic city
G	2	atlantic highlands
G	258	atlantic ocean
G	16384	atlantis
G	4	atlas
G	4	atletico
G	4	atletico madrid
G	4	atletico mineiro
G	4	atletico paranaense
G	16384	atlixco
G	16384	atmakūr
G	1	ato boldon
G	16384	atotonilco el alto
G	16384	atoyac de álvarez
G	4	atp
G	8	atp tour
G	16384	atraulī
G	4	atria
G	4	atria oy
G	16384	atsiaman
G	16384	atsugi
G	16384	attendorn
G	16384	attili
G	16384	attingal
G	16384	attleboro
G	16384	attock city
G	16384	attur
G	4096	atty
G	16384	atuntaqui
G	16384	atwater
G	16384	atyrau
G	16384	aubagne
G	16384	aubervilliers
G	16	aubrey
G	16384	auburn
G	16384	auburn gresham
G	16384	auburn hills
G	16384	auburndale
G	16384	auch
G	4	auchan
G	16384	auchi
G	16454	auckland
G	516	audi
G	4	audi ag
G	16384	audincourt
G	16	audra
G	16	audrey
G	16	audri
G	16	audry
G	16384	aue
G	16384	auerbach
G	16384	augsburg
G	524288	august
G	16384	augusta
G	16	augustina
G	16	augustine
G	16	augusto
G	16384	augusto corrêa
G	16	augustus
G	16384	augustów
G	16384	aulnay - sous - bois
G	16384	aulnay-sous-bois
G	16384	auraiya
G	16384	aurangabad
G	16384	aurangābād
G	16	aurelia
G	16384	aurich
G	16384	aurillac
G	16384	aurora
G	16384	aurād
G	16384	ausa
G	1024	aussie
G	9216	aussies
G	16	austeja
G	542720	austin
G	16384	austintown
G	524418	australia
G	8	australia day
G	4	australia senate
G	9216	australian
G	8	australian all-ordinaries
G	4	australian democrats
G	8	australian open
G	8	australian rules
G	8	australian rules-afl
G	9216	australians
G	130	austria
G	4	austria vienna
G	9216	austrian
G	1024	austrians
G	4	auth .
G	4	authority
G	16384	autlán de navarro
G	512	autodesk
G	16384	autun
G	16388	auxerre
G	16	ava
G	2	avalon borough
G	16384	avanigadda
G	16384	avaré
G	2097152	avdiivka
G	16384	avdiyivka
G	16384	aveiro
G	16384	avellaneda
G	16388	avellino
G	262144	avenatti
G	16384	avenel
G	16384	aventura
G	16384	aversa
G	16	avery
G	16384	avezzano
G	16	avi
G	4	avia
G	4	avianca
G	16	avigail
G	16384	avignon
G	524288	avila
G	16384	avilés
G	16384	avinashi
G	16384	avion
G	512	avis
G	16384	avocado heights
G	16384	avola
G	16896	avon
G	16384	avon center
G	16384	avon lake
G	16384	avondale
G	8	avonex
G	1	avraham tamir
G	2048	avril lavigne
G	16384	avtovo
G	16384	avtury
G	16384	avvocata
G	16	awa
G	4	awami league
G	262144	awan
G	1	awdankiewicz
G	16384	aweil
G	16384	awgu
G	16384	awka
G	16384	awsīm
G	16384	axim
G	16384	axochiapan
G	16384	axum
G	1	axworthy
G	16	aya
G	16	ayaan
G	16384	ayabe
G	16384	ayacucho
G	16384	ayagoz
G	16384	ayakudi
G	32	ayala
G	16384	ayamonte
G	16	ayana
G	16384	ayang - ni
G	16384	ayang-ni
G	16	ayanna
G	16384	ayapel
G	16384	ayaviri
G	32	aydin
G	16384	aydın
G	16384	aydūn
G	512	ayer
G	16	ayesha
G	16	aygun
G	16384	aykhal
G	16	aykhan
G	16384	aylesbury
G	256	aylesford
G	16	aylin
G	16	ayn
G	2048	ayn rand
G	16384	ayorou
G	16388	ayr
G	16	ayse
G	16	aysel
G	16384	aytos
G	16384	ayutla de los libres
G	16384	ayutuxtepeque
G	16384	ayvalık
G	4	az alkmaar
G	16384	az zabadānī
G	16384	az zarqā
G	16384	az zubayr
G	16384	az zulfī
G	16384	az zuwaytīnah
G	16384	az zuwāydah
G	16384	az zāwīyah
G	2	azad ( free ) kashmir
G	16384	azamgarh
G	16384	azare
G	16384	azazga
G	16384	azcapotzalco
G	16384	azeitão
G	16384	azemmour
G	130	azerbaijan
G	65536	azerbaijani
G	65536	azerbaijanis
G	65536	azeri
G	65536	azeris
G	1	azharuddin
G	16384	azhiyūr
G	16384	azimpur
G	16	aziz
G	16384	aznā
G	16384	azogues
G	16384	azor
G	256	azores
G	16384	azov
G	1048576	azov battalion
G	1048576	azov regiment
G	16	azra
G	16384	azrou
G	16384	azua
G	16384	azul
G	16	azuna
G	16384	azuqueca de henares
G	16384	azusa
G	16384	azzaba
G	16384	açu
G	16384	aígio
G	16384	aïn arnat
G	16384	aïn beni mathar
G	16384	aïn bessem
G	16384	aïn beïda
G	16384	aïn defla
G	16384	aïn el bya
G	16384	aïn fakroun
G	16384	aïn kercha
G	16384	aïn oussera
G	16384	aïn sefra
G	16384	aïn smara
G	16384	aïn taya
G	16384	aïn temouchent
G	16384	aïn touta
G	16384	añatuya
G	16384	ağdam
G	16384	ağdaş
G	16384	ağrı
G	16384	aībak
G	16384	aş şaff
G	16384	aş şanamayn
G	16384	aş şuwayrah
G	16384	aşkale
G	16384	aţ ţafīlah
G	16384	aţ ţaraf
G	262144	b
G	1	b. hogg
G	1	b. julian
G	1	b. yeltsin
G	16384	baalbek
G	16384	baao
G	16384	baar
G	16384	baardheere
G	16384	baarn
G	8	baath
G	65536	baathist
G	65536	baathists
G	16384	bab ezzouar
G	16384	babaeski
G	16384	babahoyo
G	16384	babana
G	16384	babat
G	16384	babati
G	4	babel
G	16384	babenhausen
G	16384	baberu
G	32	babic
G	16384	babo - pangulo
G	16384	babo-pangulo
G	16384	babor - ville
G	16384	babruysk
G	16384	babrāla
G	16384	babu
G	16384	babushkin
G	4	baby bells
G	16384	babīna
G	16384	bacabal
G	512	bacardi
G	32	bach
G	16384	bachhraon
G	1	bachirou salou
G	16384	back mountain
G	16384	backnang
G	16384	bacoli
G	16384	bacolod city
G	262144	bacon
G	16384	bacoor
G	16384	bacău
G	16384	bad aibling
G	16384	bad arolsen
G	16384	bad bentheim
G	16384	bad berleburg
G	16384	bad driburg
G	16384	bad dürkheim
G	16384	bad essen
G	16384	bad harzburg
G	16384	bad hersfeld
G	16384	bad homburg vor der höhe
G	16384	bad honnef
G	16384	bad kissingen
G	16384	bad kreuznach
G	16384	bad laasphe
G	16384	bad langensalza
G	16384	bad lippspringe
G	16384	bad mergentheim
G	16384	bad münder am deister
G	16384	bad münstereifel
G	16384	bad nauheim
G	16384	bad neuenahr - ahrweiler
G	16384	bad neuenahr-ahrweiler
G	16384	bad neustadt an der saale
G	16384	bad oeynhausen
G	16384	bad oldesloe
G	16384	bad pyrmont
G	16384	bad rappenau
G	16384	bad reichenhall
G	16384	bad salzuflen
G	16384	bad salzungen
G	16384	bad schwartau
G	16384	bad segeberg
G	16384	bad soden am taunus
G	16384	bad säckingen
G	16384	bad tölz
G	16384	bad vilbel
G	16384	bad waldsee
G	16384	bad wildungen
G	16384	bad zwischenahn
G	16384	bada barabīl
G	16384	badagara
G	16384	badagry
G	16384	badajoz
G	16384	badalona
G	16384	badarganj
G	16384	baddi
G	16384	baddomalhi
G	16384	baden
G	16384	baden - baden
G	16384	baden-baden
G	16384	badger
G	2	badi-tondon
G	16384	badin
G	16384	badlapur
G	16384	badnāwar
G	16384	badou
G	16384	badr ḩunayn
G	16384	badulla
G	16384	badvel
G	16384	badīyah
G	16384	badūria
G	16384	baekrajan
G	16384	baena
G	1	baeron
G	16384	baesweiler
G	32	baez
G	16384	baeza
G	16384	bafang
G	16384	bafatá
G	16384	bafia
G	16384	bafilo
G	16384	bafoulabé
G	16384	bafoussam
G	16384	bafra
G	16384	bagaha
G	16384	bagalkot
G	16384	bagamoyo
G	16384	bagan serai
G	16384	bagar
G	16384	bagasra
G	16384	bagayevskaya
G	16384	bagdogra
G	16384	bagerhat
G	16384	baggabag b
G	540738	baghdad
G	524288	baghdadi
G	16384	bagheria
G	16384	baghlān
G	16384	bagneux
G	16384	bagnolet
G	16384	bagnoli
G	16384	bagnols - sur - cèze
G	16384	bagnols-sur-cèze
G	16384	bago
G	16384	bago city
G	16384	bagong pagasa
G	2	bagram
G	16384	bagua grande
G	16384	baguim do monte
G	16384	baguio
G	16384	bagulā
G	16384	bagé
G	16384	bah - bah
G	16384	bah-bah
G	130	bahamas
G	16384	baharampur
G	16384	baharly
G	16384	bahau
G	16384	bahawalnagar
G	16384	bahawalpur
G	16384	baheri
G	260	bahia
G	16384	bahir dar
G	16384	bahjoi
G	32	bahk
G	32	bahng
G	16384	bahraigh
G	130	bahrain
G	16384	bahula
G	16384	bahçe
G	16384	bahçelievler
G	16384	bahía blanca
G	16384	bahía de caráquez
G	16384	bahía honda
G	16384	bahādurganj
G	16384	bahādurgarh
G	16384	bahār
G	16384	baia mare
G	16384	baia sprie
G	16384	baicheng
G	16384	baidoa
G	512	baidu
G	16384	baidyabāti
G	16384	baie - comeau
G	16384	baie - mahault
G	16384	baie-comeau
G	16384	baie-mahault
G	16384	baiersbronn
G	16384	baihar
G	16384	baihe
G	16384	baijiantan
G	16384	baikonur
G	16384	bail - hongal
G	16384	bail-hongal
G	4	bailard , biehl and kaiser
G	16384	baildon
G	33	bailey
G	16384	baileys crossroads
G	2	bailundo
G	16384	bailén
G	16384	bainbridge island
G	16384	baiquan
G	16384	bairāgnia
G	16384	bais
G	16384	baise city
G	16384	baishan
G	16384	baishishan
G	16384	baixo guandu
G	16384	baiyin
G	16384	baião
G	16384	baj baj
G	16384	baja
G	256	baja california
G	16384	bajos de haina
G	16384	bakal
G	16	bakary
G	16384	bakau
G	1	baker
G	16448	bakersfield
G	16384	bakhchysarai
G	16384	bakhmach
G	2113536	bakhmut
G	16384	bakhtiyārpur
G	16384	baki
G	32	bakker
G	16384	bako
G	16384	bakri
G	16384	baksan
G	16450	baku
G	16384	bakıxanov
G	16384	balabanovo
G	16384	balad
G	16384	balagtas
G	16384	balaguer
G	16384	balaipungut
G	16384	balaka
G	16384	balaklava
G	16384	balakliya
G	1	balakov
G	16384	balakovo
G	1	balakow
G	16384	balamban
G	8	balance-water dist 1
G	16384	balanga
G	16384	balapulang
G	16384	balarāmpur
G	16384	balashikha
G	16384	balashov
G	16384	balasore
G	16384	balassagyarmat
G	16384	balayan
G	16	balazs
G	16384	balbriggan
G	16384	balcarce
G	16384	balch springs
G	1	baldato
G	16384	baldivis
G	16417	baldwin
G	16384	baldwin park
G	16384	balen
G	16384	balezino
G	16384	balfour
G	16384	bali
G	16384	balikpapan
G	16384	balingen
G	16384	baliuag
G	2	balkan
G	4	balkan airlines
G	16384	balkanabat
G	2	balkans
G	256	balkaria
G	16384	balkh
G	1	ball
G	16384	ballajura
G	1	ballanger
G	16384	ballarat
G	16384	ballenger creek
G	16384	ballerup
G	1	ballesteros
G	16384	ballito
G	16384	ballwin
G	4	bally
G	4	ballybunion
G	16384	ballymena
G	16384	ballālpur
G	16384	balma
G	16384	balmazújváros
G	16384	balneário camboriú
G	65536	baloch
G	65536	baloches
G	2	balochistan
G	16384	balod
G	16384	baloda bāzār
G	16384	balqash
G	16384	balrāmpur
G	16384	balsas
G	16384	balta
G	8	baltic
G	4	baltika kaliningrad
G	16646	baltimore
G	516	baltimore orioles
G	512	baltimore ravens
G	16384	baltiysk
G	16384	balung
G	16384	balvanera
G	16384	balwyn north
G	16384	balykchy
G	16384	balykshi
G	16384	balzar
G	16384	balāngīr
G	16384	balāţah
G	16384	balıkesir
G	16384	balş
G	16384	bam
G	16384	bama
G	16384	bamako
G	16384	bambang
G	16384	bambanglipuro
G	16384	bambari
G	16384	bamberg
G	16384	bambous
G	16384	bambuí
G	16384	bamenda
G	4	bamerindus
G	16384	bamiantong
G	16384	bamusso
G	1	ban
G	16384	ban bang kadi pathum thani
G	16384	ban bueng
G	16384	ban chalong
G	16384	ban chang
G	16384	ban dung
G	16384	ban houakhoua
G	16384	ban huai thalaeng
G	16384	ban khlong bang sao thong
G	16384	ban lam luk ka
G	16384	ban mai
G	16384	ban mo
G	16384	ban na
G	16384	ban na san
G	16384	ban nong wua so
G	16384	ban phaeo
G	16384	ban phai
G	16384	ban phan don
G	16384	ban phe
G	16384	ban pong
G	16384	ban ratsada
G	16384	ban selaphum
G	16384	ban tak
G	16384	ban talat bueng
G	16384	ban talat nua
G	16384	ban talat yai
G	16384	banamba
G	512	banana republic
G	16386	banat
G	16384	banaybanay
G	16384	banaz
G	16384	banbridge
G	16384	banbury
G	4	banc one capital corporation
G	1	bancarel
G	4	banco de mexico
G	4	banco santander
G	4	bancomext
G	16385	banda
G	16384	banda aceh
G	16400	bandar
G	16384	bandar - e anzalī
G	16384	bandar - e genāveh
G	16384	bandar - e lengeh
G	16384	bandar abbas
G	16384	bandar labuan
G	16384	bandar lampung
G	16384	bandar seri begawan
G	16384	bandar-e anzalī
G	16384	bandar-e genāveh
G	16384	bandar-e lengeh
G	32	bandara
G	16384	bandeirantes
G	16384	banderilla
G	16	bandile
G	16384	bandipura
G	16386	bandundu
G	16448	bandung
G	32	bandyopadhyay
G	16384	bandırma
G	16	banele
G	16384	banepā
G	16384	banes
G	4	banespa
G	4	banfield
G	16384	banfora
G	16384	bang ban
G	16384	bang bo district
G	16384	bang bua thong
G	16384	bang krathum
G	16384	bang kruai
G	16384	bang lamung
G	16384	bang len
G	16384	bang mun nak
G	16384	bang pa - in
G	16384	bang pa-in
G	16384	bang pakong
G	16384	bang phae
G	16384	bang racham
G	16384	bang rakam
G	16384	bang saphan
G	16384	banga
G	64	bangalore
G	16384	banganapalle
G	16384	bangangté
G	16384	bangaon
G	16384	bangarapet
G	16384	bangassou
G	16384	bangil
G	16384	bangkalan
G	16450	bangkok
G	4	banglabazar patrika
G	130	bangladesh
G	4	bangladesh nationalist party
G	9216	bangladeshi
G	1024	bangladeshis
G	16384	bangolo
G	16384	bangor
G	16386	bangui
G	1	banharn
G	1	banharn silpa-archa
G	16384	banhā
G	16384	bani walid
G	16384	bani yas city
G	16384	baniachang
G	32	banik
G	4	banik ostrava
G	16384	banikoara
G	1	banisadr
G	16450	banja luka
G	16384	banjar
G	16384	banjaran
G	16384	banjarmasin
G	16384	banjul
G	4	bank duta
G	4	bank indonesia
G	4	bank of finland
G	4	bank of france
G	4	bank of israel
G	4	bank of japan
G	4	bank of new zealand
G	4	bank of spain
G	16384	bankra
G	16384	bankstown
G	2048	banksy
G	16384	banlung
G	16384	banmankhi
G	16384	banning
G	32768	bannon
G	16384	bannu
G	16384	bannūr
G	16384	banora point
G	16384	banqiao
G	16384	bansalan
G	16384	banská bystrica
G	16384	banstead
G	16384	bantayan
G	16384	banting
G	16384	bantul
G	16384	bantvāl
G	16384	banyo
G	16384	banyoles
G	16384	banyumas
G	16384	banyuwangi
G	16384	baní
G	16384	banī mazār
G	16384	banī suhaylā
G	16384	banī suwayf
G	16384	banūr
G	16384	baoding
G	16384	baoqing
G	16384	baoshan
G	16448	baotou
G	16384	baoying
G	16384	baqubah
G	16384	bar
G	16384	bar - le - duc
G	16384	bar bigha
G	16384	bar-le-duc
G	16384	bara uchāna
G	16384	barabai
G	16384	barabinsk
G	34816	barack obama
G	16384	baracoa
G	16384	baraguá
G	16384	barajas de madrid
G	16384	barakaldo
G	16384	baraki
G	16384	baraki barak
G	16384	baranagar
G	16384	baranoa
G	16384	baranovichi
G	16384	baras
G	16384	barauli
G	16384	baraut
G	16384	barañáin
G	16384	barbacena
G	16384	barbacha
G	128	barbados
G	16384	barbalha
G	16	barbara
G	1	barbara paulus
G	1	barbara rittner
G	1	barbara schett
G	16384	barbastro
G	16384	barbate
G	16384	barberena
G	16384	barberton
G	16384	barberà del vallès
G	32	barbieri
G	16384	barbil
G	16	barbora
G	16416	barbosa
G	16	barbra
G	16384	barcarena
G	16384	barcellona pozzo di gotto
G	16454	barcelona
G	16384	barceloneta
G	16384	barcelos
G	16384	barda
G	16384	bardaskan
G	16384	barddhamān
G	16384	bardejov
G	16384	bardsīr
G	16384	bareggio
G	16384	bareilly
G	16384	barendrecht
G	2	barentsburg
G	16384	barentu
G	1	baret
G	16384	bargarh
G	16384	bargi
G	16384	barhiya
G	16452	bari
G	16384	bari sādri
G	16384	bariadi
G	16384	barika
G	16384	barinas
G	16384	barinitas
G	16384	bariri
G	16384	barisāl
G	16384	barjala
G	16384	barki saria
G	16384	barking
G	16384	barkā kānā
G	16384	barletta
G	16384	barmbek - nord
G	16384	barmbek-nord
G	2	barnagar
G	16384	barnaul
G	32	barnes
G	16388	barnet
G	16384	barneveld
G	16	barney
G	32	barnier
G	16644	barnsley
G	16384	barnstable
G	16384	barnstaple
G	16384	barnāla
G	16384	baro
G	16384	barpeta
G	16384	barpeta road
G	16384	barpāli
G	16384	barquisimeto
G	16384	barra
G	16384	barra bonita
G	16384	barra de são francisco
G	16384	barra do bugres
G	16384	barra do corda
G	16384	barra do garças
G	16384	barra do piraí
G	16384	barra dos coqueiros
G	16384	barra mansa
G	16384	barra velha
G	16384	barracas
G	16384	barranca
G	16384	barrancabermeja
G	16384	barrancas
G	16384	barranqueras
G	16448	barranquilla
G	16384	barras
G	16384	barreiras
G	16384	barreirinhas
G	16384	barreiro
G	16384	barreiro do jaíba
G	16384	barreiros
G	16384	barretos
G	16	barrett
G	16384	barrhead
G	16384	barri de les corts
G	16384	barri de sant andreu
G	16384	barri gòtic
G	4	barrick
G	4	barrick gold corp
G	16384	barrie
G	16384	barrington
G	4	barrington research associates inc
G	16384	barrinha
G	16384	barros blancos
G	16384	barroso
G	16384	barrow in furness
G	16402	barry
G	1	barry bonds
G	1	barry lane
G	1	barry larkin
G	16384	barstow
G	16384	barstow heights
G	16	bart
G	1	bart voskamp
G	16	bartholomew
G	16384	bartlesville
G	16416	bartlett
G	16384	bartley green
G	1	bartlomiej jamroz
G	1	bartoli
G	16384	bartolomé masó
G	1	barton
G	16384	bartoszyce
G	16384	bartow
G	16384	bartın
G	32	barua
G	16384	barueri
G	4	barum holding
G	16384	baruta
G	16384	baruun - urt
G	16384	baruun-urt
G	16384	barwāla
G	16384	barwāni
G	16384	barysaw
G	16384	barysh
G	16384	barão de cocais
G	16384	basauri
G	16384	basavakalyān
G	16384	basavana bāgevādi
G	16448	basel
G	512	basf
G	16384	basford
G	16384	bashanet
G	32768	bashar al - assad
G	32768	bashar al-assad
G	32	bashir
G	65536	bashkir
G	65536	bashkirs
G	256	bashkortostan
G	16384	basi
G	1	basie smit
G	16384	basildon
G	16384	basingstoke
G	16384	basirpur
G	16384	baskil
G	512	baskin robbins
G	4	basle
G	16384	basmat
G	16384	basni
G	16384	basoko
G	16384	basotu
G	73984	basque
G	2	basque country
G	4	basque homeland and freedom
G	65536	basques
G	16448	basrah
G	16384	bassano del grappa
G	16384	bassar
G	16384	bassila
G	16384	bassum
G	16388	bastia
G	16384	bastia umbra
G	16384	bastos
G	16384	bastī
G	1	basuki
G	16384	baswa
G	16384	basyūn
G	16384	bat khela
G	16384	bat yam
G	16384	bata
G	16384	batac city
G	16384	batam
G	16384	batang
G	16384	batang berjuntai
G	16384	batangafo
G	16384	batangas
G	16384	batatais
G	16384	batavia
G	16384	bataysk
G	1	batchelor
G	32	bates
G	16384	bath
G	16384	bath beach
G	16384	bathgate
G	16384	bathinda
G	16384	bathurst
G	16384	batifa
G	1	batigol
G	16384	batikent
G	1	batistuta
G	2	batkivshchyna collective farm
G	16384	batley
G	16384	batman
G	16384	batna
G	16384	bato
G	16384	baton rouge
G	16384	batouri
G	16384	battagram
G	16384	battambang
G	16384	battaramulla south
G	1	batterby
G	1	battersby
G	16640	battersea
G	16384	batticaloa
G	16384	battipaglia
G	16384	battle creek
G	16384	battle ground
G	4	battle mountain
G	4	battle mountain gold
G	16384	batu
G	16384	batu arang
G	16384	batu berendam
G	16384	batu feringgi
G	16384	batu gajah
G	16384	batu pahat
G	16388	batumi
G	16384	baturaden
G	16384	baturaja
G	16384	baturité
G	16384	batāla
G	16384	batī
G	16384	bauan
G	16384	bauang
G	16384	bauchi
G	16384	baud
G	32	bauer
G	16384	baukau
G	16384	baulkham hills
G	16384	baumschulenweg
G	16384	baunatal
G	16384	bauru
G	16384	bauta
G	16384	bautzen
G	524544	bavaria
G	8	bavarian
G	16384	bavly
G	16384	bawku
G	16384	bawshar
G	16384	bawāna
G	512	baxter
G	4	baxter international inc
G	16384	bay
G	16384	bay city
G	16384	bay point
G	16384	bay shore
G	16384	bay village
G	16384	bayaguana
G	16384	bayambang
G	16384	bayamo
G	16384	bayamón
G	16384	bayan
G	16448	bayan nur
G	16384	bayanhongor
G	16	bayarmaa
G	16384	bayawan
G	16384	baybay
G	16384	bayburt
G	16384	baychester
G	512	bayer
G	4	bayer leverkusen
G	4	bayerische vereinsbank
G	4	bayern
G	4	bayern munich
G	4	bayervb
G	16384	bayeux
G	16384	bayjī
G	16384	baymak
G	16384	baynjiwayn
G	16384	bayombong
G	16384	bayonet point
G	16384	bayonne
G	16384	bayou cane
G	16384	bayramaly
G	16384	bayreuth
G	16384	bayshore gardens
G	16384	bayside
G	16384	bayswater
G	16384	bayt al faqīh
G	16384	bayt jālā
G	16384	bayt lāhyā
G	16384	bayt ḩānūn
G	16384	baytown
G	16384	bayugan
G	16384	bayville
G	16384	bayān
G	16384	bayāna
G	16384	bayındır
G	16384	baza
G	16384	bazar - korgon
G	16384	bazar-korgon
G	16384	bañga
G	16384	bačka palanka
G	16384	bačka topola
G	16384	bağcılar
G	16384	başakşehir
G	1049088	bbc
G	4	bbc radio
G	8	bc
G	4	bch
G	16384	bcharré
G	16	bea
G	16640	beaconsfield
G	16384	bealanana
G	16384	bear
G	16384	bearsden
G	16	beatrice
G	1	beatrix
G	16	beatriz
G	16384	beau bassin - rose hill
G	16384	beau bassin-rose hill
G	16384	beaufort
G	16384	beaufort west
G	16384	beaumont
G	16384	beaune
G	16384	beauvais
G	1	beaver
G	16384	beaver dam
G	16384	beavercreek
G	16384	beaverton
G	16384	bebedouro
G	16384	beberibe
G	16384	bebington
G	1	becanovic
G	16	becca
G	4	becej
G	16384	bechem
G	512	bechtel
G	2048	beck
G	16384	beckenham
G	32	becker
G	32	beckham
G	16384	beckingen
G	16384	beckley
G	16384	beckum
G	16	becky
G	16384	becontree
G	16384	bedburg
G	16384	bedelē
G	16640	bedford
G	16384	bedi
G	8	bedi bunder
G	4	bedibunder
G	1	bedie
G	16384	bedlington
G	16384	bedong
G	8	bedouin
G	8	bedouin palestinian
G	8	bedouin palestinians
G	8	bedouins
G	16384	bedugul
G	16384	bedworth
G	16384	bedēsa
G	512	bee gees
G	16384	beerse
G	16384	beersel
G	16384	beersheba
G	32	beethoven
G	16384	begamganj
G	16384	begoro
G	32	begu
G	1	begum khaleda zia
G	16384	begusarai
G	16384	begūn
G	16384	behat
G	16384	behbahān
G	16384	behror
G	16384	behshahr
G	16384	beibei
G	16384	beichengqu
G	16384	beidaihehaibin
G	16384	beidao
G	16384	beihai
G	16450	beijing
G	8	beijing-backed
G	8	beijing-funded
G	16384	beipiao
G	16384	beira
G	540738	beirut
G	4	beirut secondary market
G	4	beirut stock exchange
G	16384	beitbridge
G	16386	beja
G	16384	bejaïa
G	16384	bejucal
G	16384	bekalta
G	16384	bekasi
G	4	bekescsaba
G	16384	bekobod
G	32	bektashi
G	16384	bektemir
G	256	bel air
G	16384	bel air north
G	16384	bel air rivière sèche
G	16384	bel air south
G	16384	bela
G	16384	bela vista
G	16384	belalcázar
G	130	belarus
G	66560	belarusian
G	66560	belarusians
G	16384	belas
G	16384	belawan
G	16384	belaya glina
G	16384	belaya kalitva
G	2	belchatow
G	16384	beldānga
G	16384	belebey
G	16384	beledweyne
G	16384	belek
G	2	belem
G	16384	belen
G	4	belenenses
G	16448	belfast
G	16384	belford roxo
G	16384	belfort
G	4	belga
G	16384	belgaum
G	9216	belgian
G	8	belgian grand prix
G	1024	belgians
G	130	belgium
G	2113536	belgorod
G	16450	belgrade
G	4	belgrade newsroom
G	16384	belgrano
G	16384	beli
G	16384	belidzhi
G	1	belim
G	16	belinay
G	16	belinda
G	1	belinda goldsmith
G	128	belize
G	16384	belize city
G	16384	bell
G	16384	bell gardens
G	2	bell st station
G	16384	bell ville
G	16384	bella vista
G	16384	bellaire
G	16384	bellampalli
G	16384	bellaria - igea marina
G	16384	bellaria-igea marina
G	16384	bellary
G	16384	bellavista
G	16384	belle glade
G	16384	belleville
G	16384	bellevue
G	16384	bellflower
G	16640	bellingham
G	16384	bellinzona
G	16384	bellmore
G	16384	bello
G	16384	bellshill
G	4	bellsouth corp.
G	16384	belluno
G	16384	bellview
G	16384	bellwood
G	1	belmondo
G	16384	belmont
G	16384	belmont cragin
G	16448	belo horizonte
G	16384	belo jardim
G	16384	belo oriente
G	16384	belo sur tsiribihina
G	16384	beloeil
G	16384	belogorsk
G	16384	beloha
G	16384	beloit
G	1	belometti
G	16384	belonia
G	16384	beloozërskiy
G	16384	belorechensk
G	16384	beloretsk
G	16384	belovo
G	16384	beloyarskiy
G	16384	belpasso
G	16384	belper
G	16384	belsand
G	16384	belton
G	16384	beltsville
G	16384	belvedere park
G	16384	belvidere
G	16384	belyye vody
G	16384	belém
G	16384	belén de umbría
G	16384	belëv
G	16384	belūr
G	16384	bembèrèkè
G	16384	bemetāra
G	16384	bemowo
G	16	ben
G	512	ben & jerry
G	512	ben & jerry's
G	16384	ben arous
G	1	ben ellwood
G	2	ben gurion
G	16384	ben mehidi
G	16384	benalmádena
G	16384	benavente
G	1	benazir
G	2049	benazir bhutto
G	16384	benbrook
G	16384	bend
G	16384	bende
G	16384	bender
G	16384	bendigo
G	16384	bendorf
G	1	benedict birnberg
G	2	benelux
G	1	benes
G	4	benetton
G	16384	benetússer
G	16384	benevento
G	16384	benevides
G	4	benevolent assoc .
G	16384	benešov
G	16388	benfica
G	8	bengali
G	16448	bengaluru
G	16384	bengbu
G	16448	benghazi
G	16384	bengkulu
G	32	bengtsson
G	16384	benguela
G	16384	beni
G	16384	beni amrane
G	16384	beni douala
G	16384	beni khiar
G	16384	beni mellal
G	16384	beni mered
G	16384	beni mester
G	16384	beni saf
G	16384	benicarló
G	16384	benicia
G	16384	benicàssim
G	16384	benidorm
G	130	benin
G	16384	benin city
G	16	benita
G	32	benitez
G	16	benito
G	16384	benito juarez
G	16384	benito juárez
G	1	benito santiago
G	16	benjamin
G	1	benjamin menendez
G	32769	benjamin netanyahu
G	32	bennett
G	16	bennie
G	16	benny
G	1	benoit cauet
G	16384	benoni
G	16384	benoy
G	16384	bensekrane
G	16384	bensenville
G	16384	bensheim
G	16	benson
G	1	benson koech
G	16384	bensonhurst
G	16384	bensonville
G	16384	benthuizen
G	16384	bentleigh
G	16384	bentleigh east
G	16384	bentley
G	16384	bento gonçalves
G	16384	benton
G	16384	bentong town
G	16384	bentonville
G	16384	bentota
G	8	bentsen-era
G	16384	benxi
G	16384	beohāri
G	16384	beolgyo
G	16384	beppu
G	16384	bera
G	16384	berasia
G	16384	berastagi
G	16400	berat
G	16384	berazategui
G	16384	berber
G	16384	berbera
G	16384	berbérati
G	16384	berck
G	16384	berck - plage
G	16384	berck-plage
G	16384	berdsk
G	16384	berdyansk
G	16384	berdychiv
G	16384	berea
G	16384	berehove
G	16384	bereket
G	16384	berekum
G	16384	berettyóújfalu
G	16384	berezniki
G	16384	berga
G	16384	bergama
G	16384	bergamo
G	16384	bergedorf
G	16384	bergeijk
G	16450	bergen
G	16384	bergen op zoom
G	16384	bergenfield
G	33	berger
G	16384	bergerac
G	16384	bergheim
G	16384	bergisch gladbach
G	16384	bergkamen
G	32	bergman
G	32	bergmann
G	16384	bergneustadt
G	16384	bergschenhoek
G	16384	beri khās
G	16384	beringen
G	32	berisha
G	16384	berja
G	16384	berkane
G	16384	berkel en rodenrijs
G	16384	berkeley
G	16384	berkhamsted
G	16384	berkley
G	16384	berkovitsa
G	512	berkshire hathaway
G	4	berkshire hathaway inc
G	4	berkshire wood elves
G	4	berlex
G	4	berlex laboratories
G	16450	berlin
G	16384	berlin köpenick
G	16384	berlin treptow
G	65536	berliner
G	65536	berliners
G	32768	berlusconi
G	16384	bermejo
G	16384	bermeo
G	130	bermuda
G	16448	bern
G	16	bernadette
G	16	bernadine
G	4	bernama
G	17	bernard
G	1	bernard barmasai
G	1	bernard halford
G	1	bernard hickey
G	1	bernard tapie
G	1	bernard weinstein
G	16	bernardo
G	1	bernardo arce
G	32	bernasconi
G	16384	bernau bei berlin
G	16384	bernburg
G	1	bernd karbacher
G	1	bernd mauruschat
G	1	bernd schiphorst
G	1	bernd schmidbauer
G	32	berndsen
G	2	berne
G	16	bernhard
G	1	bernhard langer
G	16	bernice
G	16	bernie
G	32768	bernie sanders
G	1	bernini
G	16384	beroroha
G	16384	beroun
G	2	berovo
G	16384	berrahal
G	16384	berrechid
G	1	berri
G	16384	berriane
G	16384	berriozábal
G	16384	berrouaghia
G	1	berry
G	16	bert
G	4	bertelsmann
G	4	bertelsmann ag
G	16	bertha
G	1	berti vogts
G	16	bertie
G	2048	bertil
G	16384	bertioga
G	16384	bertoua
G	17	bertram
G	16	bertrand
G	16384	beruniy
G	16384	beruwala
G	16644	berwick
G	16384	berwyn
G	16	beryl
G	16384	beryozovsky
G	16384	berëzovka
G	16384	berëzovskiy
G	16384	besançon
G	16384	besbes
G	16384	beshariq
G	16384	beshkent
G	16	beshoi
G	4	besiktas
G	16384	beslan
G	16384	besni
G	16	bess
G	16388	bessemer
G	4	bessemer venture partners
G	16	bessie
G	16388	best
G	4	best products co
G	4	bestop inc
G	16384	besuki
G	16384	bet shemesh
G	16384	betafo
G	16384	betamcherla
G	4	betar
G	4	betar jerusalem
G	8	betaseron
G	16	beth
G	16384	bethal
G	16	bethanie
G	16400	bethany
G	16384	bethel park
G	16384	bethesda
G	16386	bethlehem
G	16384	bethnal green
G	16384	bethpage
G	16384	betim
G	16384	betioky
G	16384	betong
G	16	betsy
G	16	bette
G	16384	bettendorf
G	16384	bettiah
G	16	bettie
G	16	bettina
G	16	betty
G	16	bettye
G	16384	betūl
G	16	beula
G	16	beulah
G	16384	beuningen
G	16	bev
G	16384	beveren
G	16400	beverley
G	16400	beverly
G	16384	beverly cove
G	16640	beverly hills
G	16384	beverungen
G	16384	beverwijk
G	16384	bewar
G	16384	bexbach
G	256	bexhill
G	16384	bexhill - on - sea
G	16384	bexhill-on-sea
G	16384	bexley
G	16384	beykonak
G	16384	beylagan
G	16384	beylikdüzü
G	2048	beyonce
G	16384	beypazarı
G	16384	beypore
G	16384	beyşehir
G	16384	bezenchuk
G	16384	bezerros
G	16384	bezhetsk
G	16384	bezons
G	16384	beāwar
G	16384	bečej
G	16384	bełchatów
G	16384	beşikdüzü
G	512	bf goodrich
G	512	bfgoodrich
G	16384	bhabhua
G	16384	bhachāu
G	16384	bhadaur
G	16384	bhadohi
G	16384	bhadrakh
G	16384	bhadrapur
G	16384	bhadreswar
G	16384	bhadrāchalam
G	16384	bhadrāvati
G	16384	bhainsdehi
G	16384	bhairab bāzār
G	16384	bhaisa
G	32	bhak
G	16384	bhakkar
G	16384	bhalwal
G	16384	bhamo
G	16384	bhan
G	16384	bhandāra
G	32	bhang
G	16384	bhanjanagar
G	8	bharat ratna
G	16384	bharatpur
G	16384	bharthana
G	16384	bharwāri
G	16384	bharūch
G	16384	bhasāwar
G	16384	bhatkal
G	2048	bhatt
G	4	bhattarai
G	16384	bhattiprolu
G	16388	bhavnagar
G	16384	bhavāni
G	16384	bhawana
G	16384	bhawanipur
G	16384	bhawāniganj
G	16384	bhawānipatna
G	16384	bhawānīgarh
G	16384	bhayandar
G	16384	bhera
G	16384	bherāmāra
G	16384	bhikangaon
G	16384	bhilai
G	16384	bhimbar
G	16384	bhind
G	16384	bhindār
G	16384	bhinga
G	16384	bhisho
G	16384	bhit shah
G	16384	bhitarwār
G	16384	bhiwadi
G	16384	bhiwandi
G	16384	bhiwāni
G	16384	bhogpur
G	16384	bhola
G	16384	bhongaon
G	16384	bhongīr
G	16448	bhopal
G	16384	bhopalwala
G	16384	bhor
G	32	bhoumik
G	32	bhowmik
G	16384	bhuban
G	16448	bhubaneshwar
G	16384	bhudgaon
G	32	bhuiyan
G	16384	bhuj
G	16384	bhusāval
G	128	bhutan
G	1	bhutto
G	16384	bhādra
G	16384	bhādāsar
G	16384	bhāgalpur
G	16384	bhālki
G	16384	bhānder
G	16384	bhāndāria
G	16384	bhānpura
G	16384	bhānpurī
G	16384	bhānvad
G	16384	bhātpāra
G	16384	bhātpāra abhaynagar
G	16384	bhātāpāra
G	16384	bhāyāvadar
G	16384	bhīkhi
G	16384	bhīlwāra
G	16384	bhīmavaram
G	16384	bhīmunipatnam
G	16384	bhīnmāl
G	16384	bhūm
G	16	bianca
G	16384	biancavilla
G	32	bianchi
G	16384	biankouma
G	16384	bianzhuang
G	16384	biaora
G	16384	biarritz
G	16384	biała podlaska
G	16384	białogard
G	16384	białołeka
G	16384	białystok
G	16384	bibai
G	16	bibek
G	16384	biberach an der riß
G	16384	bibiani
G	16384	bibir hat
G	16384	bibirevo
G	262144	bible
G	8	biblical
G	16384	bicester
G	16384	bichena
G	16384	bida
G	16384	bidbid
G	16384	biddeford
G	16384	biddulph
G	16384	bideford
G	32768	biden
G	16384	bidhūna
G	16384	bidur
G	16384	bielany
G	16384	bielawa
G	16384	bielefeld
G	16384	biella
G	16384	bielsk podlaski
G	16384	bielsko - biala
G	16384	bielsko-biala
G	16384	bieruń
G	16384	biesdorf
G	16384	bietigheim - bissingen
G	16384	bietigheim-bissingen
G	16	biff
G	16384	big spring
G	16384	biga
G	16384	bigadiç
G	16384	biggleswade
G	16384	bignay uno
G	16384	bignona
G	16384	biguaçu
G	256	bihar
G	16384	biharamulo
G	16384	bihać
G	16384	bihār sharīf
G	16384	bihārīganj
G	16384	bijapur
G	16384	bijbehara
G	16384	bijeljina
G	16384	bijelo polje
G	16384	bijie
G	16384	bijnor
G	16384	bijāwar
G	16384	bikin
G	524288	bikoro
G	16384	bikramganj
G	16384	bila tserkva
G	16384	bilajari
G	16	bilal
G	16386	bilbao
G	16384	bilbays
G	4	bild am sonntag
G	16384	bilderstoeckchen
G	16384	bilecik
G	16384	bilgi
G	16384	bilgrām
G	16384	bilhaur
G	16384	bilhorod - dnistrovskyi
G	16384	bilhorod-dnistrovskyi
G	16384	bilicenii vechi
G	16384	bilimora
G	16	biljana
G	1	biljana plavsic
G	1	bill berkrot
G	1	bill birch
G	1	bill clinton
G	2048	bill gates
G	1	bill russell
G	4	billa
G	16384	billerica
G	16384	billericay
G	16	billie
G	16384	billingham
G	16386	billings
G	16384	billiri
G	16	billy
G	1	billy mayfair
G	1	billy swift
G	16384	bilohirsk
G	16384	bilopillya
G	16384	biloxi
G	16384	bilqās
G	16384	bilsanda
G	16384	bilsi
G	16384	bilthra
G	16384	bilzen
G	16384	bilāra
G	16384	bilāri
G	16384	bilāsipāra
G	16384	bilāspur
G	16384	bima
G	16384	bimbo
G	32768	bin laden
G	16384	binalbagan
G	16384	binangonan
G	16384	binche
G	16384	bindki
G	16384	bindura
G	2048	bing crosby
G	16384	bingen am rhein
G	16384	bingerville
G	16384	binghamton
G	16640	bingley
G	16384	bingöl
G	16384	binhe
G	16	binita
G	16384	binjai
G	16384	binka
G	16384	binmaley
G	16384	binnish
G	16384	binonga
G	16	bintou
G	16384	bintulu
G	16384	biny selo
G	16384	binzhou
G	4	biogen
G	4	biogen inc
G	4	biovest research , inc
G	16384	bir el ater
G	16384	bir el djir
G	16384	biratnagar
G	16384	birecik
G	1	birenda
G	1	birendra
G	16384	birendranagar
G	16384	bireun
G	16384	birgañj
G	16384	birigui
G	16384	birine
G	16384	biritiba mirim
G	16384	birkenhead
G	16384	birkerød
G	16384	birkhadem
G	16384	birkirkara
G	16454	birmingham
G	2	birmingham public park
G	2	birmingham public park & rec
G	16384	birmitrapur
G	1	birnberg
G	16384	birni n konni
G	16384	birnin kebbi
G	16384	birnin kudu
G	16384	birobidzhan
G	16384	birpara
G	16384	birsk
G	16384	biryulëvo
G	16384	biryulëvo zapadnoye
G	16384	birūr
G	16384	bisauli
G	16384	bisceglie
G	16384	bischheim
G	16	bishal
G	16384	bishkek
G	16384	bishnupur
G	16384	bishoftu
G	16384	bishop auckland
G	16384	bishopbriggs
G	16384	bishops stortford
G	16384	bishopstoke
G	32	bishwas
G	16384	biskra
G	16384	bislig
G	16	bismah
G	16384	bismarck
G	16384	bismil
G	16384	bissau
G	16384	bissāu
G	2	bistrita
G	16384	bistriţa
G	16384	biswān
G	16384	bitkine
G	16384	bitlis
G	16384	bitola
G	16384	bitonto
G	16384	bitterfeld - wolfen
G	16384	bitterfeld-wolfen
G	16384	biu
G	16384	bixby
G	16384	biysk
G	16384	bizerte
G	16384	biên hòa
G	16384	biñan
G	16384	biłgoraj
G	16384	bjelovar
G	16	bjorn
G	16384	björlanda
G	3	black
G	512	black & decker
G	2	black sea
G	16644	blackburn
G	512	blackburn rovers
G	16384	blackheath
G	16644	blackpool
G	16384	blacksburg
G	16384	blacktown
G	256	blackwall
G	16384	blackwood
G	16384	blagnac
G	16384	blagodarnyy
G	16384	blagoevgrad
G	16384	blagoveshchensk
G	16400	blaine
G	16384	blainville
G	16	blair
G	1	blair larsen
G	65536	blairite
G	65536	blairites
G	16384	blaj
G	16	blake
G	1	blake bath
G	16	blanca
G	16384	blanchardstown
G	16	blanche
G	32	blanco
G	16384	blanes
G	16384	blankenberge
G	16384	blankenburg
G	16384	blanquefort
G	16384	blansko
G	16386	blantyre
G	16	blaze
G	32	blazevic
G	4096	bldg
G	16384	blenheim
G	16384	bletchley
G	16384	blida
G	16384	blieskastel
G	1	blind
G	32768	blinken
G	16384	blitar
G	512	blockbuster video
G	16384	bloemfontein
G	16384	bloemhof
G	16384	blois
G	8	blom stock index
G	16384	blomberg
G	32	blondal
G	1572864	bloomberg
G	16384	bloomfield
G	16896	bloomingdale
G	16384	bloomington
G	4	bloomsbury minerals economics
G	16384	blora
G	16	blossom
G	16384	bloxwich
G	512	blue cross
G	16384	blue island
G	16384	blue springs
G	16384	bluefields
G	16384	bluffton
G	16384	blumenau
G	256	blvd
G	16384	blyth
G	16400	blythe
G	4	bme
G	512	bmw
G	16384	bnei brak
G	512	bni
G	16384	bni bouayach
G	4	bnp
G	4	bnz
G	16384	bo
G	16384	bo phloi
G	16384	boa esperança
G	16384	boa viagem
G	16384	boa vista
G	16384	boaco
G	16384	boadilla del monte
G	4	board
G	4	board of control for cricket in india
G	16385	boardman
G	256	boardwalk
G	4	boavista
G	16	bob
G	1	bob brett
G	1	bob dole
G	1	bob janis
G	1	bob kennedy
G	1	bob may
G	1	bob moore
G	1	bob wickman
G	1	bob willis
G	1	bob wollek
G	1	bob woolmer
G	16	bobbi
G	16	bobbie
G	1	bobbie goulding
G	16384	bobbili
G	16	bobby
G	1	bobby bonilla
G	1	bobby robson
G	1	bobby valentine
G	1	bobic
G	16384	bobigny
G	16384	bobingen
G	16384	bobo - dioulasso
G	16384	bobo-dioulasso
G	16384	bobrov
G	4	boby brno
G	16384	boca chica
G	16384	boca del mar
G	4	boca juniors
G	16384	boca raton
G	16384	boca suno
G	16384	bocaiúva
G	16384	bocaue
G	16384	bochnia
G	16384	bocholt
G	16388	bochum
G	16384	bochum - hordel
G	16384	bochum-hordel
G	16384	bocşa
G	16384	boda
G	16384	bodaybo
G	2	boddington
G	16384	bode saadu
G	16384	bodegraven
G	16384	boden
G	16384	bodhan
G	16384	bodināyakkanūr
G	4	bodo / glimt
G	16384	bodrum
G	16384	bodø
G	16384	bodītī
G	16384	boedo
G	520	boeing
G	4	boeing co
G	16384	boende
G	1	boeta wessels
G	16384	bogale
G	16384	bogatynia
G	16	bogdan
G	1	bogdan prusek
G	32	bogdanov
G	16384	bogdanovich
G	16384	bogenhausen
G	16384	boghni
G	16	boglarka
G	16384	bognor regis
G	16384	bogo
G	16384	bogor
G	16384	bogoroditsk
G	16384	bogorodsk
G	16384	bogorodskoye
G	66	bogota
G	16384	bogotol
G	16384	bogotá
G	16384	bogovinje
G	16386	bogra
G	16384	boguchar
G	16384	boguszów - gorce
G	16384	boguszów-gorce
G	1	bohdan ulihrach
G	16384	bohicon
G	1	bohinen
G	16384	bohodukhiv
G	16384	bohumín
G	16384	bohuslav
G	16384	boiro
G	16384	bois - colombes
G	16384	bois-colombes
G	16384	boisar
G	16384	boisbriand
G	16384	boise
G	16384	boissy - saint - léger
G	16384	boissy-saint-léger
G	16384	boituva
G	4	boj
G	16384	bojia
G	16384	bojnūrd
G	16384	bojonegoro
G	16384	bokajān
G	16384	boksburg
G	16384	boksitogorsk
G	16384	boké
G	16384	bokāro
G	4	boland
G	4	bold / ogilvy , mather
G	4	bold / ogilvy and mather
G	16384	boldumsaz
G	16384	bolesławiec
G	16384	bolgatanga
G	16384	bolhrad
G	16384	boli
G	16384	bolingbrook
G	128	bolivia
G	1024	bolivian
G	1024	bolivians
G	16384	bollate
G	4	bollore
G	16384	bolobo
G	16388	bologna
G	16384	bologoye
G	16	bolormaa
G	16384	bolotnoye
G	16384	bolpur
G	65536	bolshevik
G	65536	bolsheviks
G	32768	bolsonaro
G	4	bolswessanen
G	16644	bolton
G	16384	bolu
G	16384	bolvadin
G	16384	bolzano
G	16384	bom conselho
G	16384	bom despacho
G	16384	bom jesus da lapa
G	16384	bom jesus do itabapoana
G	16384	boma
G	1	bombarda
G	512	bombardier
G	10	bombay
G	4	bombay commodities
G	16384	bon air
G	128	bonaire
G	128	bonaire , sint eustatius and saba
G	16384	bonao
G	32	bondarenko
G	16384	bondo
G	16384	bondoukou
G	16384	bondowoso
G	1	bonds
G	16384	bondy
G	16384	bonga
G	16384	bongabon
G	16384	bongaigaon
G	16384	bongao
G	1	bongo
G	16384	bongor
G	16384	bongouanou
G	32	bonik
G	1	bonilla
G	16	bonita
G	16384	bonita springs
G	16386	bonn
G	1	bonnet
G	16384	bonneuil - sur - marne
G	16384	bonneuil-sur-marne
G	16384	bonney lake
G	16	bonnie
G	16384	bonny
G	16384	bonnyrigg
G	2048	bono
G	16384	bonoua
G	16384	bontang
G	16384	bonāb
G	16384	boo
G	2	boo-nee-ol
G	8	book of mass
G	262144	booker
G	16384	boom
G	16384	boone
G	16384	bootle
G	16384	boppard
G	16384	bor
G	4	borac
G	1	boraine
G	16390	bordeaux
G	16384	bordj bou arreridj
G	16384	bordj el kiffan
G	16384	bordj ghdir
G	16384	bordj zemoura
G	16384	bordon
G	16384	borehamwood
G	16384	borgomanero
G	16	boris
G	1	boris becker
G	32768	boris johnson
G	32769	boris yeltsin
G	16384	borisoglebsk
G	16384	borivli
G	16384	borken
G	1	borkus
G	16384	borlänge
G	16384	bormujos
G	2	born
G	16384	borna
G	16384	borne
G	16384	bornem
G	16384	bornheim
G	16384	borodino
G	16384	borongan
G	16384	boronia
G	16384	boroon
G	16384	borough park
G	16384	borovichi
G	16384	borovskiy
G	32768	borrell
G	16384	borsad
G	16384	borssele
G	1	borsuk
G	4	borussia dortmund
G	4	borussia moenchengladbach
G	32	boruya
G	16384	boryeong
G	16384	boryslav
G	16384	borzya
G	16384	borås
G	16384	borāzjān
G	16384	borşa
G	16384	borūjen
G	16384	borūjerd
G	16384	bosanska krupa
G	16384	bosaso
G	16384	boscoreale
G	1	bose
G	16384	boshan
G	16384	boshkengash
G	2	bosia-hercegovina
G	4	boskalis
G	16384	boskoop
G	2	bosnia
G	128	bosnia and herzegovina
G	2	bosnia-hercegovina
G	65536	bosniak
G	65536	bosniaks
G	9216	bosnian
G	4	bosnian association for refugees and displaced persons
G	8	bosnian croat
G	8	bosnian moslems
G	8	bosnian serb
G	8	bosnian serbs
G	2	bosnian-croat federation
G	9216	bosnians
G	16384	bossangoa
G	1	bossi
G	16384	bossier city
G	540742	boston
G	512	boston celtics
G	512	boston globe
G	512	boston pizza
G	516	boston red sox
G	8	boston-based
G	16384	bostonia
G	32	bosu
G	4	botafogo
G	16384	botevgrad
G	1	botha
G	1	botham
G	16384	bothaville
G	16384	bothell
G	16384	bothell west
G	16384	botolan
G	16384	botou
G	16384	botoşani
G	16384	botshabelo
G	130	botswana
G	1	botta
G	16384	bottrop
G	16384	botucatu
G	16384	botād
G	16384	bou hanifia el hamamat
G	2	bou haroun
G	16384	bou ismaïl
G	16384	bou tlelis
G	16384	bouaflé
G	16384	bouaké
G	16384	bouar
G	16384	bouarfa
G	32	bouchard
G	16384	boucherville
G	16384	boudjima
G	16384	boudouaou
G	16384	boufarik
G	16384	bougaa
G	16384	bougado
G	16384	bougara
G	16384	bougouni
G	16384	bouguenais
G	16384	bouinan
G	16384	boujniba
G	16384	boukadir
G	16386	boulder
G	16384	boulder city
G	16384	boulogne - billancourt
G	16384	boulogne - sur - mer
G	16384	boulogne-billancourt
G	16384	boulogne-sur-mer
G	16384	boulsa
G	16384	boumahra ahmed
G	16384	boumerdas
G	16384	bouna
G	16384	boundiali
G	16384	bountiful
G	16384	bourbonnais
G	16384	bourg - en - bresse
G	16384	bourg - la - reine
G	16384	bourg - lès - valence
G	16384	bourg-en-bresse
G	16384	bourg-la-reine
G	16384	bourg-lès-valence
G	16384	bourges
G	16384	bourgoin - jallieu
G	16384	bourgoin-jallieu
G	1	bourlet
G	16388	bournemouth
G	16384	boussu
G	16384	boussé
G	1	boutoille
G	1	boutros boutros-ghali
G	1	boutros harb
G	128	bouvet island
G	16384	bouznika
G	16384	bouïra
G	8	bovine spongiform encephalopathy
G	16384	bovisio - masciago
G	16384	bovisio-masciago
G	16384	bowie
G	16384	bowling green
G	16384	bowthorpe
G	16384	boxtel
G	8	boy scout rally
G	16384	boyabat
G	16384	boyarka
G	16	boyd
G	16384	boyeros
G	32	boyko
G	16384	boyle heights
G	16384	boynton beach
G	16384	boyolali
G	16384	boyolangu
G	16384	boysun
G	16384	bozeman
G	16384	bozhou
G	32	bozic
G	32	bozinov
G	16384	bozoum
G	16384	bozova
G	16384	bozyazı
G	16384	bozüyük
G	16384	boû arfa
G	516	bp
G	16384	bra
G	256	bracebridge
G	16384	bracken ridge
G	16384	brackenheim
G	16384	bracknell
G	16400	brad
G	1	brad ausmus
G	1	brad bryant
G	1	brad clontz
G	1	brad hogg
G	16384	bradenton
G	16404	bradford
G	16400	bradley
G	1	bradley hughes
G	17	brady
G	1	brady anderson
G	8	brady bill
G	8	brady law
G	1	bradys
G	16388	braga
G	4	bragantino
G	16384	bragança
G	16384	bragança paulista
G	1	bragg
G	16384	brahmapur
G	16384	braine - l'alleud
G	16384	braine - le - comte
G	16384	braine-l'alleud
G	16384	braine-le-comte
G	16384	braintree
G	16384	brak
G	16384	brakel
G	16384	brakpan
G	16384	bramhall
G	256	bramley
G	16640	brampton
G	16384	bramsche
G	16	branden
G	16384	brandenburg an der havel
G	1	brandes
G	16	brandi
G	16	brandie
G	16400	brandon
G	16384	brandýs nad labem - stará boleslav
G	16384	brandýs nad labem-stará boleslav
G	16384	branford
G	16384	braniewo
G	16	branislav
G	32	brankov
G	4	brann
G	4	brann bergen
G	16384	brant
G	16384	brantford
G	16384	braník
G	66	brasilia
G	16384	brasschaat
G	16384	brasília
G	16384	brateyevo
G	16450	bratislava
G	16384	bratsk
G	16384	braunschweig
G	4	braves
G	16384	brawley
G	16384	bray
G	130	brazil
G	9216	brazilian
G	8	brazilian football confederation
G	1024	brazilians
G	16448	brazzaville
G	16384	braço do norte
G	16384	braşov
G	16384	brea
G	4	breakfast soybean procurement assn
G	16	breanna
G	16384	breaza
G	4	brechin
G	16384	brecht
G	16386	breda
G	16384	bredbury
G	16	bree
G	2	bregancon
G	16384	bregenz
G	524288	breitbart
G	16384	brejo da madre de deus
G	16384	brejo santo
G	16646	bremen
G	16384	bremerhaven
G	16384	bremerton
G	16384	bremervörde
G	16	brenda
G	1	brenda schultz-mccarthy
G	16	brendan
G	1	brenden pappas
G	16	brendon
G	16384	brenham
G	16	brenna
G	16404	brent
G	4	brentford
G	16	brenton
G	16384	brentwood
G	16384	brentwood estates
G	16384	brescia
G	16384	bressanone
G	16384	bresso
G	16384	bressuire
G	16384	brest
G	16	bret
G	16	brett
G	1	brett martin
G	16384	bretten
G	1	breukink
G	16384	breves
G	4	brewers
G	131072	brexit
G	65536	brexiteer
G	66048	brexiteers
G	32768	brezhnev
G	16384	brezina
G	16384	brezno
G	16384	bria
G	16	brian
G	1	brian bronson
G	1	brian currin
G	1	brian de palma
G	1	brian gilbertson
G	1	brian homewood
G	1	brian mcmillan
G	1	brian mcrae
G	1	brian wellman
G	16	briana
G	16	brianna
G	16	brianne
G	16384	briarwood
G	16	brice
G	16384	bridgend
G	256	bridgenorth
G	16384	bridgeport
G	16	bridget
G	16384	bridgeton
G	16640	bridgetown
G	16	bridgett
G	16	bridgette
G	16384	bridgeview
G	16384	bridgewater
G	16384	bridgwater
G	16384	bridlington
G	16384	brie - comte - robert
G	16384	brie-comte-robert
G	32	briem
G	16384	brierley hill
G	4096	brig
G	256	brigham
G	16384	brigham city
G	16384	brighouse
G	8	bright-belgians
G	16644	brighton
G	16384	brighton beach
G	16384	brighton east
G	16384	brighton park
G	16	brigid
G	1	brigita bukovec
G	16	brigitte
G	16384	brignoles
G	16384	brikama
G	16384	brilon
G	16384	brindisi
G	16454	brisbane
G	16454	bristol
G	4	bristol city
G	4	bristol rovers
G	66560	brit
G	524290	britain
G	524296	british
G	4	british airways
G	4	british broadcasting corporation
G	258	british columbia
G	4	british data
G	4	british data management
G	4	british heart foundation
G	128	british indian ocean territory
G	8	british jewish
G	4	british land
G	4	british lions
G	8	british masters
G	8	british open
G	4	british petrolem
G	4	british securities and investments board
G	128	british virgin islands
G	8	british-based
G	8	british-ruled
G	16	britney
G	8192	briton
G	16384	briton ferry
G	82944	brits
G	16	britt
G	16	brittany
G	16	brittney
G	16	brittni
G	16	brittny
G	16384	britz
G	16384	brive - la - gaillarde
G	16384	brive-la-gaillarde
G	16384	brixham
G	16384	brixton
G	16384	brno
G	16384	broad ripple
G	16384	broadstairs
G	16384	broadview heights
G	2048	brock
G	16640	brockton
G	16384	brockville
G	16384	brodnica
G	16384	brody
G	16384	brodósqui
G	16384	broken arrow
G	16384	broken hill
G	16384	bromma
G	16384	bromsgrove
G	16384	bron
G	16384	bronkhorstspruit
G	16384	bronnitsy
G	18432	bronte
G	16	bronwyn
G	16384	brook park
G	17	brooke
G	16384	brookfield
G	16384	brookhaven
G	16384	brookings
G	16384	brookline
G	16640	brooklyn
G	16384	brooklyn center
G	16384	brooklyn heights
G	512	brooklyn nets
G	16384	brooklyn park
G	33	brooks
G	256	brookside
G	256	brookstone
G	16384	broomfield
G	16384	brossard
G	16384	brotas
G	4	brotherhood of nations
G	16384	brough
G	16384	brovary
G	4	broward county sheriff 's office
G	1	brown
G	32	browne
G	16384	brownhills
G	256	browns canyon
G	16384	brownsburg
G	16384	brownsville
G	16384	brownwood
G	16384	broxburn
G	16384	bruay - la - buissière
G	16384	bruay-la-buissière
G	16	bruce
G	1	bruce grobbelaar
G	16384	bruchköbel
G	16384	bruchsal
G	16384	bruckmühl
G	16384	brugge
G	16384	brugherio
G	16384	brumadinho
G	16384	brumado
G	16384	brummen
G	128	brunei
G	128	brunei darussalam
G	16	bruno
G	1	bruno adelt
G	1	bruno eichmann
G	1	bruno risi
G	1	bruno thiry
G	16384	brunoy
G	16384	brunssum
G	16384	brunswick
G	1	brunswijk
G	16384	bruntál
G	1	bruny surin
G	16384	brusciano
G	4	brush wellman
G	4	brush wellman inc
G	16384	brushy creek
G	16384	brusque
G	2637898	brussels
G	8	brussels grand prix
G	16384	brvenica
G	16384	bry - sur - marne
G	16384	bry-sur-marne
G	16400	bryan
G	1	bryan robson
G	16384	bryanka
G	16	bryanna
G	16384	bryansk
G	16416	bryant
G	16	bryce
G	16384	brymbo
G	16384	bryn mawr - skyway
G	16384	bryn mawr-skyway
G	16	brynn
G	16	bryon
G	16384	bryukhovetskaya
G	16384	brzeg
G	16384	brzesko
G	16384	brétigny - sur - orge
G	16384	brétigny-sur-orge
G	16384	brüggen
G	16384	brühl
G	16384	brājarājnagar
G	16384	brăila
G	16384	brčko
G	1	bscher
G	8	bse
G	8	bse-infected
G	4	bsm
G	16384	bua yai
G	16384	buaran
G	16384	bucak
G	1	bucaram
G	16384	bucaramanga
G	2113536	bucha
G	16416	buchanan
G	16450	bucharest
G	4	bucharest newsroom
G	16384	buchen in odenwald
G	16384	bucheon - si
G	16384	bucheon-si
G	16384	buchholz in der nordheide
G	16	buck
G	16384	buckeye
G	16384	buckhall
G	16640	buckingham
G	256	buckinghamshire
G	16384	buckley
G	16384	buckow
G	540738	budapest
G	16384	budapest i. kerület
G	16384	budapest ii. kerület
G	16384	budapest iii. kerület
G	16384	budapest iv. kerület
G	16384	budapest vi. kerület
G	16384	budapest viii. kerület
G	16384	budapest xi. kerület
G	16384	budapest xii. kerület
G	16384	budapest xiii. kerület
G	16384	budapest xix. kerület
G	16384	budapest xv. kerület
G	16384	budapest xvi. kerület
G	16384	budapest xvii. kerület
G	16384	budapest xviii. kerület
G	16384	budapest xx. kerület
G	16384	budapest xxi. kerület
G	16384	budapest xxii. kerület
G	16384	budapest xxiii. kerület
G	8	budapest-based
G	16384	budaun
G	16384	budaörs
G	16384	buddh gaya
G	16	buddy
G	16384	buderim
G	1	budge weidman
G	16384	budhlāda
G	16384	budhāna
G	16384	budta
G	4	buducnost
G	4	buducnost ( p )
G	4	buducnost ( v )
G	16384	buduran
G	16384	budva
G	16384	budënnovsk
G	16384	buea
G	16384	buena park
G	16386	buenaventura
G	16384	buenaventura lakes
G	16384	buenavista
G	16450	buenos aires
G	4	buenos aires newsroom
G	16384	buerarema
G	16384	buffalo
G	516	buffalo bills
G	16384	buffalo grove
G	1	buffett
G	16384	buftea
G	16384	bugarama
G	16384	bugiri
G	1	bugno
G	16384	bugo
G	16384	bugojno
G	16384	buguma
G	16384	buguruslan
G	16384	buhe
G	16384	buhi
G	16384	buhuşi
G	4	building
G	16384	buin
G	16384	buinsk
G	16384	bujumbura
G	16384	bukama
G	16384	bukavu
G	16384	bukhara
G	16384	bukit mertajam
G	16384	bukit rambai
G	16384	bukittinggi
G	16384	bukoba
G	16384	bukuru
G	16384	bulacan
G	16384	bulakamba
G	16384	bulan
G	16384	bulancak
G	16384	bulandshahr
G	16384	bulanık
G	16384	bulaon
G	4	bulatka
G	16384	bulawayo
G	16384	buldāna
G	16384	bulgan
G	130	bulgaria
G	9216	bulgarian
G	9216	bulgarians
G	16384	bullhead city
G	16384	bulolo
G	16384	buluan
G	16384	bulungu
G	16384	bumba
G	16384	bunawan
G	16384	bunbury
G	1	bunce
G	16384	bunda
G	16384	bundaberg
G	4	bundesbank
G	8	bundesliga
G	16384	bundibugyo
G	16384	bundoora
G	8	bunds
G	4	bunge
G	16384	bungo - takada - shi
G	16384	bungo-takada-shi
G	16384	bungoma
G	16384	bungu
G	16384	bunia
G	2	bunol
G	16384	burao
G	16384	buraydah
G	16384	burbank
G	1	burcin mavituna
G	16384	burdur
G	4	bureau of alcohol , tobacco and firearms
G	4	bureau veritas
G	16384	burg bei magdeburg
G	16448	burgas
G	16384	burgdorf
G	16384	burgess hill
G	16384	burghausen
G	16384	burglesum
G	16384	burgos
G	16384	burhaniye
G	1	burhanuddin rabbani
G	16384	burhar
G	16384	burhānpur
G	16384	burhānuddin
G	16384	buri
G	16384	buri ram
G	16384	burien
G	16384	buriti bravo
G	16384	buritis
G	16384	buritizeiro
G	16384	burjassot
G	16416	burke
G	128	burkina faso
G	16384	burla
G	16384	burlata
G	16384	burleson
G	16384	burlingame
G	16384	burlington
G	130	burma
G	8	burmese
G	16384	burnaby
G	16384	burngreave
G	16384	burnham - on - sea
G	16384	burnham-on-sea
G	16384	burnie
G	16388	burnley
G	16384	burnsville
G	16384	burntwood
G	16384	burrel
G	16384	burriana
G	16448	bursa
G	16384	burscheid
G	16	burt
G	16400	burton
G	16384	burton upon trent
G	16384	burunday
G	130	burundi
G	8	burundi-central africa
G	16384	bururi
G	16384	burutu
G	16384	burwood
G	16388	bury
G	16384	bury st edmunds
G	65536	buryat
G	2097408	buryatia
G	65536	buryats
G	16384	burē
G	16448	busan
G	16384	busembatia
G	16384	buseresere
G	16384	bushehr
G	16384	bushey
G	16384	bushwick
G	16384	busia
G	4	business recorder
G	16384	businga
G	16384	busko - zdrój
G	16384	busko-zdrój
G	16384	busselton
G	16384	bussolengo
G	16384	bussum
G	16	buster
G	16384	busto arsizio
G	16384	buston
G	16384	bustos
G	16384	buta
G	16384	butajīra
G	16384	butare
G	1	butch
G	8	butch cassidy and the sundance kid
G	1	butch harmon
G	16384	butel
G	16384	butembo
G	16384	butha - buthe
G	16384	butha-buthe
G	16384	butiama
G	16384	butiá
G	16392	butte
G	16384	butterworth
G	16448	butuan
G	16384	buturlinovka
G	16384	butwāl
G	16384	butzbach
G	16384	buulobarde
G	16384	buurhakaba
G	16384	buwenge
G	16384	buxar
G	16384	buxtehude
G	16384	buxton
G	16384	buy
G	16384	buyeo
G	16384	buynaksk
G	1	buyoya
G	16384	buzen
G	16384	buzovna
G	8	buzuku
G	16384	buzuluk
G	16384	buzău
G	16384	buíque
G	16384	buôn ma thuột
G	4	bvsc
G	16384	bwizibwera
G	16384	byaroza
G	1	byas
G	16384	bydgoszcz
G	65536	byelorussian
G	65536	byelorussians
G	16384	bykhaw
G	16384	byndoor
G	32	byrne
G	16	byron
G	1	byron black
G	16384	bytom
G	32	bytyqi
G	16384	bytów
G	16384	byumba
G	16384	byādgi
G	16384	bánovce nad bebravou
G	16384	bârlad
G	16384	bègles
G	16384	béchar
G	16384	béja
G	16384	béjar
G	16384	békés
G	16384	békéscsaba
G	16384	bélabo
G	16384	béoumi
G	16384	bétera
G	16384	béthune
G	16384	béziers
G	16384	bình long
G	16384	bílina
G	16384	böblingen
G	16384	bönen
G	16384	bückeburg
G	16384	büdingen
G	16384	bühl
G	16384	bünde
G	16384	büren
G	16384	bürstadt
G	16384	büyükçekmece
G	16384	bābai
G	16384	bābol
G	16384	bābolsar
G	16384	bābra
G	16384	bādāmi
G	16384	bāfq
G	16384	bāgepalli
G	16384	bāgha purāna
G	16384	bāghpat
G	16384	bāglung
G	16384	bāh
G	16384	bājil
G	16384	bājitpur
G	16384	bāli
G	16384	bālotra
G	16384	bālugaon
G	16384	bālurghāt
G	16384	bālāchor
G	16384	bālāghāt
G	16384	bālāpur
G	16384	bāmor kalān
G	16384	bāmyān
G	16384	bānapur
G	16384	bānda
G	16384	bāndarban
G	16384	bāndīkūi
G	16384	bāneh
G	16384	bāngarmau
G	16384	bāniyās
G	16384	bānka
G	16384	bānki
G	16384	bānkura
G	16384	bānsbāria
G	16384	bānsdīh
G	16384	bānsi
G	16384	bānswāda
G	16384	bānswāra
G	16384	bāntva
G	16384	bāpatla
G	16384	bārah
G	16384	bāramūla
G	16384	bārdoli
G	16384	bārh
G	16384	bāri
G	16384	bārmer
G	16384	bārsi
G	16384	bāruipur
G	16384	bāruni
G	16384	bārākpur
G	16384	bārāmati
G	16384	bārān
G	16384	bārāsat
G	16384	bāsoda
G	16384	bāsudebpur
G	16384	bāzpur
G	16384	bāzār - e yakāwlang
G	16384	bāzār-e yakāwlang
G	16384	bāzārak
G	16384	băicoi
G	16384	băileşti
G	16384	bălţi
G	16384	będzin
G	16384	bīdar
G	16384	bījār
G	16384	bīkaner
G	16384	bīlāspur
G	16384	bīrjand
G	16384	bīrpur
G	16384	bīsalpur
G	16384	břeclav
G	16384	būkān
G	16384	būndi
G	16384	būndu
G	16384	būrewāla
G	16384	būsh
G	16384	bạc liêu
G	16384	bảo lộc
G	16384	bắc giang
G	16384	bắc kạn
G	16384	bắc ninh
G	16384	bến tre
G	16384	bỉm sơn
G	8	c$
G	1	c. ambrose
G	1	c. evans
G	1	c. hooper
G	1	c. lewis
G	1	c. rangarajan
G	1	c. white
G	1	c. wishart
G	2	ca
G	16384	caacupé
G	16384	caaguazú
G	16384	caazapá
G	16384	cabadbaran
G	16384	cabagan
G	16384	cabaiguán
G	16384	cabanatuan city
G	16384	cabayangan
G	16384	cabeceiras de basto
G	16384	cabedelo
G	16384	cabiao
G	16384	cabimas
G	16384	cabinda
G	4	cabinet
G	16384	cabo
G	16384	cabo frio
G	16384	cabo san lucas
G	16384	caboolture
G	16384	cabot
G	16384	cabra
G	16384	cabramatta
G	16384	cabrero
G	16384	cabreúva
G	16384	cabrobó
G	16384	cabuyao
G	8	cac-40
G	8	cac-40 general
G	16384	cacahoatán
G	32	caceres
G	16384	cachan
G	16384	cachoeira
G	16384	cachoeira do sul
G	16384	cachoeiras de macacu
G	16384	cachoeirinha
G	16384	cachoeiro de itapemirim
G	16384	cacoal
G	16384	cacocum
G	16384	cacém
G	512	cadbury
G	1	caddick
G	16384	cadereyta
G	16384	cadereyta jiménez
G	512	cadillac
G	262144	cadish
G	16384	cadiz
G	16388	caen
G	16384	caerphilly
G	262144	caesar
G	1	caesar mazzolari
G	2	caesarea
G	16384	caetité
G	16384	caeté
G	4	caf
G	16384	cagayan de oro
G	16452	cagliari
G	16384	cagnes - sur - mer
G	16384	cagnes-sur-mer
G	16384	cagua
G	16384	caguas
G	16384	cahors
G	16384	cahul
G	16384	caibarién
G	16384	caicedonia
G	16384	caicó
G	16384	caidian
G	16384	caieiras
G	16384	cainta
G	16384	cairns
G	16450	cairo
G	16	caitlin
G	16	caitlyn
G	16384	caivano
G	4	caja de madrid
G	16384	cajamar
G	16384	cajamarca
G	16384	cajati
G	16384	cajazeiras
G	16384	cajicá
G	16384	cajueiro
G	16384	cajuru
G	16	cal
G	1	cal eldred
G	1	cal ripken
G	16384	calabanga
G	16384	calabar
G	16384	calabasas
G	16384	calabozo
G	16384	calaca
G	16384	calafat
G	16384	calafell
G	16384	calahorra
G	16384	calais
G	16384	calama
G	16384	calamba
G	16384	calamvale
G	16384	calangute
G	16384	calapan
G	16384	calarcá
G	16384	calasiao
G	16384	calatagan
G	16384	calatayud
G	16384	calauag
G	16384	calauan
G	16384	calbayog city
G	16384	calceta
G	2	calcutta
G	2	calcutta hospital
G	16384	caldas
G	16384	caldas da rainha
G	16384	caldas novas
G	34	calderon
G	16384	caldes de montbui
G	16640	caldwell
G	16	caleb
G	16384	caledonia
G	16384	calella
G	16384	caleta olivia
G	16384	calexico
G	16450	calgary
G	16384	calhoun
G	16384	cali
G	258	calif
G	2	calif.
G	524550	california
G	4	california angels
G	8	california proposition 215
G	1024	californian
G	1024	californians
G	16384	calimete
G	16	calista
G	16384	callao
G	16384	calle blancos
G	16	callie
G	16384	callosa de segura
G	16384	calne
G	16384	caloocan city
G	16384	calp
G	16384	calpulalpan
G	16384	caltagirone
G	16384	caltanissetta
G	4	caltex
G	16384	caluire - et - cuire
G	16384	caluire-et-cuire
G	16384	calumet city
G	16384	calumpang
G	16384	calumpit
G	16384	calverton
G	16384	calvillo
G	16	calvin
G	1	calvin davis
G	16384	calvià
G	16384	calw
G	1	cam battersby
G	16384	cam ranh
G	16384	camacupa
G	16384	camagüey
G	16384	camaiore
G	16384	camajuaní
G	16384	camanducaia
G	16384	camaná
G	16384	camaquã
G	16384	camarate
G	16384	camargo
G	16384	camarillo
G	16384	camas
G	4	camat
G	16448	camayenne
G	16384	camaçari
G	16384	cambará
G	16384	camberley
G	16384	camberwell
G	130	cambodia
G	9216	cambodian
G	1024	cambodians
G	16384	camborne
G	16384	cambrai
G	16384	cambre
G	16384	cambria heights
G	16646	cambridge
G	256	cambridgeshire
G	16384	cambrils
G	16384	cambuslang
G	16384	cambuí
G	16384	cambé
G	16386	camden
G	16384	camden town
G	2	camelot
G	1	camerlengo
G	16	cameron
G	16384	cameron park
G	130	cameroon
G	1024	cameroonian
G	1024	cameroonians
G	16384	cametá
G	16	camila
G	16	camile
G	16384	camiling
G	16	camilla
G	16	camille
G	2048	camillo
G	16	camilo
G	16384	camiri
G	16384	camoapa
G	16384	camocim
G	16384	camp springs
G	16384	campana
G	16417	campbell
G	16384	campbell river
G	256	campbellford
G	16640	campeche
G	16384	campechuela
G	16384	campi bisenzio
G	16384	campina grande
G	16384	campina grande do sul
G	16384	campinas
G	16384	campiña
G	16384	campo alegre
G	16384	campo belo
G	16384	campo de criptana
G	16384	campo de la cruz
G	16384	campo formoso
G	16384	campo grande
G	16384	campo largo
G	16384	campo maior
G	16384	campo mourão
G	16384	campo verde
G	16384	campoalegre
G	16384	campobasso
G	16384	campos belos
G	16384	campos do jordão
G	16384	campos dos goytacazes
G	16384	campos gerais
G	16384	campos novos
G	16384	campos sales
G	16384	campsie
G	16384	camrose
G	524418	canada
G	9216	canadian
G	8	canadian open
G	9216	canadians
G	16384	cananea
G	16384	canarsie
G	16384	canary wharf
G	16384	canavieiras
G	16454	canberra
G	16384	canby
G	64	cancun
G	16384	cancún
G	16384	candaba
G	16	candace
G	16384	candelaria
G	16384	candelária
G	16384	candi prambanan
G	16384	candiac
G	16	candice
G	1	candiotti
G	16384	candler - mcafee
G	16384	candler-mcafee
G	16384	canela
G	16384	canelones
G	16384	cangas do morrazo
G	16384	canguaretama
G	16384	canguçu
G	16384	cangzhou
G	16384	canicattì
G	16384	canidelo
G	16384	canindé
G	16384	caniço
G	16384	canlaon
G	16388	cannes
G	16384	canning
G	16384	canning vale
G	16384	cannock
G	16384	canoas
G	16384	canoga park
G	16384	canoinhas
G	524288	canon
G	8	canopic
G	16384	canosa di puglia
G	16384	canovelles
G	16384	cantaura
G	16384	cantel
G	16384	canteleu
G	16384	canterbury
G	16384	canton
G	16384	cantonment
G	16384	cantù
G	16384	canvey island
G	16384	canyon lake
G	16384	cao bằng
G	16384	cao lãnh
G	16384	caohe
G	2	cap de villefranche
G	16384	capalaba
G	16384	capanema
G	16384	capannori
G	16384	caparica
G	16384	capas
G	16384	cape coast
G	16384	cape coral
G	16384	cape girardeau
G	16450	cape town
G	128	cape verde
G	16384	capela
G	16384	capelinha
G	16384	capelle aan den ijssel
G	16384	capesterre - belle - eau
G	16384	capesterre-belle-eau
G	16384	capiatá
G	16384	capim grosso
G	16384	capinzal
G	1	capiot
G	512	capital one
G	16384	capitán bermúdez
G	16384	capitão poço
G	16384	capivari
G	4096	capt
G	4096	captain
G	2048	captain beefheart
G	16384	capua
G	16384	capulhuac de mirafuentes
G	16384	capâo bonito
G	16384	capão da canoa
G	16	cara
G	16384	caraballeda
G	16384	carabanchel
G	16384	caracal
G	16450	caracas
G	16384	caraguatatuba
G	16384	carandaí
G	16384	carangola
G	16384	caransebeş
G	16384	carapicuíba
G	16384	carate brianza
G	16384	caratinga
G	16384	carauari
G	16384	caravaca
G	16384	carazinho
G	16384	carballo
G	16384	carbondale
G	16384	carbonia
G	16384	carcaixent
G	16384	carcar
G	16384	carcarañá
G	16384	carcassonne
G	16384	carcavelos
G	16384	cardedeu
G	16454	cardiff
G	512	cardiff city
G	262144	cardinal
G	2048	cardinal wolsey
G	4	cardinals
G	16384	cardito
G	16384	cardona
G	32	cardoso
G	32	cardozo
G	4	career horizons
G	4	career horizons inc
G	16384	carei
G	16384	carepa
G	16	carey
G	4	cargill
G	4	cargill inc
G	16384	cariamanga
G	2	caribbean
G	2	caribs
G	16384	carigara
G	16	carina
G	16384	carindale
G	16384	caringin
G	16384	carini
G	16	carissa
G	16	carl
G	1	carl fogarty
G	1	carl lewis
G	1	carl mason
G	1	carl suneson
G	1	carl-uwe steeb
G	16	carla
G	1	carla sacramento
G	16	carlene
G	16384	carlet
G	16384	carletonville
G	16	carley
G	16	carlie
G	1	carling
G	16384	carlingford
G	16644	carlisle
G	16	carlo
G	1	carlo ancelotti
G	1	carlo hoffmann
G	16	carlos
G	16384	carlos a. carrillo
G	16384	carlos barbosa
G	1	carlos bianchi
G	1	carlos checa
G	1	carlos costa
G	1	carlos delgado
G	1	carlos moya
G	1	carlos pavon
G	1	carlos sainz
G	1	carlos secretario
G	16	carlota
G	16	carlotta
G	16384	carlow
G	512	carls jr
G	16386	carlsbad
G	32	carlsson
G	16404	carlton
G	16	carly
G	16384	carmagnola
G	16384	carmarthen
G	16400	carmel
G	16	carmela
G	16	carmella
G	16384	carmelo
G	16	carmen
G	16384	carmen de viboral
G	16384	carmichael
G	16384	carmo do cajuru
G	16384	carmo do paranaíba
G	16384	carmona
G	16384	carnaxide
G	16384	carnegie
G	16384	carney
G	16384	carnot
G	16	carol
G	16384	carol city
G	1	carol norris
G	1	carol perry
G	16384	carol stream
G	16	carole
G	16400	carolina
G	512	carolina panthers
G	17	caroline
G	16384	caroline springs
G	16	carolyn
G	16384	caronno pertusella
G	16384	carora
G	16384	carouge
G	16384	carpentersville
G	16384	carpentras
G	16384	carpi centro
G	16384	carpina
G	16384	carquefou
G	32	carr
G	16384	carrara
G	16384	carrboro
G	16388	carrefour
G	16384	carrickfergus
G	16	carrie
G	16384	carrizal
G	256	carrizo plain
G	16384	carrières - sous - poissy
G	16384	carrières-sous-poissy
G	16	carrol
G	16	carroll
G	16384	carrollton
G	16384	carrollwood
G	16384	carrollwood village
G	16384	carrum downs
G	16384	carshalton
G	18432	carson
G	16384	carson city
G	2048	carson palmer
G	1	carsten wolf
G	16386	cartagena
G	16384	cartago
G	16384	cartaya
G	32	carter
G	16384	carteret
G	16384	cartersville
G	16384	carterton
G	16384	carthage
G	16384	caruaru
G	32	caruso
G	32	carvalho
G	16384	carvin
G	16400	cary
G	16384	carúpano
G	16384	casa blanca
G	16384	casa branca
G	16384	casa de oro - mount helix
G	16384	casa de oro-mount helix
G	16384	casa grande
G	16384	casa santa
G	16384	casablanca
G	16384	casal di principe
G	16384	casal palocco
G	16384	casale monferrato
G	16384	casalecchio di reno
G	16384	casalnuovo di napoli
G	16384	casamassima
G	16	casandra
G	16384	casarano
G	16384	casas adobes
G	16384	casavatore
G	16384	cascais
G	16384	cascavel
G	16384	cascina
G	16384	caserta
G	17	casey
G	16384	casilda
G	16384	casimiro de abreu
G	4	casino graz
G	16384	casoria
G	16384	casper
G	16	cassandra
G	16384	cassano d'adda
G	16384	cassano magnago
G	16384	casselberry
G	16	cassidy
G	16	cassie
G	16384	cassilândia
G	16384	cassino
G	16384	castaic
G	16384	castanhal
G	16384	castaños
G	16384	castel maggiore
G	16384	castel volturno
G	16384	castelfranco emilia
G	16384	castelfranco veneto
G	16384	castellammare di stabia
G	16384	castellar del vallès
G	16384	castelldefels
G	16384	castelli
G	16384	castelló de la plana
G	16384	castelnau - le - lez
G	16384	castelnau-le-lez
G	16384	castelo
G	16384	castelo branco
G	16384	castelvetrano
G	16384	castiglione delle stiviere
G	4	castilla
G	16384	castilleja de la cuesta
G	16384	castillejos
G	32	castillo
G	8	castle cup of africa
G	16384	castle hill
G	16384	castle rock
G	16388	castleford
G	16384	castlereagh
G	16384	castlewood
G	16384	castres
G	16384	castricum
G	16384	castries
G	16416	castro
G	16384	castro - urdiales
G	16384	castro valley
G	16384	castro-urdiales
G	16384	castrop - rauxel
G	16384	castrop-rauxel
G	16384	castrovillari
G	16384	casula
G	16384	catabola
G	16384	catacaos
G	16384	cataguases
G	65544	catalan
G	65536	catalans
G	16384	catalina foothills
G	16384	catalão
G	16384	catamayo
G	16384	catanauan
G	16384	catanduva
G	16450	catania
G	16384	catanzaro
G	16	catarina
G	16384	catarman
G	16384	catarroja
G	16384	cataño
G	16384	catbalogan
G	16384	catemaco
G	16384	catende
G	16384	caterham
G	16	caterina
G	16384	cathedral city
G	16	catherina
G	16	catherine
G	1	catherine mckiernan
G	16	cathleen
G	532480	catholic
G	4	catholic information office
G	532480	catholics
G	16	cathryn
G	16	cathy
G	1	cathy freeman
G	16384	catia la mar
G	16384	cativá
G	16384	catolé do rocha
G	16384	catonsville
G	16384	catriel
G	16	catrina
G	16384	cattolica
G	16384	catu
G	16384	catumbela
G	16384	caucaguita
G	16384	caucagüito
G	16384	caucaia
G	16384	caucasia
G	16384	caucete
G	16384	cauquenes
G	16384	cauto cristo
G	16384	cava dè tirreni
G	32	cavadini
G	16384	cavaillon
G	16384	cave spring
G	1	caveglia
G	256	caversham
G	16384	cavite city
G	16384	caxambu
G	16384	caxias
G	16384	caxias do sul
G	16384	caxito
G	16384	cayambe
G	16384	cayenne
G	16384	cayey
G	16	cayla
G	128	cayman islands
G	16384	cazin
G	16384	caála
G	16384	caçador
G	16384	caçapava
G	16384	caçapava do sul
G	16384	cañada de gómez
G	16384	cañas
G	16384	cañete
G	16384	cañon city
G	512	cbc
G	8	cbf
G	4	cbi
G	4	cboe
G	4	cbsa
G	524288	cdf
G	4	cdu
G	4	cdu / csu
G	4	cdu 3
G	4	cdu no .
G	4	cdu no.3
G	16384	ceadîr - lunga
G	16384	ceadîr-lunga
G	4	ceahlaul piatra neamt
G	256	ceara
G	16384	ceará mirim
G	32	ceban
G	8	cebit
G	32	cebotari
G	64	cebu
G	16384	cebu city
G	16	cecelia
G	16	cecil
G	1	cecil mamiit
G	16	cecile
G	16	cecilia
G	16	cecily
G	16384	cecina
G	256	cedar breaks
G	16384	cedar city
G	16640	cedar falls
G	256	cedar grove
G	16384	cedar hill
G	16384	cedar park
G	16384	cedar rapids
G	17	cedric
G	1	cedric pioline
G	16384	ceeldheer
G	16384	ceerigaabo
G	16384	ceglie messapica
G	16384	cegléd
G	16384	cehegín
G	16388	celaya
G	16384	celbridge
G	16	celeste
G	16	celia
G	32	celik
G	16	celina
G	16	celine
G	16384	celje
G	16384	celle
G	2	celopek
G	8	celsius
G	16384	celso ramos
G	4	celtic
G	512	celtics
G	32	cengic
G	16384	cenon
G	16384	centar
G	16384	centar župa
G	16384	centenario
G	16384	centennial
G	16384	center city
G	16384	center point
G	16384	centereach
G	16640	centerville
G	16384	cento
G	16384	central
G	8	central african
G	130	central african republic
G	2	central asia
G	4	central bank
G	16384	central city
G	2	central clinical hospital
G	8	central division
G	4	central european free trade area
G	16384	central falls
G	16384	central islip
G	4	central office of statistics and information
G	16384	central point
G	16384	centralia
G	16384	centralniy
G	16384	centre de flacq
G	4	centre for sociological studies
G	16384	centreville
G	4	centrinvest securities
G	16384	centro familiar la soledad
G	16384	centro habana
G	16384	centurion
G	16384	ceper
G	16384	cepu
G	4	cercle brugge
G	16384	cercola
G	16384	cerdanyola del vallès
G	32	cereghetti
G	16384	ceres
G	16384	cereté
G	16384	cergy
G	16384	cergy - pontoise
G	16384	cergy-pontoise
G	16384	cerignola
G	32	cerna
G	16384	cernavodă
G	16384	cernusco sul naviglio
G	32	cerny
G	16384	cerquilho
G	16384	cerritos
G	16384	cerro
G	16384	cerro azul
G	16384	cerro de pasco
G	16384	cerveteri
G	16384	cervia
G	16384	cesano boscone
G	16384	cesano maderno
G	16	cesar
G	1	cesare dal maso
G	16388	cesena
G	16384	cesenatico
G	4	ceska sporitelna
G	16384	cessnock
G	16384	cesson - sévigné
G	16384	cesson-sévigné
G	16384	cestas
G	8	cetes
G	16384	cetinje
G	16384	ceuta
G	1	cevaer
G	16384	ceyhan
G	16384	ceylanpınar
G	4	cfdt
G	4	cgt
G	16384	cha - am
G	16384	cha-am
G	16384	chabahar
G	16384	chabet el ameur
G	16384	chacabuco
G	16384	chacao
G	16384	chacarita
G	16384	chachapoyas
G	16384	chachoengsao
G	146	chad
G	1	chad curtis
G	1024	chadian
G	1024	chadians
G	16384	chaeryŏng - ŭp
G	16384	chaeryŏng-ŭp
G	16384	chaguanas
G	16384	chai badan
G	16384	chai nat
G	16384	chaihe
G	4096	chairman
G	16384	chaiyaphum
G	16384	chajarí
G	16384	chak azam sahu
G	16384	chak five hundred seventy - five
G	16384	chak five hundred seventy-five
G	16384	chak jhumra
G	16384	chak one hundred twenty nine left
G	16384	chak thirty - one - eleven left
G	16384	chak thirty-one -eleven left
G	16384	chak two hundred forty - nine thal development authority
G	16384	chak two hundred forty-nine thal development authority
G	16384	chakapara
G	16384	chake chake
G	16384	chaklāsi
G	32	chakma
G	32	chakraborty
G	16384	chakradharpur
G	1	chakravarty rangarajan
G	16384	chaksu
G	16384	chakwal
G	16384	chakwama
G	16384	chala
G	16384	chalatenango
G	16384	chalchuapa
G	16384	chalco
G	16384	chalfont saint peter
G	16384	chalinze
G	16384	chalkída
G	16384	challakere
G	16384	challans
G	16384	challapalle
G	8	challenge cup
G	1	chalmers
G	16384	chalmette
G	16384	chalon - sur - saône
G	16384	chalon-sur-saône
G	16384	chalāla
G	16384	cham
G	16384	chamalières
G	16384	chaman
G	16384	chamartín
G	16384	chamba
G	16384	chambas
G	4	chamber of economy
G	16384	chambersburg
G	16384	chamberí
G	16384	chamblee
G	16384	chambly
G	16384	chambéry
G	1	chaminda vaas
G	257	chamorro
G	16384	champaign
G	16384	champigny - sur - marne
G	16384	champigny-sur-marne
G	16384	champlin
G	16384	champotón
G	16384	champs - sur - marne
G	16384	champs-sur-marne
G	16384	chamrajnagar
G	32	chan
G	1	chan chia fong
G	16384	chancay
G	4096	chancellor
G	32	chand
G	1	chanda rubin
G	16384	chandannagar
G	16384	chandauli
G	16384	chanderi
G	16386	chandigarh
G	16384	chandler
G	16	chandra
G	1	chandra sturrup
G	16384	chandrakona
G	1	chandrika kumaratunga
G	16384	chanduasi
G	16	chanelle
G	33	chang
G	16384	changanācheri
G	16448	changchun
G	16384	changde
G	16384	changji
G	16384	changleng
G	16384	changli
G	16384	changling
G	16384	changnyeong
G	16384	changping
G	16384	changqing
G	16448	changsha
G	16384	changshu city
G	16384	changsu
G	16384	changtu
G	16384	changuinola
G	16384	changwon
G	16384	changyŏn
G	16384	changzhi
G	16448	changzhou
G	16384	chanhassen
G	16384	chanika
G	16384	chaniá
G	16384	channagiri
G	16384	channapatna
G	16384	channarāyapatna
G	2	channel islands
G	4	channel two
G	16384	channelview
G	16	chantal
G	16	chantelle
G	16384	chanthaburi
G	16384	chantilly
G	16384	chaohu
G	1	chaouch
G	16384	chaoyang
G	16384	chaozhou
G	16384	chapadinha
G	16384	chapala
G	16384	chaparral
G	16384	chapayevsk
G	16384	chapecó
G	16384	chapel allerton
G	16384	chapel hill
G	16384	chapeltown
G	32	chapman
G	8	chapter 11
G	16384	char bhadrāsan
G	16384	charallave
G	16384	charata
G	16	charbel
G	16384	chardara
G	16384	charef
G	16384	charenton - le - pont
G	16384	charenton-le-pont
G	16384	charikar
G	16	charis
G	16	charissa
G	16384	charkhi dādri
G	16384	charkhāri
G	16	charla
G	16	charlena
G	16	charlene
G	16390	charleroi
G	17	charles
G	1	charles austin
G	1	charles bauza donwahi
G	1	charles mcgilley
G	1	charles nagy
G	1	charles taylor
G	16386	charleston
G	16	charlette
G	16384	charleville - mézières
G	16384	charleville-mézières
G	16	charley
G	16	charlie
G	16400	charlotte
G	16384	charlotte amalie
G	512	charlotte hornets
G	16384	charlottenburg
G	16384	charlottenburg - nord
G	16384	charlottenburg-nord
G	16384	charlottenlund
G	16384	charlottesville
G	16640	charlottetown
G	4	charlton
G	16	charmaine
G	1	charmaine crooks
G	16384	charneca de caparica
G	16384	charqueadas
G	16384	charsadda
G	4	chart thai
G	16384	charthāwal
G	16384	chartres
G	1	charvet
G	16	chas
G	16	chase
G	4	chase securities inc.
G	16384	chaska
G	16384	chatan
G	16640	chatham
G	1	chatichai choonhavan
G	16384	chato
G	16384	chatou
G	16384	chatrapur
G	16384	chatrā
G	16384	chatswood
G	16384	chatsworth
G	16384	chattanooga
G	32	chatterjee
G	64	chattogram
G	32	chattopadhyay
G	2048	chaucer
G	16384	chaudfontaine
G	32	chaudhry
G	16384	chauk
G	16384	chaumont
G	16384	chaupimarca
G	2	chavakachcheri
G	1	chavalit yongchaiyudh
G	16384	chaves
G	32	chavez
G	16384	chaville
G	65536	chavista
G	65536	chavistas
G	16384	chawinda
G	16384	chaykovskiy
G	16384	chaïdári
G	32	che
G	16384	cheadle hulme
G	1	cheah soon kit
G	16384	cheb
G	16384	chebba
G	16384	chebli
G	16384	cheboksary
G	73728	chechen
G	73728	chechens
G	2097410	chechnya
G	4	checker 's
G	4	checkfree
G	4	checkfree corp
G	16	chedeline
G	16384	cheektowaga
G	16384	chefchaouene
G	16384	chegem
G	16384	chegutu
G	16384	chekhov
G	16384	chelak
G	16384	chelghoum el aïd
G	16384	chelles
G	16640	chelmsford
G	16405	chelsea
G	1	chelsea clinton
G	16	chelsey
G	16640	cheltenham
G	16384	chelyabinsk
G	16384	chemini
G	4	chemlon humenne
G	16384	chemmumiahpet
G	16384	chemnitz
G	32	chen
G	1	chen gang
G	2	chenab
G	16384	chenab nagar
G	16384	chengam
G	16384	chengannūr
G	16384	chengde
G	16448	chengdu
G	16384	chenghua
G	16384	chengtangcun
G	16384	chengyang
G	16448	chengzhong
G	16384	chengzihe
G	16448	chennai
G	16384	chennevières - sur - marne
G	16384	chennevières-sur-marne
G	16384	chennimalai
G	16384	chenzhou
G	16384	chenôve
G	16384	chenārān
G	32	cheon
G	16384	cheonan
G	32	cheong
G	16384	cheongju - si
G	16384	cheongju-si
G	16384	cheongsong gun
G	16384	chepstow
G	16384	chepén
G	16	cher
G	16384	cheraga
G	2	cherbourg
G	16384	cherbourg - octeville
G	16384	cherbourg-octeville
G	16384	cheremkhovo
G	16384	cherepanovo
G	16384	cherepovets
G	16	cheri
G	16384	cheria
G	16	cherie
G	16384	cherkasy
G	256	cherkessia
G	16384	cherkessk
G	16384	chernaya rechka
G	16384	chernihiv
G	16384	chernivtsi
G	16384	chernogolovka
G	16384	chernogorsk
G	4	chernomorets novorossiisk
G	1	chernomyrdin
G	16384	chernushka
G	16384	chernyakhovsk
G	16384	chernyanka
G	16384	cherpulassery
G	16384	cherry hill
G	16384	cherrybrook
G	16384	chertanovo yuzhnoye
G	16384	cherthala
G	16384	chervonohrad
G	16	cheryl
G	16384	cherëmushki
G	16386	chesapeake
G	4	chesapeake police department
G	16384	chesham
G	16384	cheshire
G	16384	cheshunt
G	16384	chessington
G	16404	chester
G	16384	chester - le - street
G	16386	chester-le-street
G	16390	chesterfield
G	16	chet
G	16384	chetouane
G	16384	chetput
G	16384	chettipālaiyam
G	16384	chetumal
G	16384	chetwayi
G	33	cheung
G	1	cheung siu man
G	4	cheuvreux de virieu
G	4	cheveley park stud
G	16384	chevilly - larue
G	16384	chevilly-larue
G	512	chevron
G	4	chevron corp
G	512	chevy
G	16400	cheyenne
G	16384	cheyyar
G	16384	chełm
G	16384	chełmno
G	16384	chełmża
G	16384	chhabra
G	16384	chhala
G	16384	chhaprauli
G	16384	chharra
G	16384	chhatarpur
G	256	chhattisgarh
G	16384	chhibrāmau
G	16384	chhindwāra
G	16384	chhor
G	16384	chhota udepur
G	16384	chhoti sādri
G	16384	chhāgalnāiya
G	16384	chhāpar
G	16384	chhāta
G	16384	chhātak
G	16384	chhātāpur
G	16384	chiaia
G	16384	chiaiano
G	16448	chiang mai
G	16384	chiang rai
G	16384	chiapa de corzo
G	258	chiapas
G	16384	chiari
G	1	chiate
G	16384	chiavari
G	16384	chiba
G	16384	chibuto
G	16384	chicacao
G	540742	chicago
G	8	chicago area mills
G	512	chicago bears
G	4	chicago board options exchange
G	512	chicago bulls
G	516	chicago cubs
G	512	chicago fire
G	16384	chicago heights
G	16384	chicago lawn
G	16384	chicago loop
G	4	chicago newsdesk
G	516	chicago white sox
G	16384	chichawatni
G	256	chichen itza
G	16384	chichester
G	16384	chichibu
G	16384	chichicastenango
G	16384	chichigalpa
G	16384	chicholi
G	16384	chichén - itzá
G	16384	chichén-itzá
G	512	chick fil a
G	16384	chickasha
G	16384	chiclana de la frontera
G	16384	chiclayo
G	16384	chico
G	16384	chicoloapan
G	16384	chiconcuac
G	16384	chicopee
G	16384	chicureo abajo
G	16384	chidambaram
G	16384	chidawa
G	16384	chieri
G	16384	chieti
G	4	chievo
G	16384	chifeng
G	16384	chiffa
G	16384	chigasaki
G	16384	chignahuapan
G	16384	chigorodó
G	16384	chiguayante
G	16642	chihuahua
G	16384	chik ballāpur
G	16384	chikhli
G	16384	chikmagalūr
G	16384	chiknāyakanhalli
G	16384	chikodi
G	16384	chikushino - shi
G	16384	chikushino-shi
G	16384	chilakalūrupet
G	16384	chilapa de álvarez
G	16384	chilaw
G	524418	chile
G	9216	chilean
G	1024	chileans
G	16384	chilecito
G	1	chili davis
G	16384	chilibre
G	16384	chililabombwe
G	16386	chillicothe
G	16384	chilliwack
G	16384	chillum
G	16384	chillupār
G	16384	chilly - mazarin
G	16384	chilly-mazarin
G	16384	chillán
G	16384	chilmāri
G	16386	chilpancingo
G	1	chiluba
G	16384	chimala
G	16384	chimaltenango
G	16384	chimbarongo
G	16384	chimbas
G	16384	chimbote
G	16384	chimichagua
G	256	chimney rock
G	16384	chimoio
G	524418	china
G	516	china daily
G	4	china national nonferrous metals import and export corp
G	4	china securities
G	8	china-bound
G	16384	chinandega
G	16640	chinatown
G	16384	chinautla
G	16384	chinch'ŏn
G	16384	chincha alta
G	16384	chinchiná
G	16384	chincholi
G	16384	chinde
G	4	chindia tirgoviste
G	9216	chinese
G	1024	chineses
G	16384	chingleput
G	16384	chingola
G	16384	chinhoyi
G	16384	chiniot
G	16384	chinju
G	16384	chinna salem
G	16384	chinnachowk
G	16384	chinnamanūr
G	1	chinnathambi
G	16384	chino
G	16384	chino hills
G	16384	chinoz
G	16384	chintāmani
G	16384	chinú
G	16384	chioggia
G	16384	chios
G	16384	chipata
G	16384	chipinge
G	16384	chipiona
G	16384	chiplūn
G	16384	chippenham
G	16384	chipping sodbury
G	16384	chiquimula
G	1	chiquinho conde
G	16384	chiquinquirá
G	16384	chirchiq
G	16384	chiredzi
G	256	chiricahua
G	16384	chiriguaná
G	4	chiron
G	4	chiron corp
G	16384	chiroqchi
G	16384	chirpan
G	16384	chiryū
G	16384	chisec
G	16384	chishmy
G	16384	chishtian
G	16388	chisinau
G	16384	chislehurst
G	1	chistian
G	16384	chita
G	16384	chitose
G	16384	chitradurga
G	16448	chittagong
G	16384	chittaranjan
G	16384	chittaurgarh
G	16384	chittūr
G	16384	chitungwiza
G	32	chiu
G	16384	chivacoa
G	16384	chivasso
G	16384	chivilcoy
G	16384	chizhou
G	16384	chlef
G	16	chloe
G	16384	cho dok
G	16384	choa saidan shah
G	16384	chocope
G	16384	chodavaram
G	16384	chodzież
G	32	choi
G	16384	choisy - le - roi
G	16384	choisy-le-roi
G	16384	chojnice
G	16384	chok chai
G	16384	chokwé
G	16384	cholargós
G	16384	cholet
G	16384	choloma
G	16384	cholpon - ata
G	16384	cholpon-ata
G	16384	cholula
G	16384	chom bueng
G	16384	choma
G	16384	chomutov
G	16384	chon buri
G	16384	chon daen
G	4	chonan
G	4	chonbuk
G	16384	chone
G	33	chong
G	16384	chongjin
G	16384	chonglong
G	16384	chongoyape
G	16450	chongqing
G	4	chonnam
G	16384	chopda
G	2048	chopin
G	32	chopra
G	16384	chorfa
G	16384	chorley
G	4	chornomorets
G	4	chornomorets odessa
G	16384	chortkiv
G	16384	chortoq
G	2	chorzow
G	16384	chorzów
G	16384	chosica
G	16384	choszczno
G	16384	chotila
G	33	choudhury
G	32	choung
G	32	chow
G	16384	chowchilla
G	32	chowdhury
G	32	choy
G	16	chris
G	1	chris boardman
G	1	chris hoiles
G	1	chris lewis
G	1	chris patten
G	1	chris rutter
G	1	chris walker
G	1	chris widness
G	1	chris woodruff
G	1	chris zuleeg
G	16	chrissy
G	524288	christ
G	16	christa
G	16	christal
G	16450	christchurch
G	16	christen
G	32	christensen
G	532480	christian
G	2048	christian bale
G	1	christian cevaer
G	1	christian cullen
G	8	christian maronite
G	1	christian meidlinger
G	1	christian rudd
G	1	christian ruud
G	1	christian ruuttu
G	1	christian springer
G	1	christian ziege
G	16400	christiana
G	16	christiane
G	532480	christians
G	16384	christiansburg
G	32	christiansen
G	17	christie
G	16	christina
G	1	christina singer
G	16	christine
G	1	christine magnusson
G	1	christine wachtel
G	128	christmas island
G	16	christoph
G	16	christophe
G	1	christophe bonvin
G	1	christophe capelle
G	1	christophe impens
G	1	christophe ohrel
G	16	christopher
G	1	christopher reeve
G	1	christopher wreh
G	16	christos
G	16	christy
G	16384	chrudim
G	16	chrystal
G	1	chryste gaines
G	16384	chrzanów
G	16384	chu
G	1	chua
G	1	chua jui
G	16384	chubek
G	16384	chuchar - kana mandi
G	16384	chuchar-kana mandi
G	16	chuck
G	1	chuck adams
G	1	chuck finley
G	16384	chudovo
G	16384	chuhar jamali
G	16384	chuhuyiv
G	16384	chula vista
G	16384	chulucanas
G	16384	chum phae
G	16384	chumphon
G	16384	chuncheon
G	32	chung
G	16384	chunghwa
G	16384	chunian
G	16384	chunskiy
G	16384	chunār
G	16384	chur
G	32768	churchill
G	16384	churāchāndpur
G	16384	chusovoy
G	16384	chust
G	256	chuuk
G	65536	chuvash
G	65536	chuvashes
G	256	chuvashia
G	16384	chuzhou
G	32	chwe
G	2048	chyna
G	16384	chystyakove
G	16384	châlons - en - champagne
G	16384	châlons-en-champagne
G	16384	château - thierry
G	16384	château-thierry
G	16384	châteaudun
G	16384	châteauguay
G	16384	châteauroux
G	16384	châtelet
G	16384	châtellerault
G	16384	châtenay - malabry
G	16384	châtenay-malabry
G	16384	châtillon
G	16384	chã grande
G	16384	chía
G	16384	chākan
G	16384	chākia
G	16384	chālisgaon
G	16384	chālūs
G	16384	chāmpa
G	16384	chānasma
G	16384	chānda
G	16384	chāndor
G	16384	chāndpur
G	16384	chāndur
G	16384	chāndūr
G	16384	chāndūr bāzār
G	16384	chāpar
G	16384	chāpra
G	16384	chās
G	16384	chāībāsa
G	16384	chīpurupalle
G	16384	chīrāla
G	16384	chītāpur
G	16384	chōfu
G	16384	chŏngju
G	16384	chūru
G	1049088	cia
G	16384	ciamis
G	16384	ciampea
G	16384	ciampino
G	16384	cianorte
G	16	ciara
G	16	ciaran
G	16384	cibinong
G	16384	cibolo
G	16384	cicero
G	16384	cicurug
G	16384	ciechanów
G	16384	ciego de ávila
G	16384	ciempozuelos
G	16384	cienfuegos
G	16384	cieplice śląskie zdrój
G	16	cierra
G	16384	cieszyn
G	16384	cieza
G	16384	cifuentes
G	16384	cihuatlán
G	16384	cikampek
G	16384	cikarang
G	16384	cikupa
G	16384	cileungsir
G	16384	cileunyi
G	1	ciller
G	16384	cimahi
G	16384	cimarron hills
G	4	ciments blancs
G	4	ciments libanais
G	1	cimicchi
G	16384	cimin
G	16388	cincinnati
G	512	cincinnati bengals
G	516	cincinnati reds
G	4	cinco dias
G	16384	cinco ranch
G	16384	cinco saltos
G	1	cindana
G	16	cindi
G	16	cindy
G	16384	cinisello balsamo
G	16384	cintalapa de figueroa
G	32	ciobanu
G	16384	cipolletti
G	16384	ciputat
G	4	ciputra development
G	16384	ciranjang - hilir
G	16384	ciranjang-hilir
G	16384	circasia
G	65536	circassian
G	65536	circassians
G	16384	cirebon
G	16384	cirencester
G	1	ciriaco sforza
G	16384	ciriè
G	16384	ciro redondo
G	6	cis
G	512	cisco
G	512	cisco systems
G	16384	cisnădie
G	16384	cisterna di latina
G	16384	citeureup
G	512	citigroup
G	16384	citrus heights
G	16384	citrus park
G	16384	città di castello
G	4	city
G	16384	city center
G	16384	city of balikpapan
G	16384	city of isabela
G	16384	city of sammamish
G	16384	city of westminster
G	16384	ciudad acuña
G	16384	ciudad altamirano
G	16384	ciudad apodaca
G	16384	ciudad benito juárez
G	16384	ciudad bolívar
G	16384	ciudad camilo cienfuegos
G	16384	ciudad choluteca
G	16384	ciudad constitución
G	16384	ciudad de allende
G	16384	ciudad de armería
G	16384	ciudad de huajuapan de león
G	16384	ciudad de huitzuco
G	16384	ciudad de villa de álvarez
G	16384	ciudad del carmen
G	16384	ciudad del este
G	16384	ciudad delicias
G	16384	ciudad fernández
G	16384	ciudad general escobedo
G	16384	ciudad guadalupe victoria
G	16384	ciudad guayana
G	16384	ciudad guzmán
G	16384	ciudad hidalgo
G	16384	ciudad lerdo
G	16384	ciudad lineal
G	16384	ciudad lázaro cárdenas
G	16384	ciudad lópez mateos
G	16384	ciudad madero
G	16384	ciudad mante
G	16384	ciudad melchor múzquiz
G	16384	ciudad mendoza
G	16384	ciudad miguel alemán
G	16384	ciudad nezahualcoyotl
G	16384	ciudad nueva
G	16384	ciudad obregón
G	16384	ciudad real
G	16384	ciudad río bravo
G	16384	ciudad sabinas hidalgo
G	16384	ciudad sahagun
G	16384	ciudad sandino
G	16384	ciudad serdán
G	16384	ciudad valles
G	16384	ciudad victoria
G	16384	ciudad vieja
G	16384	ciutadella
G	16384	ciutat vella
G	4	civil defence and coast guard
G	8	civil war
G	4	civil war conservation corps
G	16384	civitanova marche
G	16384	civitavecchia
G	16384	cizre
G	16384	ciénaga
G	16384	ciénaga de oro
G	16384	ciénega de flores
G	8	cjd
G	4	ckd praha holding
G	16384	clacton - on - sea
G	16384	clacton-on-sea
G	16	clair
G	16	claire
G	16384	clamart
G	16	clara
G	16	clare
G	16384	claremont
G	16384	claremore
G	16	clarence
G	16384	clarence - rockland
G	1	clarence rose
G	1	clarence seedorf
G	16384	clarence-rockland
G	16	clarice
G	16	claris
G	16	clarissa
G	262176	clark
G	16384	clark - fulton
G	16384	clark-fulton
G	32	clarke
G	16386	clarksburg
G	16384	clarksdale
G	16384	clarksville
G	16	claude
G	1	claude lelouche
G	16	claudette
G	16	claudia
G	16	claudine
G	16	claudio
G	1	claudio moura
G	17	claus
G	1	claus manne nielsen
G	16384	clausthal - zellerfeld
G	16384	clausthal-zellerfeld
G	1	claverie
G	16	clay
G	16400	clayton
G	8	clean air act
G	16384	clearfield
G	16384	clearlake
G	16640	clearwater
G	16384	cleburne
G	16384	cleckheaton
G	16384	cleethorpes
G	17	clemens
G	16	clement
G	16384	clement town
G	16384	clemmons
G	16384	clemson
G	16	cleo
G	16	cleopatra
G	16384	clermont
G	16384	clermont - ferrand
G	16384	clermont-ferrand
G	16	cletus
G	16384	clevedon
G	16454	cleveland
G	512	cleveland browns
G	512	cleveland cavaliers
G	512	cleveland guardians
G	16384	cleveland heights
G	516	cleveland indians
G	4	cleveland newsdesk
G	16384	cleveleys
G	16384	clichy
G	16384	clichy - sous - bois
G	16384	clichy-sous-bois
G	16	clifford
G	16384	cliffside park
G	16400	clifton
G	16	clint
G	280577	clinton
G	4	clinton and cedar rapids
G	16384	clinton township
G	16400	clive
G	16384	cloppenburg
G	16384	clorinda
G	16384	closepet
G	16	clotilde
G	512	cloudflare
G	16384	cloverleaf
G	16384	cloverly
G	16384	clovis
G	16384	cluain meala
G	4	club brugge
G	16384	cluj - napoca
G	16384	cluj-napoca
G	16384	cluses
G	16384	clydach
G	20	clyde
G	16388	clydebank
G	16384	cláudio
G	4096	cmdr
G	4	cme
G	4	cnb
G	8	cnb-120
G	4	cne
G	4	cniec
G	1573380	cnn
G	4	cnr
G	2	co
G	16384	coacalco
G	4096	coach
G	16384	coachella
G	256	coahuila
G	16384	coalinga
G	4	coalition
G	16384	coalville
G	16384	coaraci
G	16384	coari
G	4	coast guard
G	16384	coatbridge
G	16384	coatepec
G	16384	coatepeque
G	16384	coatzacoalcos
G	16384	coatzintla
G	16384	cobham
G	16384	cobija
G	16384	cobourg
G	16384	coburg
G	16384	cobán
G	512	coca cola
G	16384	cochabamba
G	16384	cochin
G	16384	cochrane
G	16384	cockeysville
G	512	coco chanel
G	16384	cocoa
G	16384	coconut creek
G	16384	coconut grove
G	128	cocos (keeling) islands
G	128	cocos islands
G	128	cocosislands
G	1	cocu
G	4	codelco
G	16384	codlea
G	16	cody
G	16384	codó
G	16384	coelho neto
G	16384	coesfeld
G	1	coetzee
G	1	coetzer
G	16384	coeur d'alene
G	16384	coffs harbour
G	4	cofinec
G	4	cofinec s.a.
G	16384	cofradía
G	16384	cogan
G	16384	cognac
G	32	cohen
G	16384	cohoes
G	16384	coimbatore
G	16384	coimbra
G	512	coinbase
G	16384	coishco
G	16384	coity
G	16384	cojutepeque
G	2	col
G	16384	col. bosques de las lomas
G	16384	colachel
G	16384	colatina
G	16	colby
G	16646	colchester
G	131072	cold war
G	512	coldplay
G	16	cole
G	16384	cole harbour
G	16	coleen
G	16384	colegiales
G	32	coleman
G	16384	coleraine
G	16	colette
G	16384	colfontaine
G	512	colgate
G	16384	colgong
G	16640	colima
G	16	colin
G	1	colin edwards
G	1	colin hope
G	1	colin jackson
G	1	colin mcrae
G	1	colin montgomerie
G	16384	colinas
G	16384	collado - villalba
G	16384	collado-villalba
G	16384	colle di val d'elsa
G	16	colleen
G	1	colleen siegel
G	16384	colleferro
G	16384	college park
G	16384	college point
G	16384	college station
G	16384	collegno
G	1	colleter
G	16384	colleyville
G	16384	collierville
G	16	collin
G	1	collin dugmore
G	1	collinelli
G	2	collingtree park
G	16644	collingwood
G	32	collins
G	16384	collinsville
G	16384	collinwood
G	16384	collipulli
G	4	collstrop
G	16384	colmar
G	16384	colmenar viejo
G	16384	colne
G	256	colo
G	2	colo .
G	70	cologne
G	16384	cologno monzese
G	16384	colomadu
G	16384	colomba
G	16384	colombes
G	16514	colombia
G	9216	colombian
G	9216	colombians
G	16450	colombo
G	16384	colomiers
G	4	colon
G	4096	colonel
G	16384	colonelganj
G	16384	colonia
G	16384	colonia del sacramento
G	16384	colonia del sol
G	16384	colonia del valle
G	16384	colonia lindavista
G	16384	colonia nativitas
G	16384	colonial heights
G	1	colonna
G	16646	colorado
G	4	colorado christian home
G	4	colorado health fac .
G	512	colorado rapids
G	516	colorado rockies
G	16384	colorado springs
G	256	colosseum
G	1	coltart
G	16400	colton
G	540672	columbia
G	16384	columbia heights
G	2	columbia presbyterian hospital
G	4	columbia university
G	16384	columbine
G	16384	columbus
G	512	columbus crew sc
G	16384	colwyn bay
G	16384	colón
G	16384	comal
G	16384	comalapa
G	16384	comalcalco
G	16384	comayagua
G	16384	combs - la - ville
G	16384	combs-la-ville
G	512	comcast
G	4096	comdr
G	8	cometra et al morinville 11-13
G	12	comex
G	294912	comey
G	16384	comilla
G	16384	comiso
G	16384	comitancillo
G	16384	comitán
G	16386	commack
G	16384	commerce city
G	4	commission
G	8	commission regulation
G	4	commodity credit corp of usda
G	4	commonwealth
G	2	commonwealth of independent states
G	8192	communist
G	1048576	communist party
G	4	communist united marxist-leninist
G	8	communist-led
G	8	community customs code
G	2	community of madrid
G	16384	como
G	16384	comodoro rivadavia
G	16384	comonfort
G	128	comoros
G	4	companion building material
G	4	companion marble
G	512	compaq
G	16384	compiègne
G	16384	compostela
G	8	comprehensive test ban treaty
G	16640	compton
G	4	compuserve corp
G	16384	comrat
G	16384	comé
G	16384	comăneşti
G	16450	conakry
G	2048	conan
G	16384	concarneau
G	16384	conceição da barra
G	16384	conceição da feira
G	16384	conceição das alagoas
G	16384	conceição do araguaia
G	16384	conceição do coité
G	16384	conceição do jacuípe
G	16400	concepcion
G	16384	concepcion ibaba
G	16384	concepción
G	16384	concepción de la vega
G	16384	concepción del uruguay
G	16384	conception bay south
G	16384	conchal
G	1	conchita martinez
G	16384	concord
G	16384	concordia
G	16384	concórdia
G	16384	condado
G	16385	conde
G	16384	condeixa - a - nova
G	16384	condeixa-a-nova
G	16384	conegliano
G	16384	coney island
G	4	confederation of british industry
G	4	conference board
G	8	conference on disarmament
G	16384	conflans - sainte - honorine
G	16384	conflans-sainte-honorine
G	2048	confucius
G	16384	congleton
G	524418	congo
G	128	congo brazzaville
G	1024	congolese
G	1024	congoleses
G	16384	congonhas
G	524292	congress
G	16384	conil de la frontera
G	16384	conisbrough
G	256	conn
G	256	connecticut
G	16	connie
G	16	connor
G	16	conor
G	16	conrad
G	16384	conroe
G	1	conroy
G	16384	conselheiro lafaiete
G	4	conservative new democracy
G	1048576	conservative party
G	16384	consett
G	16384	consolacion
G	16384	consolación del sur
G	4	consolidated financial data
G	524288	consortiumnews.com
G	16	constance
G	1	constand viljoen
G	64	constanta
G	16	constantin
G	16384	constantine
G	1	constantine mitsotakis
G	16402	constanza
G	16384	constanţa
G	16384	constitución
G	524288	constitution.com
G	4	constitutional rights project
G	4	construction industry council
G	4	constructorol
G	4	constructorul
G	4	constructorul chisinau
G	16	consuelo
G	16384	contagem
G	16384	contai
G	1	conte
G	32	conti
G	4	continental
G	4	continental ag
G	16384	contla
G	16384	contramaestre
G	32	contreras
G	16384	conversano
G	16384	converse
G	16384	conway
G	16384	conyers
G	16384	coogee
G	128	cook islands
G	32	cooke
G	16384	cookeville
G	2	coolee city
G	2048	coolio
G	16384	coon rapids
G	16384	coondapoor
G	33	cooper
G	16384	cooper city
G	4	cooperative
G	4	cooperative bank
G	4	cooperative bank of taiwan
G	4	coopers and lybrand
G	4	coordinate of ecumenical service
G	16384	coorparoo
G	512	coors
G	16384	coos bay
G	16384	copacabana
G	16450	copenhagen
G	16384	copertino
G	16384	copiague
G	16384	copiapó
G	8	copland
G	16384	coppell
G	4	copper and brass servicenter association
G	16384	copperas cove
G	1	coppinger
G	16384	coquimbo
G	16384	coquitlam
G	524288	cor
G	1	cor euser
G	16	cora
G	16384	corabia
G	16384	coral gables
G	16384	coral springs
G	16384	coral terrace
G	16	coralie
G	16384	coralville
G	16384	coram
G	16384	corato
G	16384	corbeil - essonnes
G	16384	corbeil-essonnes
G	16384	corby
G	32800	corbyn
G	65536	corbynite
G	65536	corbynites
G	16384	corcoran
G	16384	cordeiro
G	16384	cordeirópolis
G	16	cordelia
G	16384	cordenons
G	64	cordoba
G	16384	cordova
G	16	corey
G	1	corey pavin
G	1	corey pointer
G	16384	corfu
G	16	cori
G	16384	coria del río
G	16384	corigliano scalo
G	16	corina
G	1	corina morariu
G	16	corine
G	16	corinna
G	16	corinne
G	16384	corinth
G	4	corinthians
G	16384	corinto
G	16384	corio
G	4	coritiba
G	16449	cork
G	16384	cormano
G	16384	cormeilles - en - parisis
G	16384	cormeilles-en-parisis
G	16384	cornaredo
G	16	cornelia
G	16	cornelis
G	16400	cornelius
G	16384	cornellà de llobregat
G	16384	corner brook
G	16640	cornwall
G	16384	cornélio procópio
G	16384	coro
G	16384	coroatá
G	16384	coromandel
G	16384	corona
G	16384	coronado
G	131072	coronavirus
G	16384	coronda
G	16384	coronel
G	16384	coronel fabriciano
G	16384	coronel oviedo
G	16384	coronel suárez
G	16384	coronel vivida
G	16384	corozal
G	4	corporacion venezolana de guayana
G	16384	corpus christi
G	16384	corralillo
G	32	correa
G	4	correction department
G	16384	correggio
G	32	correia
G	16384	corrientes
G	16	corrine
G	16384	corroios
G	1	corser
G	258	corsica
G	8	corsican
G	16384	corsicana
G	16384	corsico
G	16384	cortazar
G	16384	cortland
G	16384	corumbá
G	16384	coruripe
G	16384	corvallis
G	16384	corvera de asturias
G	16	cory
G	16384	cosamaloapan
G	16384	coscomatepec de bravo
G	16388	cosenza
G	16384	coslada
G	16384	cosmópolis
G	16384	cosoleacaque
G	16384	cosquín
G	65536	cossack
G	65536	cossacks
G	32	costa
G	16384	costa mesa
G	130	costa rica
G	2	costa rica-nicaragua
G	8	costa rican
G	4	costa rican volcanic and seismologicial observatory
G	4	costain
G	4	costain group plc
G	1	costantino rocca
G	1	costas simitis
G	1	costas skandalidis
G	512	costco
G	1	costis stephanopoulos
G	1	costis stephnopoulos
G	16384	coswig
G	16384	cotabato
G	128	cote d'ivoire
G	128	cote de ivoire
G	16384	cotia
G	16384	cotoca
G	16384	cotonou
G	16384	cottage grove
G	16384	cottage lake
G	16384	cottbus
G	16384	cottonwood heights
G	16384	cotuí
G	16384	coudekerque - branche
G	16384	coudekerque-branche
G	1	coughlan
G	16384	coulommiers
G	16384	coulsdon
G	4	council
G	16384	council bluffs
G	4	council of europe
G	8	council regulation
G	16384	country club
G	16384	country club hills
G	16384	country walk
G	2	county antrim
G	8	county championship
G	2	county tipperary
G	1	couples
G	16384	courbevoie
G	16384	courcelles
G	16384	cournon - d'auvergne
G	16384	cournon-d'auvergne
G	16384	courtenay
G	16	courtney
G	1	courtney walsh
G	16	courtni
G	16	courtny
G	1	courtois
G	16384	couëron
G	16384	cova figueira
G	16644	coventry
G	131072	covid
G	131072	covid-19
G	16384	covilhã
G	16384	covina
G	16384	covington
G	16384	cové
G	4	cowdenbeath
G	16384	cowes
G	16384	cowley
G	32	cox
G	16384	coxim
G	16384	coyah
G	16384	coyhaique
G	16384	coyoacán
G	16384	coyotepec
G	16384	coyula
G	1	cozma
G	16384	cozumel
G	16384	coín
G	8	cpi
G	4096	cpl
G	16384	cradock
G	16	craig
G	1	craig brown
G	1	craig dowd
G	1	craig evans
G	1	craig held
G	1	craig maclean
G	1	craig matthews
G	1	craig parry
G	1	craig stadler
G	1	craig stromme
G	1	craig wishart
G	16384	craigavon
G	16384	craigieburn
G	512	craigslist
G	16384	crailsheim
G	16448	craiova
G	16384	cramlington
G	16384	cran - gevrier
G	16384	cran-gevrier
G	16384	cranberry township
G	16384	cranbourne
G	16384	cranbourne east
G	16384	cranbourne north
G	16384	cranbrook
G	16384	cranebrook
G	16384	cranendonck
G	16384	cranford
G	16384	cranston
G	16384	crateús
G	16384	crato
G	16384	cravinhos
G	32	crawford
G	16384	crawfordsville
G	16385	crawley
G	524288	create
G	4	credit rating and information systems ltd
G	4	credit suisse
G	512	creedence clearwater revival
G	2	creedmoor
G	16384	creil
G	16384	crema
G	16384	cremona
G	4	cremonese
G	256	cres
G	16384	crespo
G	16384	crest hill
G	16384	crestview
G	8	creutzfeldt-jakob disease
G	16384	creve coeur
G	16384	crevillente
G	16388	crewe
G	4	crh
G	4	criciuma
G	16384	criciúma
G	4	cricuma
G	2097408	crimea
G	65536	crimean
G	65536	crimean tatar
G	65536	crimean tatars
G	65536	crimeans
G	4	criminal investigation department
G	16384	crimmitschau
G	16	cristal
G	16384	cristalina
G	16	cristiano
G	16	cristina
G	1	cristina torrens-valero
G	16	cristobal
G	32	crivelli
G	9216	croat
G	130	croatia
G	2	croatia-yugoslavia
G	9216	croatian
G	9216	croatians
G	1024	croats
G	1	croft
G	16384	crofton
G	1	crohn
G	16384	croix
G	16384	croix - des - bouquets
G	16384	croix-des-bouquets
G	16388	cronulla
G	16384	crosby
G	8	crossfire
G	512	crossrail
G	16384	crotone
G	16384	crowborough
G	16384	crown point
G	16384	crowthorne
G	16640	croydon
G	4	crp
G	16384	crucecita
G	16384	cruces
G	1	cruise
G	1	cruyff
G	262176	cruz
G	16384	cruz alta
G	4	cruz azul
G	16384	cruz das almas
G	16384	cruz del eje
G	16388	cruzeiro
G	16384	cruzeiro do oeste
G	16384	cruzeiro do sul
G	4	crvena zvezda
G	16384	crystal
G	16384	crystal lake
G	4	crystal palace
G	16384	crépy - en - valois
G	16384	crépy-en-valois
G	16384	créteil
G	4	csepel
G	4	cska
G	4	cska kiev
G	4	cska moscow
G	16384	csongrád
G	8	ctbt
G	2048	cthulhu
G	16384	cuamba
G	16384	cuauhtémoc
G	16384	cuautepec de hinojosa
G	16384	cuautitlán
G	16384	cuautitlán izcalli
G	16384	cuautla
G	16384	cuautlancingo
G	524418	cuba
G	9216	cuban
G	131072	cuban missile crisis
G	9216	cubans
G	16384	cubatão
G	4	cubs
G	16384	cudahy
G	16384	cuddalore
G	16384	cuddapah
G	16384	cuenca
G	16384	cuernavaca
G	16384	cueto
G	16384	cugir
G	16384	cugnaux
G	16384	cuiabá
G	16384	cuilapa
G	16384	cuito
G	16384	cukai
G	4	cukaricki
G	4	cukurova
G	16384	culemborg
G	1	culhane
G	16384	culiacán
G	16384	cullera
G	16384	culleredo
G	16384	cullinan
G	16384	cullman
G	16384	culpeper
G	2	culpepper
G	8	cultural revolution
G	16384	culver city
G	16384	cumanayagua
G	16384	cumaná
G	16384	cumaribo
G	16384	cumberland
G	16384	cumbernauld
G	256	cumbria
G	16384	cumbum
G	16384	cuncolim
G	16384	cunduacán
G	16384	cuneo
G	16384	cung kiệm
G	32	cunningham
G	8	cup
G	8	cup winners ' cup
G	8	cup winners cup
G	16384	cupertino
G	16384	cupira
G	128	curacao
G	16384	curanilahue
G	128	curaçao
G	16384	curchorem
G	16384	curepipe
G	16384	curicó
G	16450	curitiba
G	16384	curitibanos
G	16384	currais novos
G	16384	curridabat
G	1	currin
G	16	curt
G	16384	curtea de argeş
G	16	curtis
G	1	curtis fleming
G	1	curtis lee white ii
G	16384	curug
G	16384	curumaní
G	16384	curundú
G	16384	curup
G	16384	cururupu
G	16384	curuzú cuatiá
G	16384	curvelo
G	16384	cusano
G	16384	cuscatancingo
G	16384	cusco
G	16384	custoias
G	16384	custódia
G	16384	cutler
G	16384	cutler bay
G	16384	cutler ridge
G	16384	cutral - có
G	16384	cutral-có
G	16384	cuttack
G	16384	cuxhaven
G	16384	cuyahoga falls
G	4	cvg
G	4	cvrd
G	16384	cwmbran
G	1	cy young
G	16384	cyangugu
G	16	cyndi
G	16	cynthia
G	1	cynthia mckinney
G	16384	cypress
G	16384	cypress hills
G	1	cyprien
G	130	cyprus
G	4	cyprus grain commission
G	8	cyprus-based
G	16	cyril
G	16	cyrus
G	9218	czech
G	4	czech national bank
G	130	czech republic
G	1024	czeches
G	128	czechia
G	2097152	czechoslovakia
G	16384	czechowice - dziedzice
G	16384	czechowice-dziedzice
G	16384	czeladź
G	16384	czerwionka - leszczyny
G	16384	czerwionka-leszczyny
G	16384	częstochowa
G	16384	cà mau
G	16384	cáceres
G	16384	cárdenas
G	16384	cártama
G	16384	cát bà
G	16384	câmara de lobos
G	16384	câmpia turzii
G	16384	câmpina
G	16384	câmpulung moldovenesc
G	16384	cândido mota
G	16384	cícero dantas
G	16384	córdoba
G	16384	côte - saint - luc
G	128	côte d'ivoire
G	16384	côte-saint-luc
G	16384	cúa
G	16384	cúcuta
G	16384	căuşeni
G	16384	cēsis
G	16384	cần giuộc
G	16384	cần giờ
G	16384	cần thơ
G	16384	cẩm phả mines
G	16384	củ chi
G	1	d. cork
G	1	d. cox
G	1	d. flemming
G	1	d. fulton
G	1	d. gough
G	1	d. headley
G	1	d. millns
G	1	d. ripley
G	1	d. robinson
G	1	d.a. weibring
G	4	d.c. coalition against domestic violence
G	16384	da nang
G	16	daan
G	16384	dabas
G	16384	dabhoi
G	16384	daboh
G	16384	dabou
G	16384	dabra
G	16384	dabwāli
G	4	dac dunajska streda
G	16384	dachau
G	16384	dachnoye
G	4	dacom
G	4	dacom corp
G	4	dacom international
G	4	dadabhoy investment ( pvt ) ltd
G	16384	dadeldhurā
G	16384	dadhar
G	16448	dadonghai
G	16384	dadu
G	16384	dadukou
G	16448	daegu
G	16448	daejeon
G	16384	daet
G	4	daewoo
G	4	daewoo corp
G	4	daewoo dacom communications
G	4	daewoo group
G	4	daewoo information
G	4	daewoo information systems co ltd
G	16384	dagenham
G	2097408	dagestan
G	65536	dagestani
G	65536	dagestanis
G	16384	dagestanskiye ogni
G	16384	dagomys
G	16384	dagupan
G	16384	dahegām
G	32	dahl
G	1	dahl tomasson
G	16384	dahlem
G	16	dahlia
G	1	dahman
G	2	dahshour
G	1	dai
G	1	dai houying
G	262144	daigle
G	16384	daigo
G	16384	dailekh
G	1048576	daily mail
G	4	daily news
G	4	daily telegraph
G	4	daily variety
G	16384	daimiel
G	512	daimler
G	16	daina
G	16384	daitōchō
G	16384	dajabón
G	16384	dajal
G	16450	dakar
G	16384	dakhla
G	16384	dakoro
G	1	dal maso
G	16384	dalai
G	2049	dalai lama
G	16	dalal
G	16384	dalaman
G	16384	dalandzadgad
G	16	dale
G	16384	dale city
G	16384	dalfsen
G	1	dalglish
G	16384	dali
G	16450	dalian
G	16384	daliang
G	16384	dalianwan
G	16384	daliyat al karmel
G	16384	dalkola
G	540738	dallas
G	512	dallas cowboys
G	512	dallas mavericks
G	1	dally randriantefy
G	16384	dalmine
G	16384	dalnegorsk
G	16384	dalnerechensk
G	16384	daloa
G	16384	dalserf
G	16384	dalsingh sarai
G	18432	dalton
G	16384	daltonganj
G	16384	daly city
G	16384	dam dam
G	16384	daman
G	16384	damanhūr
G	16384	damara
G	16	damaris
G	540738	damascus
G	16384	damaturu
G	16384	damboa
G	16384	dambulla
G	32	damcevski
G	1	damein fleming
G	16	damia
G	16	damian
G	1	damian ejiohuo
G	16	damien
G	1	damien lynch
G	16384	damietta
G	16	damion
G	1	damion easley
G	16384	dammam
G	16384	dammarie - les - lys
G	16384	dammarie-les-lys
G	16384	damme
G	16384	damnoen saduak
G	16384	damoh
G	16	damon
G	1	damon hill
G	16384	dampit
G	16384	damāvand
G	16	dan
G	1	dan dietsch
G	1	dan glickman
G	1	dan jensen
G	1	dan jenson
G	1	dan jewell
G	16384	dan khun thot
G	1	dan pudvah
G	16	dana
G	16384	dana point
G	1	dana rohrabacher
G	16384	danané
G	16384	danao
G	16384	danbury
G	16384	dandeli
G	16384	dandenong
G	16384	dandenong north
G	16384	dandong
G	1024	dane
G	1024	danes
G	16	danette
G	16384	danghara
G	17	dani
G	16384	dania beach
G	16	danica
G	1	danie van schalkwyk
G	16	daniel
G	1	daniel chopra
G	1	daniel ducruet
G	1	daniel komen
G	1	daniel levy
G	1	daniel nestor
G	1	daniel vacek
G	1	daniel westlake
G	16	daniela
G	16	daniele
G	1	daniele polverino
G	16	daniella
G	16	danielle
G	1	danielle murray
G	32	daniels
G	32	danielsen
G	16	danika
G	16	danilo
G	16384	danilov
G	8	danish
G	16	daniz
G	16384	danjiangkou
G	16384	dankov
G	32	dankula
G	16384	danlí
G	16	danny
G	1	danny blind
G	1	danny rose
G	1	danny theybers
G	16384	danshui
G	2048	dante
G	1	dante bichette
G	256	danube
G	1	danut lupu
G	16384	danvers
G	16384	danville
G	16384	daokou
G	1	daoud
G	1	daoud makkawi
G	16384	daoukro
G	16384	dapaong
G	16	daphna
G	16400	daphne
G	16384	dapitan
G	16384	daqing
G	16384	dar chabanne
G	16384	dar chioukh
G	16384	dar el beïda
G	16448	dar es salaam
G	16400	dara
G	16384	darazo
G	16384	darbhanga
G	16	darby
G	16	darcey
G	16	darcie
G	16	darcy
G	16384	dareda
G	16	daren
G	16384	darende
G	16384	dargeçit
G	16384	darhan
G	16	daria
G	16384	darien
G	16	darin
G	16	dario
G	16	darius
G	1	darius milhaud
G	1	dariusz jackiewicz
G	1	dariusz rosati
G	16	darla
G	16	darlena
G	16	darlene
G	16644	darlington
G	16384	darmstadt
G	16384	darnah
G	16	darnell
G	16384	darras hall
G	16384	darreh shahr
G	16	darrel
G	16	darrell
G	16	darren
G	1	darren anderton
G	1	darren gough
G	1	darren mckenzie-potter
G	16	darrin
G	16	darryl
G	1	darryll king
G	1	darryn hill
G	16384	darsi
G	16640	dartford
G	2048	darth vader
G	256	dartmoor
G	16384	dartmouth
G	16384	darton
G	16384	daru
G	16384	darwen
G	18432	darwin
G	16384	darya khan
G	16	daryl
G	1	daryll cullinan
G	16384	daryāpur
G	1	das
G	1	daschle
G	16384	dasha
G	16384	dashiqiao
G	16384	dashitou
G	16384	dashtobod
G	16384	daska kalan
G	16384	dasmariñas
G	16384	dasnapur
G	16384	dassa - zoumé
G	16384	dassa-zoumé
G	16384	dasūya
G	16385	date
G	8	dated brent
G	16384	datia
G	16384	datong
G	32	datta
G	16384	datteln
G	16384	dattāpur
G	16384	daud khel
G	16384	daudnagar
G	16448	daugavpils
G	16384	daund
G	16384	daur
G	16384	daura
G	16384	dausa
G	16384	davangere
G	16384	davao
G	16	dave
G	1	dave mcpherson
G	1	dave nilsson
G	1	dave pearson
G	1	dave richardson
G	16385	davenport
G	16384	daventry
G	1	davey johnson
G	16	davi
G	16401	david
G	1	david batty
G	1	david brabham
G	1	david byas
G	1	david caldwell
G	32768	david cameron
G	1	david carter
G	1	david coulthard
G	1	david cowan
G	1	david endt
G	1	david evans
G	1	david gilford
G	1	david ginola
G	1	david harding
G	1	david howell
G	1	david hulse
G	1	david j. russell
G	1	david kelly
G	1	david levy
G	1	david millns
G	1	david nainkin
G	1	david naish
G	1	david prinosil
G	1	david richards
G	1	david rikl
G	1	david rowland
G	1	david segui
G	1	david sesa
G	1	david skoch
G	1	david wheaton
G	1	david williams
G	16	davida
G	32	davidov
G	32	davidson
G	1	davidson ezinwa
G	16384	davie
G	33	davies
G	16	davina
G	278561	davis
G	8	davis cup
G	1	davis kamoga
G	1	davis love
G	16384	davlekanovo
G	16384	davydkovo
G	16384	dawei
G	4	dawn
G	1	dawn bowles
G	16384	dawukou
G	16392	dax
G	8	dax-3o
G	16384	daxi
G	16384	daxing
G	2	dayana
G	16384	daye
G	16	dayle
G	16	dayna
G	16384	dayr al balaḩ
G	16384	dayr mawās
G	16384	dayr ḩāfir
G	16384	dayrūţ
G	16386	dayton
G	16384	daytona beach
G	16384	dazaifu
G	16384	dazhong
G	16384	dazhou
G	16384	daşoguz
G	4	dbrs
G	524288	dc
G	16384	de aar
G	32	de boer
G	32	de groot
G	32	de jong
G	1	de klerk
G	1	de kock
G	32	de la cruz
G	1	de la pena
G	32	de leon
G	32	de luca
G	1	de nooijer
G	16384	de pere
G	33	de silva
G	32	de vries
G	512	dea
G	2	dead sea
G	16384	deal
G	262144	dean
G	1	dean gorre
G	1	dean headley
G	1	dean palmer
G	1	dean richards
G	16	deana
G	16	deandra
G	16	deandre
G	16	deann
G	16	deanna
G	16	deanne
G	16384	dearborn
G	16384	dearborn heights
G	16	deb
G	16384	deba
G	16384	debar
G	16384	debary
G	1	debbah
G	16	debbie
G	1	debbie graham
G	16	debby
G	16384	debila
G	32	debnath
G	16	debora
G	16	deborah
G	16	debra
G	16	debrah
G	16384	debre birhan
G	16384	debre tabor
G	16388	debrecen
G	1	deby
G	16388	decatur
G	524288	december
G	16384	deception bay
G	1	decheiver
G	1	decker
G	16	dede
G	16384	dededo village
G	16384	dedham
G	16384	dedovsk
G	16384	dedza
G	16	dee
G	16384	dee why
G	16	deedee
G	16	deena
G	16	deepak
G	16384	deer park
G	16384	deer valley
G	16384	deerfield
G	16384	deerfield beach
G	16384	deeside
G	512	def leppard
G	4	defence
G	4	defence and aviation
G	4	defence ministry
G	262144	defense
G	16384	defiance
G	2048	degas
G	16384	degema hulk
G	16384	deggendorf
G	16384	degtyarsk
G	16384	dehdasht
G	16384	dehiwala - mount lavinia
G	16384	dehiwala-mount lavinia
G	16384	dehlorān
G	16384	dehra dūn
G	64	dehradun
G	16384	dehri
G	16384	dehui
G	16	deidre
G	16384	deinze
G	16384	deir ez - zor
G	16384	deir ez-zor
G	16	deirdre
G	16384	dej
G	16	dejan
G	1	dejan savicevic
G	1	dejan stefanovic
G	1	dejesus
G	16384	dekalb
G	1	dekker
G	16384	del city
G	1	del harris
G	16384	del pilar
G	16384	del rio
G	16	dela
G	16384	deland
G	16384	delanggu
G	16384	delano
G	16640	delaware
G	16	delbert
G	16384	delbrück
G	16384	delcevo
G	16384	delegación cuajimalpa de morelos
G	16384	delft
G	16384	delfzijl
G	16416	delgado
G	16448	delhi
G	16384	deli tua
G	16	delia
G	32	delic
G	16384	delicias
G	16	delilah
G	16384	delitzsch
G	512	dell
G	16	della
G	1	della noce
G	16384	dellys
G	16384	delmas
G	16384	delmenhorst
G	16384	delmiro gouveia
G	16	delores
G	16	deloris
G	16	delphine
G	16384	delray beach
G	16384	delta
G	16384	delta del tigre
G	16384	deltona
G	16384	delījān
G	8	dem
G	16384	demak
G	16384	demba
G	16384	dembī dolo
G	1	demel
G	16384	demerval lobão
G	16	demetria
G	16	demetrius
G	2048	demi lovato
G	32	demir
G	16384	demirci
G	32	demirovic
G	73728	democrat
G	4	democrat national convention
G	8192	democratic
G	8	democratic convention
G	4	democratic karen buddhist army
G	8	democratic national convention
G	4	democratic national united movement
G	1048580	democratic party
G	128	democratic republic of the congo
G	598016	democrats
G	1	den bakker
G	16384	den chai
G	16384	den helder
G	4	den norske stats oljeselskap as
G	16	dena
G	16384	denain
G	16384	denderleeuw
G	16384	dendermonde
G	16384	dengzhou
G	256	denham
G	1	denham peiris
G	16384	denia
G	16	denice
G	16	denis
G	1	denis irwin
G	16	denise
G	16384	denison
G	16384	denizciler
G	16384	denizli
G	16384	denkanikota
G	524418	denmark
G	16	dennis
G	1	dennis bergkamp
G	1	dennis lillee
G	1	dennis mitchell
G	1	dennis ross
G	16	denny
G	1	denny neagle
G	16384	denov
G	16384	denpasar
G	16384	denton
G	16449	denver
G	512	denver broncos
G	512	denver nuggets
G	2048	denzel washington
G	16384	deoband
G	16384	deogarh
G	16384	deoli
G	16384	deolāli
G	16	deon
G	1	deon hemmings
G	16384	deoraniān
G	16384	deori khās
G	16384	deoria
G	262144	department
G	4	department of humanitarian affairs
G	4	department of transport
G	4	department of transportation
G	512	depeche mode
G	16384	depew
G	16384	depok
G	4	deportivo espanol
G	16384	depālpur
G	16384	deqing
G	512	der spiegel
G	16384	dera bugti
G	16384	dera ghazi khan
G	16384	dera ismail khan
G	16384	derbent
G	16388	derby
G	260	derbyshire
G	16	derek
G	1	derek crookes
G	1	derek jeter
G	1	derek mills
G	1	derek ringer
G	1	derek ryan
G	16384	derhachi
G	16384	derince
G	17	derrick
G	1	derrick adkins
G	16640	derry
G	16384	derry village
G	32	dervishi
G	1	des
G	16386	des moines
G	16384	des plaines
G	1	des smyth
G	32768	desantis
G	16384	descalvado
G	16384	desenzano del garda
G	16384	desert hot springs
G	16	deshawn
G	16384	deshnoke
G	1	desi bouterse
G	16384	desio
G	16	desiree
G	16	desmond
G	1	desmond tutu
G	16384	desnogorsk
G	16384	desoto
G	16384	dessau
G	16384	destelbergen
G	512	destiny child
G	512	destiny's child
G	16384	desē
G	4096	det
G	16384	det udom
G	16384	detmold
G	540742	detroit
G	16384	detroit - shoreway
G	512	detroit lions
G	512	detroit pistons
G	516	detroit tigers
G	16384	detroit-shoreway
G	1	detroux
G	16384	detva
G	16384	deuil - la - barre
G	16384	deuil-la-barre
G	16384	deurne
G	4	deutsche bahn
G	4	deutsche bahn ag
G	4	deutsche lufthansa ag
G	16384	deutz
G	16384	deux - montagnes
G	16384	deux-montagnes
G	16384	deva
G	16384	devakottai
G	16	devan
G	16384	devanhalli
G	16384	devarkonda
G	16384	develi
G	16	deven
G	16384	deventer
G	1	devers
G	16384	devgadh bāriya
G	16384	devgarh
G	32	devi
G	16	devin
G	16384	devinuwara
G	16384	devizes
G	16	devon
G	1	devon white
G	256	devonport
G	16384	devrek
G	32	dewan
G	16386	dewas
G	16	dewayne
G	16	dewey
G	16384	dewsbury
G	16	dexter
G	16384	deyang
G	16384	dezhou
G	16384	deán funes
G	16384	deçan
G	16384	deūlgaon rāja
G	8	dfl
G	4	dha
G	16384	dhafní
G	16386	dhahran
G	16450	dhaka
G	4	dhaka stock exchange
G	16384	dhamtari
G	16384	dhamār
G	16384	dhanaula
G	16384	dhanaura
G	16384	dhanbād
G	16384	dhandhuka
G	16384	dhanera
G	16384	dhankutā
G	16384	dhanot
G	2	dhar
G	16384	dharampur
G	16384	dharamsala
G	16384	dharangaon
G	16384	dharapuram
G	16384	dharmadam
G	16384	dharmanagar
G	16384	dharmapuri
G	1	dharmasena
G	16384	dharmavaram
G	16384	dharmābād
G	16384	dharān
G	16384	dhaulpur
G	16384	dhaurahra
G	1	dheeraj
G	16384	dhekiajuli
G	16384	dhenkānāl
G	16	dhia
G	16384	dhing
G	1	dhiraj k.c.
G	16384	dholka
G	16384	dhone
G	16384	dhoro naro
G	16384	dhorāji
G	16384	dhrol
G	16384	dhrāngadhra
G	16384	dhuburi
G	16384	dhulagari
G	16384	dhulikhel
G	16384	dhuliān
G	16384	dhupgāri
G	16384	dhāka
G	16384	dhāmnod
G	16384	dhāmpur
G	16384	dhār
G	16384	dhāri
G	16384	dhāriwāl
G	16384	dhāruhera
G	16384	dhārūr
G	16384	dhī as sufāl
G	16384	dhūlia
G	16384	dhūri
G	4	dia
G	16384	diadema
G	16384	diadi
G	16384	diamante
G	16384	diamantina
G	16384	diamantino
G	16384	diamond bar
G	16384	diamond harbour
G	4	diamond shamrock inc
G	512	diamondbacks
G	17	diana
G	16	diane
G	16384	dianella
G	16	dianna
G	16	dianne
G	1	dianne feinstein
G	16384	diapaga
G	4	diario 16
G	16	diarmuid
G	32	dias
G	32	diaz
G	16384	dibai
G	16384	dibba al - fujairah
G	16384	dibba al - hisn
G	16384	dibba al-fujairah
G	16384	dibba al-hisn
G	16384	dibrugarh
G	16384	dicholi
G	1	dick morris
G	1	dick spring
G	2048	dick wolf
G	16416	dickinson
G	16385	dickson
G	16384	didcot
G	16384	didim
G	16384	didouche mourad
G	16384	dieburg
G	2048	diego
G	1	diego borrego
G	16384	diego de almagro
G	2048	diego maradona
G	16384	diemen
G	16384	dien bien phu
G	16384	diepenbeek
G	16384	diepholz
G	16384	dieppe
G	16384	diepsloot
G	16384	diest
G	16	dieter
G	1	dieter eilts
G	1	dieter u
G	16384	dietikon
G	16	dietmar
G	1	dietmar lalcher
G	16	dietrich
G	16384	dietzenbach
G	16384	diez de octubre
G	16384	diffa
G	16384	digboi
G	256	digby
G	16384	dighwāra
G	16384	digne - les - bains
G	16384	digne-les-bains
G	16384	digos
G	16384	digras
G	16384	digri
G	16384	dihok
G	16384	dijkot
G	16384	dijon
G	16384	dikirnis
G	16384	diksmuide
G	16384	dikwa
G	16384	dilbeek
G	16384	dili
G	16384	dillenburg
G	16384	dilling
G	16384	dillingen
G	16384	dillingen an der donau
G	16	dillon
G	1	dimas teixeira
G	16384	dimbokro
G	16	dimitri
G	1	dimitrios georgalis
G	16	dimitris
G	1	dimitris kontogiannis
G	1	dimitris reppas
G	32	dimitrov
G	32	dimitrova
G	16384	dimitrovgrad
G	16384	dimona
G	16384	dimāpur
G	16	dina
G	16	dinah
G	16384	dinalupihan
G	4	dinamina
G	4	dinamo
G	4	dinamo bucharest
G	16384	dinapore
G	16384	dinar
G	16384	dindigul
G	16384	dindori
G	16	dinesh
G	16384	dinga
G	16384	dingcheng
G	16384	dingolfing
G	16384	dingtao
G	16384	dingzhou
G	16384	dinnington
G	16384	dinskaya
G	16384	dinslaken
G	16384	dinuba
G	16384	dinājpur
G	16	dion
G	16	dionne
G	1	dionne rose
G	16384	dipalpur
G	16384	dipayal
G	16384	diphu
G	16384	dipolog
G	16384	dire dawa
G	4096	director general
G	16384	diriamba
G	16	dirk
G	1	dirk coetzee
G	1	dirk dier
G	8	disarmament-china
G	16384	dishnā
G	516	disney
G	64	dispur
G	32	dissanayake
G	256	dist
G	4	distillers
G	16384	disūq
G	16384	ditzingen
G	16384	diu
G	4	divaina
G	16384	divichibazar
G	16384	divinópolis
G	16384	divnogorsk
G	16384	divnoye
G	16384	divo
G	16384	diwek
G	16384	dix hills
G	16384	dixiana
G	16416	dixon
G	16	diya
G	16384	diyadin
G	16384	diyarb najm
G	2	diyarbakir
G	16384	diyarbakır
G	16384	dizangué
G	16384	djamaa
G	16384	djelfa
G	16384	djemmal
G	16	djeneba
G	16384	djibo
G	16512	djibouti
G	16384	djidiouia
G	16384	djougou
G	32	djurhuus
G	16384	djénné
G	4	dkba
G	4	dlj merchant banking partners lp
G	8	dm
G	16	dmitri
G	16384	dmitrov
G	16	dmitry
G	1	dmitry kuznets
G	32768	dmitry medvedev
G	32768	dmitry peskov
G	1	dmitry solovyov
G	32768	dmytro kuleba
G	4	dnevi avaz
G	4	dnevni avaz
G	16388	dnipro
G	4	dnipro dnipropetrovsk
G	16384	dniprorudne
G	4	dnum
G	16384	doba
G	16386	doboj
G	16384	dobrich
G	16384	dobropillya
G	16384	dobrush
G	16384	dobryanka
G	2048	doctor who
G	16384	dod ballāpur
G	16384	doda
G	16386	dodge city
G	516	dodgers
G	16384	dodola
G	16384	dodoma
G	4	doe run
G	16390	doetinchem
G	8	doetinchem-doetinchem
G	32	dogan
G	16384	dogbo
G	16384	dogonbadan
G	16384	dogondoutchi
G	16448	doha
G	16384	dohad
G	32	doherty
G	2	dohuk
G	16384	dohār
G	16384	dois córregos
G	16384	dois vizinhos
G	512	doj
G	16384	dok kham tai
G	16384	doka
G	16385	dole
G	4	dole white house
G	16384	dolgoprudnyy
G	16384	dolisie
G	16384	dollard - des ormeaux
G	16384	dollard-des ormeaux
G	8	dolly
G	16384	dolný kubín
G	16384	dologon
G	16400	dolores
G	16384	dolores hidalgo cuna de la independencia nacional
G	16384	dolton
G	16384	dolyna
G	16384	dolyns'ka
G	16384	dom pedrito
G	16384	dom pedro
G	16384	doma
G	16384	domalanoan
G	16384	dombivli
G	16384	dombóvár
G	16384	dome
G	16	domingo
G	1	domingo hospital
G	1	domingos
G	1	domingos oliveira
G	32	dominguez
G	16	dominic
G	1	dominic cork
G	1	dominic hewson
G	128	dominica
G	1024	dominican
G	128	dominican republic
G	1024	dominicans
G	16	dominick
G	16	dominik
G	4	dominion bond rating service
G	16	dominique
G	1	dominique van roost
G	16	dominykas
G	16384	domodedovo
G	16384	domodossola
G	16384	domont
G	16384	dompu
G	16	don
G	16384	don antonio
G	16384	don benito
G	16384	don carlos
G	1	don loewen
G	16384	don luan
G	1	don mckinnon
G	16384	don torcuato
G	1	don wengert
G	16	dona
G	16384	donaghmede
G	16	donald
G	32768	donald trump
G	1	donald tsang
G	4	donaldson lufkin & jenrette
G	16384	donaueschingen
G	16384	donaustadt
G	16384	donauwörth
G	2097152	donbas
G	2097152	donbass
G	65536	donbassian
G	65536	donbassians
G	16644	doncaster
G	8	doncaster cup
G	16384	doncaster east
G	16384	dondaicha
G	16384	dondo
G	2113536	donetsk
G	32	donev
G	16384	dongargarh
G	16384	dongcun
G	16384	dongdu
G	16384	dongen
G	16384	dongfeng
G	16384	donggang
G	16384	donggongon
G	16448	dongguan
G	16384	donghai
G	16384	dongkan
G	16384	dongling
G	16384	dongning
G	16384	dongobesh
G	16384	dongsheng
G	16384	dongtai
G	16384	dongxing
G	16384	dongyang
G	1	donizetti
G	2	donje ljupce
G	1	donkow
G	16400	donna
G	1	donna sells
G	1	donne wall
G	16	donnell
G	16	donnie
G	16	donny
G	16	donovan
G	1	donovan bailey
G	16384	donskoy
G	16384	donskoye
G	16	dora
G	16384	doral
G	16384	dorcheh pīāz
G	16640	dorchester
G	32	dordevic
G	16384	dordrecht
G	1	dore gold
G	16400	doreen
G	1	doreen siow
G	16384	dori
G	16	dorian
G	16	doris
G	16384	dorking
G	16	dorla
G	16384	dormagen
G	16384	dornakal
G	16384	dornbirn
G	16384	dorogomilovo
G	16384	dorohoi
G	16	dorothea
G	16	dorothy
G	256	dorset
G	16384	dorsten
G	16	dorthy
G	16452	dortmund
G	16384	dorval
G	16384	dorāha
G	524288	dos
G	16384	dos hermanas
G	1	dos santos
G	16384	dosquebradas
G	16384	dosso
G	1	dostum
G	16384	dothan
G	16	dottie
G	32	dotto
G	16384	douai
G	16384	douala
G	16384	douane
G	16384	douar tindja
G	16384	douarnenez
G	1	douati alphonse
G	1	double trigger
G	4	doubletree corp
G	16384	douera
G	16	doug
G	1	doug flach
G	1	doug turner
G	16400	douglas
G	16384	douglasville
G	16384	douliu
G	16384	douma
G	16384	dour
G	16384	dourados
G	16384	dourbali
G	16384	douz
G	16640	dover
G	16	dovydas
G	8	dow
G	520	dow jones
G	16384	dowlatābād
G	1	downer
G	16384	downers grove
G	16384	downey
G	256	downtown
G	16	doyle
G	16384	doğubayazıt
G	4096	dr
G	128	dr congo
G	4096	dr.
G	16384	draa ben khedda
G	16384	draa el mizan
G	16384	drachten
G	16384	dracut
G	16	dragan
G	16384	dragash
G	32768	draghi
G	16384	draguignan
G	1	dragutin stanojlovic
G	2048	drake
G	16384	drammen
G	16384	drancy
G	16384	draper
G	16384	draveil
G	1	drazen beser
G	4	dream team
G	16384	drean
G	16384	dreieich
G	16384	drensteinfurt
G	16450	dresden
G	16384	dreta de l'eixample
G	16384	dreux
G	17	drew
G	16384	drexel heights
G	16384	drexel hill
G	4	dreyfus strategic municipals inc
G	4	dreyfus strategic munis
G	16384	driebergen - rijsenburg
G	16384	driebergen-rijsenburg
G	16384	driefontein
G	1	driller
G	32	driscoll
G	16384	driyorejo
G	16384	drobeta - turnu severin
G	16384	drobeta-turnu severin
G	1	drobnjak
G	16384	drochia
G	16384	drogheda
G	16384	drohobych
G	16384	droichead nua
G	16384	droitwich
G	16384	dronfield
G	16384	dronten
G	16384	droylsden
G	16384	drummondville
G	16384	druskininkai
G	65536	druze
G	65536	druzes
G	16384	druzhkivka
G	256	dryden
G	16384	dráma
G	16384	drăgăşani
G	16384	dschang
G	4	dse
G	8	dtb-bund-future
G	16	duane
G	16416	duarte
G	16384	duayaw - nkwanta
G	16384	duayaw-nkwanta
G	16384	duba
G	16450	dubai
G	16384	dubbo
G	540738	dublin
G	4	dublin newsroom
G	16384	dubna
G	16384	dubnica nad váhom
G	1	dubnicoff
G	16384	dubno
G	32	dubois
G	16384	dubovka
G	16384	dubrovnik
G	16384	dubrājpur
G	16384	dubti
G	16384	dubuque
G	16384	dubăsari
G	4	ducati
G	16384	ducheng
G	16384	ducos
G	1	ducruet
G	16384	dudelange
G	16384	duderstadt
G	16384	dudinka
G	16400	dudley
G	16384	duekoué
G	64	duesseldorf
G	2	duessseldorf
G	4	duff & phelps
G	4	duff and phelps
G	16384	duffel
G	1	duffy waldorf
G	16384	dugda
G	32768	dugin
G	1	dugmore
G	16384	dugulubgey
G	16388	duisburg
G	16384	duitama
G	16384	duiven
G	16384	duiwelskloof
G	16384	dukinfield
G	16384	dukku
G	4	dukla banska bystrica
G	16384	dukuhturi
G	16384	duliāgaon
G	16384	dullewala
G	16386	duluth
G	16384	dum duma
G	4	duma
G	16384	dumaguete
G	16384	dumai
G	16384	dumas
G	16388	dumbarton
G	16384	dumbéa
G	16640	dumfries
G	32	dumitru
G	16384	dumjor
G	16384	dumka
G	16384	dumont
G	16384	dumra
G	16384	dumraon
G	16384	dunaharaszti
G	16384	dunaivtsi
G	16384	dunajská streda
G	16384	dunakeszi
G	16384	dunaújváros
G	16400	duncan
G	1	duncan ferguson
G	1	duncan shiels
G	16384	duncanville
G	16384	dundalk
G	16389	dundee
G	4	dundee united
G	16386	dunedin
G	16388	dunfermline
G	16384	dunga bunga
G	16384	dunhua
G	16384	dunkerque
G	512	dunkin donuts
G	64	dunkirk
G	16384	dunkwa
G	32	dunn
G	4	dunnes stores
G	16640	dunstable
G	16384	dunwoody
G	16384	dunyapur
G	16384	duobao
G	16384	dupnitsa
G	512	dupont
G	16384	duque de caxias
G	512	duran duran
G	32	durand
G	16640	durango
G	16384	durant
G	16384	durazno
G	16450	durban
G	16384	durg
G	16384	durgapur
G	16384	durgāpur
G	16644	durham
G	32	duric
G	2	durres
G	16384	durrës
G	16384	dursunbey
G	1	dusan kovacs
G	16448	dushanbe
G	8	dust bowl
G	16	dustin
G	9216	dutch
G	4	dutch ptt
G	1024	dutches
G	8192	dutchman
G	32768	duterte
G	1	dutra
G	1	dutroux
G	16384	dutse
G	16384	dutsen wai
G	32	dutta
G	256	dutton
G	16384	duyun
G	32	dvorak
G	32	dvorakova
G	16384	dvůr králové nad labem
G	16	dwayne
G	16	dwight
G	16384	dwārka
G	16384	dyer
G	16384	dyersburg
G	16384	dyker heights
G	16	dylan
G	16	dyllan
G	4	dynamo
G	4	dynamo batumi
G	4	dynamo kiev
G	4	dynamo moscow
G	16384	dyurtyuli
G	16384	dzaoudzi
G	16384	dzerzhinsk
G	16384	dzerzhinskiy
G	16384	dzerzhinsky
G	16384	dzhankoy
G	16384	dzhetygara
G	16384	działdowo
G	16384	dzierżoniów
G	16384	dzyarzhynsk
G	16384	dzüünharaa
G	16384	décines - charpieu
G	16384	décines-charpieu
G	16384	dédougou
G	16384	désarmes
G	16384	dêqên
G	16384	döbeln
G	16384	dörtyol
G	16384	dún laoghaire
G	16384	dübendorf
G	16384	dülmen
G	16384	düren
G	16384	düsseldorf
G	16384	düsseldorf - pempelfort
G	16384	düsseldorf-pempelfort
G	16384	düzce
G	16384	dādri
G	16384	dāhānu
G	16384	dākor
G	16384	dāmghān
G	16384	dāmnagar
G	16384	dār kulayb
G	16384	dārayyā
G	16384	dārchulā
G	16384	dārjiling
G	16384	dārwha
G	16384	dārāb
G	16384	dāsna
G	16384	dātāganj
G	16384	dąbrowa górnicza
G	16384	dębica
G	16384	dęblin
G	16384	děčín
G	16384	dīdwāna
G	16384	dīg
G	16384	dīglūr
G	16384	dīla
G	16384	dīnhāta
G	16384	dīnānagar
G	16384	dīsa
G	16384	dūngarpur
G	16384	dūrā
G	16384	dương đông
G	1	e. auchard
G	1	e. brandes
G	2	e.c.india
G	1	e.f. ( fritz ) schumacher
G	16384	eagan
G	16384	eagle
G	16384	eagle mountain
G	16384	eagle pass
G	16384	eagle river
G	1	ealham
G	1	eamonn darcy
G	1	earl feugill
G	16384	earl shilton
G	256	earlscourt
G	16384	earlsfield
G	16384	earlwood
G	524288	earth
G	4	earth first
G	16384	easley
G	8	east
G	16384	east brainerd
G	16384	east brunswick
G	16384	east chattanooga
G	16384	east chicago
G	16384	east cleveland
G	2	east coast
G	16384	east concord
G	16384	east dereham
G	16384	east elmhurst
G	256	east end
G	4	east fife
G	16384	east flatbush
G	16384	east florence
G	16384	east garfield park
G	2097154	east germany
G	16384	east grinstead
G	16384	east gwillimbury
G	16384	east hampton
G	16384	east harlem
G	16384	east hartford
G	16384	east haven
G	16384	east hemet
G	16384	east hill - meridian
G	16384	east hill-meridian
G	16384	east honolulu
G	16384	east independence
G	8	east java
G	16386	east jerusalem
G	16384	east kilbride
G	16384	east lake
G	16384	east lake - orient park
G	16384	east lake-orient park
G	16384	east lansing
G	16384	east london
G	16384	east longmeadow
G	16384	east los angeles
G	16384	east massapequa
G	16384	east meadow
G	16384	east millcreek
G	16384	east molesey
G	16384	east moline
G	16384	east naples
G	16384	east new york
G	2	east north central
G	16384	east northport
G	16384	east norwalk
G	16384	east orange
G	16384	east palo alto
G	16384	east patchogue
G	16384	east pensacola heights
G	16384	east peoria
G	16384	east point
G	16384	east providence
G	16384	east rancho dominguez
G	16384	east ridge
G	16384	east riverdale
G	16384	east saint louis
G	16384	east setauket
G	256	east side
G	4	east stirling
G	128	east timor
G	16384	east tremont
G	16384	east village
G	16384	east york
G	16384	eastbourne
G	16384	eastchester
G	4	eastern cables
G	8	eastern division
G	4	eastern region brigade
G	16384	easthampton
G	16384	eastlake
G	16384	eastleigh
G	16384	eastmont
G	16384	easton
G	16384	eastpointe
G	16384	eastvale
G	16384	eastwood
G	16388	eau claire
G	16384	eaubonne
G	512	ebay
G	16384	ebaye
G	16384	ebbw vale
G	1	ebe huizinga
G	16384	ebebiyin
G	16	ebenezer
G	16384	eberbach
G	16384	ebersbach an der fils
G	16384	eberswalde
G	16384	ebetsu
G	524288	ebola
G	16384	eboli
G	16384	ebute ikorodu
G	4	ec
G	16384	ecatepec de morelos
G	16384	eccles
G	16384	ech chettia
G	16384	echo park
G	16384	eckernförde
G	8	eco-challenge
G	4	ecomog
G	524288	econe
G	4	economic community of west african states
G	16	ecrin
G	8	ecu
G	130	ecuador
G	525312	ecuadorian
G	4	ecuadorian oriente
G	1024	ecuadorians
G	8	ecus
G	16	ed
G	16384	ed damer
G	1	ed de goey
G	1	ed vosberg
G	1	edberg
G	16	eddie
G	1	eddie hedaya
G	1	eddie irvine
G	1	eddo brandes
G	16384	ede
G	16384	edegem
G	16	edel
G	540688	eden
G	16384	eden prairie
G	16384	edenvale
G	32	eder
G	16384	edewecht
G	17	edgar
G	1	edgar davids
G	1	edgar martinez
G	1	edgar renteria
G	2	edgbaston
G	16384	edgewater
G	16384	edgewood
G	1	edhem efendija camdzic
G	16	edie
G	16384	edina
G	16384	edinburg
G	16450	edinburgh
G	16384	edineţ
G	16384	edirne
G	16416	edison
G	16	edith
G	16400	edmond
G	16384	edmonds
G	16448	edmonton
G	16	edmund
G	16384	edmundston
G	16	edna
G	1	edna fernandes
G	16	edoardo
G	16384	edosaki
G	8	edouard
G	1	edouard gritson
G	1	edouard gritsoun
G	16384	edremit
G	16	eduard
G	16	eduardo
G	1	eduardo bernini
G	1	eduardo romero
G	1	edvard grieg
G	16	edward
G	1	edward dmytryk
G	1	edward said
G	1	edward smith
G	32768	edward snowden
G	16	edwardo
G	32	edwards
G	16384	edwardsville
G	16	edwin
G	1	edwin van der sar
G	16	edwina
G	16384	edéa
G	4	eec
G	1	eefje
G	1	eefje lambrecks
G	16384	eeklo
G	16384	eersel
G	16	eevi
G	2048	effie
G	16384	effium
G	16384	efon - alaaye
G	16384	efon-alaaye
G	16	efrain
G	16	efren
G	16384	egbe
G	16384	eger
G	16384	eggenberg
G	16384	eggenstein - leopoldshafen
G	16384	eggenstein-leopoldshafen
G	16384	eggertsville
G	16384	egham
G	256	eglinton
G	16384	egra
G	524418	egypt
G	16384	egypt lake - leto
G	16384	egypt lake-leto
G	4	egyptair
G	9216	egyptian
G	9216	egyptians
G	16384	eh
G	16384	eha amufu
G	16384	ehingen
G	16384	eibar
G	16384	eibergen
G	1	eichmann
G	16384	eidelstedt
G	16384	eight mile plains
G	16384	eiguliai
G	16384	eilat
G	16	eileen
G	16384	eilenburg
G	16384	eimsbüttel
G	16384	einbeck
G	16450	eindhoven
G	32	einstein
G	16384	eirunepé
G	16384	eisen
G	16384	eisenach
G	16384	eisenhüttenstadt
G	16	eisha
G	16384	eisleben lutherstadt
G	16384	eislingen
G	16	eitan
G	16384	eitorf
G	16384	eixample
G	16384	ejea de los caballeros
G	16384	ejido
G	16384	ejigbo
G	1	ejup bajgora
G	1	ejup ganic
G	16384	ejura
G	4	ek chor china motorcycle
G	16384	ekangala
G	16	ekaterina
G	16384	ekazhevo
G	4	ekeren
G	16384	eket
G	1	ekeus
G	16384	ekibastuz
G	1	ekimov
G	16384	ekpoma
G	4	eksportfinans
G	16	ekta
G	16384	el abadia
G	16384	el abiodh sidi cheikh
G	16384	el achir
G	16384	el affroun
G	16384	el alia
G	16384	el amria
G	16384	el aouinet
G	16384	el arahal
G	16384	el astillero
G	16384	el attaf
G	16384	el aïoun
G	16384	el bagre
G	16384	el baix guinardó
G	16384	el banco
G	16384	el bauga
G	16384	el bayadh
G	16384	el besòs i el maresme
G	16384	el bolsón
G	16384	el cafetal
G	16384	el cajon
G	16384	el camp d'en grassot i gràcia nova
G	16384	el camp de l'arpa del clot
G	16384	el campello
G	16384	el carmel
G	16384	el carmen de bolívar
G	16384	el centro
G	16384	el cerrito
G	16384	el charco
G	16384	el chorrillo
G	16384	el clot
G	16384	el copey
G	16384	el crucero
G	16384	el daein
G	16384	el dorado
G	16384	el dorado hills
G	16384	el ejido
G	16384	el estor
G	16384	el eulma
G	16384	el fahs
G	16384	el fasher
G	16384	el gouna
G	16384	el grao
G	16384	el grullo
G	16384	el guinardó
G	16384	el hadjar
G	16384	el hadjira
G	16384	el hajeb
G	16384	el hamma
G	1	el hassane lahssini
G	16384	el hatillo
G	16384	el hed
G	16384	el idrissia
G	16384	el jadid
G	4	el jadida
G	16384	el jem
G	16384	el kala
G	16384	el kef
G	16384	el khroub
G	16384	el kseur
G	16384	el limón
G	16384	el malah
G	16384	el masnou
G	16384	el mirage
G	16384	el monte
G	4	el mundo
G	4	el nuevo diario
G	16384	el obeid
G	16384	el oued
G	4	el pais
G	16384	el palmar
G	16384	el paraíso
G	16448	el paso
G	16384	el poblenou
G	16384	el prat de llobregat
G	16384	el progreso
G	16384	el pueblito
G	2	el pueblo de nuestra senora la reina de los angeles
G	16384	el puerto de santa maría
G	16384	el putxet i el farró
G	16384	el quince
G	16384	el rama
G	16384	el raval
G	16384	el reno
G	16384	el retén
G	16384	el rosario
G	16384	el salto
G	128	el salvador
G	16384	el segundo
G	16384	el soberbio
G	16384	el tarf
G	16384	el tejar
G	16384	el tigre
G	16384	el tocuyo
G	16384	el triunfo
G	16384	el turó de la peira
G	16384	el vendrell
G	16384	el viejo
G	16384	el vigía
G	16384	el viso del alcor
G	4	el-watan
G	16	ela
G	16	elaina
G	16	elaine
G	16384	elamanchili
G	16	elana
G	16384	elazığ
G	16384	elbasan
G	16	elbert
G	16384	elbeuf
G	16384	elbistan
G	16384	elbląg
G	16384	elburg
G	16384	elche
G	16384	elda
G	16384	eldersburg
G	16	eldon
G	16384	eldoret
G	16	eleanor
G	4	elect res
G	4	electoral research group
G	16384	elefsína
G	16384	elektrogorsk
G	16384	elektrougli
G	16384	elele
G	16	elen
G	16	elena
G	1	elena likhovtseva
G	1	elena makarova
G	1	elena wagner
G	16	eleni
G	1	eleonora berlanda
G	4	eletropaulo
G	4	eleusis
G	16384	eleşkirt
G	4	elf
G	16384	elgin
G	16	eli
G	4	eli lilly
G	4	eli lilly & co
G	1	eliahu ben-elissar
G	16	eliana
G	16	elias
G	1	elias moosa
G	16	elicia
G	16	elida
G	16	elie
G	16	elif
G	16	elijah
G	1	elijah maru
G	16	elin
G	16	elina
G	16	elinor
G	16	eliot
G	16	elisa
G	16	elisabeth
G	16	elise
G	16	elisha
G	1	elisha shamay
G	16	eliska
G	16384	elista
G	1	eliud barngetuny
G	16	eliza
G	16	elizabete
G	16402	elizabeth
G	16384	elizabeth city
G	16384	elizabethtown
G	16	elizaveta
G	16384	elk grove
G	16384	elk grove village
G	16384	elk river
G	16384	elkhart
G	16384	elko
G	16384	elkridge
G	16384	elkton
G	16	ella
G	16384	elland
G	2	elland road
G	16	ellen
G	16384	ellenabad
G	16384	ellenbrook
G	16384	ellensburg
G	16384	ellesmere port
G	16384	ellicott city
G	16	ellie
G	1	ellina zvereva
G	16384	ellinikó
G	16	elliot
G	16	elliott
G	16	ellis
G	1	ellis burks
G	16384	ellore
G	16384	ellwangen
G	16	elly
G	16	elma
G	16384	elmadağ
G	16384	elmalı
G	16	elmer
G	16384	elmhurst
G	16384	elmina
G	16384	elmira
G	16384	elmont
G	16384	elmshorn
G	16384	elmwood park
G	16	elnora
G	16	eloise
G	32768	elon musk
G	16	elouise
G	16384	eloy
G	16384	eloy alfaro
G	1	els callens
G	16	elsa
G	16384	elsdorf
G	16	elsie
G	16384	elst
G	16384	eltham
G	16	elton
G	16384	eltville
G	16	elva
G	16	elvin
G	16	elvina
G	16	elvira
G	16	elvis
G	16400	elwood
G	16384	ely
G	16384	elyria
G	16384	elói mendes
G	16384	elūr
G	16	ema
G	1	emajuddin ahmed
G	16	emanuel
G	16	emanuela
G	1	emanuele canonica
G	1	emanuil ceausu
G	16384	embalenhle
G	16384	embalse
G	16384	embarcación
G	8	embassy
G	16384	embi
G	16384	embu
G	16384	embu guaçu
G	16384	emden
G	16	emelda
G	1	emelia sithole
G	16	emely
G	16	emerald
G	4	emeraud
G	2048	emeril lagasse
G	16	emerson
G	16384	emerson hill
G	16	emery
G	1	emese bartha
G	16384	emet
G	16	emil
G	16	emile
G	2048	emile zatopek
G	16	emilee
G	16	emilia
G	16	emiliano
G	16384	emiliano zapata
G	16	emilie
G	16	emilija
G	16	emilio
G	1	emilio valle
G	16	emilis
G	16	emily
G	16	emina
G	16384	eminabad
G	16	emine
G	2048	eminem
G	16384	eminönü
G	1024	emirati
G	1024	emiratis
G	16384	emirdağ
G	16	emirhan
G	4	emkam
G	16384	emkhomazi
G	16	emma
G	16	emmaline
G	16	emmanuel
G	32768	emmanuel macron
G	1	emmanuel sobral
G	1	emmanuel tetteh
G	16	emmanuelle
G	16	emmeline
G	16384	emmeloord
G	16384	emmen
G	16384	emmendingen
G	16384	emmerich
G	16	emmett
G	16	emmie
G	16384	emmiganūr
G	16	emmy
G	4	emnid
G	1	emon
G	16384	empalme
G	16384	empangeni
G	262144	emphasis
G	2	empire state
G	16388	empoli
G	16384	emporia
G	4	empresa nacional del petroleo
G	16384	emsdetten
G	16384	emsworth
G	8	emu
G	16384	emure - ekiti
G	16384	emure-ekiti
G	16384	en nâqoûra
G	4	enap
G	16384	encantado
G	16384	encanto
G	16384	encarnación
G	16384	encarnación de díaz
G	16384	enchanted hills
G	16384	encheng
G	16384	encinitas
G	16384	encino
G	16384	encrucijada
G	16384	encruzilhada do sul
G	524288	end
G	16384	ende
G	16384	endeavour hills
G	1	enderle
G	1	endrio leoni
G	1	endt
G	16384	enem
G	16384	energodar
G	16640	enfield
G	16384	enfield town
G	16384	engadine
G	32768	engels
G	16384	engelskirchen
G	16384	enger
G	524418	england
G	8	england-based
G	16384	englewood
G	524296	english
G	8	english county championship
G	9216	englishman
G	1024	englishmans
G	8192	englishmen
G	1	engquist
G	16400	enid
G	16384	enkhuizen
G	16384	enköping
G	1	enn markvart
G	16384	enna
G	8	ennea
G	8	ennea ferrari f40
G	16384	ennepetal
G	16384	ennigerloh
G	16384	ennis
G	16	enoch
G	1	enqvist
G	16	enrico
G	1	enrico chiesa
G	16	enrique
G	1	enrique centeno
G	16384	enschede
G	16384	ensenada
G	16384	enshi
G	16384	ensley
G	16384	entebbe
G	16384	enterprise
G	16384	entre rios
G	16384	entroncamento
G	16384	enugu
G	16384	enugu - ezike
G	16384	enugu - ukwu
G	16384	enugu-ezike
G	16384	enugu-ukwu
G	16384	envigado
G	4	environment canada
G	4096	envoy
G	2048	enya
G	16384	enzan
G	17	enzo
G	1	enzo scifo
G	4	eoe
G	16	eoin
G	4	epa
G	16384	epe
G	16384	eppelborn
G	16640	epping
G	16384	eppingen
G	4	epr
G	16384	epsom
G	16384	epworth
G	16384	eqbālīyeh
G	128	equatorial guinea
G	4	equitas
G	16384	er reina
G	8	era
G	16384	erandio
G	16384	erandol
G	16384	eravur town
G	16384	erba
G	16384	erbaa
G	1	erbakan
G	16384	erbil
G	16384	erciş
G	16384	ercolano
G	16384	erdaojiang
G	1	erdei
G	16384	erdek
G	16384	erdemli
G	16384	erdenet
G	16384	erding
G	1	erdmann
G	32768	erdogan
G	16384	erechim
G	1	erekat
G	16384	erenhot
G	2	erez
G	16384	ereğli
G	16384	erftstadt
G	16384	erfurt
G	16384	ergani
G	16	ergi
G	16	eric
G	1	eric bernard
G	1	eric davis
G	1	eric rush
G	1	eric wymeersch
G	16	erica
G	16	erich
G	16	erick
G	16	ericka
G	16384	erie
G	16	erik
G	1	erik breukink
G	1	erik camerlengo
G	1	erik dekker
G	1	erik hanson
G	1	erik zabel
G	16	erika
G	32	eriksen
G	33	eriksson
G	16	erin
G	130	eritrea
G	8	eritrean
G	16384	erkelenz
G	16384	erkrath
G	16384	erlangen
G	16384	erlanger
G	16	erma
G	16384	ermelo
G	16384	ermenek
G	16384	ermesinde
G	16384	ermitagaña
G	16384	ermont
G	16384	ermua
G	16	ernest
G	1	ernest faber
G	16	ernestina
G	16	ernestine
G	16	ernesto
G	1	ernesto samper
G	16	ernie
G	1	ernie els
G	16	ernst
G	16384	erode
G	4	erp
G	16384	errachidia
G	16384	erraguntla
G	16384	errenteria
G	16	errol
G	16384	erskine
G	16	ervin
G	16	erwin
G	1	erwin van der looi
G	16384	erwitte
G	16	eryn
G	16384	erzin
G	16386	erzincan
G	16384	erzsébetváros
G	16384	erzurum
G	16384	erāttupetta
G	16384	es senia
G	512	esa
G	16384	esbjerg
G	16384	escada
G	16384	escalante
G	16384	esch - sur - alzette
G	16384	esch-sur-alzette
G	16384	eschborn
G	16384	eschwege
G	16384	eschweiler
G	32	escobar
G	16384	escondido
G	4	escravos
G	16384	escuinapa
G	16384	escuintla
G	16384	escárcega
G	16384	esenler
G	16384	esenyurt
G	16384	esfarāyen
G	16384	esher
G	16384	esik
G	16384	esikhaleni
G	16384	eskilstuna
G	16384	eskişehir
G	16384	eslöv
G	16	esma
G	16400	esmeralda
G	16384	esmeraldas
G	1	esnaider
G	16384	esparreguera
G	16384	esparza
G	16384	espelkamp
G	16384	esperantina
G	16400	esperanza
G	16384	esperança
G	16384	espinal
G	16388	espinho
G	16384	espinosa
G	32	espinoza
G	16384	espiye
G	16384	esplanada
G	16384	esplugues de llobregat
G	16384	espoo
G	16384	esposende
G	32	esposito
G	16384	espírito santo do pinhal
G	4096	esq
G	16384	esquel
G	16384	esquina
G	16384	esquipulas
G	16384	essaouira
G	16384	essen
G	16388	essendon
G	16646	essex
G	4	essilor
G	4	essilor international
G	16384	esslingen
G	16384	este
G	16	esteban
G	16384	esteio
G	16	estela
G	16	estele
G	16	estella
G	16400	estelle
G	16384	estelí
G	16384	estepona
G	16	ester
G	16	estere
G	16384	estero
G	16	esther
G	130	estonia
G	74752	estonian
G	66560	estonians
G	16384	estoril
G	32	estrada
G	16384	estreito
G	16384	estrela
G	16	estrella
G	4	estudiantes
G	16384	estância
G	16384	estância velha
G	16384	esuk oron
G	128	eswatini
G	16384	esztergom
G	16384	eséka
G	16384	et
G	4	eta
G	4	eternit
G	16	ethan
G	16	ethel
G	130	ethiopia
G	1024	ethiopian
G	1024	ethiopians
G	16	etienne
G	1	etienne mendy
G	16384	etobicoke
G	2	etruria
G	8	etruscan
G	16	etta
G	16384	ettlingen
G	16384	etāwa
G	16384	etāwah
G	516	eu
G	4	eu commission
G	8	eu-wide
G	16384	euclid
G	16384	euclides da cunha
G	16	eugen
G	1	eugen voica
G	16404	eugene
G	1	eugene de kock
G	16	eugenia
G	16	eugenie
G	16384	euless
G	16	eunice
G	16384	eunápolis
G	16384	eupen
G	16384	eureka
G	8	euro
G	8	euro ' 96
G	8	euro 96
G	8	euro cup
G	8	euro swiss
G	4	eurobourses
G	4	eurolira
G	131072	euromaidan
G	8	euromark
G	524546	europe
G	4	europe 1
G	74752	european
G	8	european champions ' league
G	8	european champions cup
G	4	european coal and steel community
G	1048580	european commission
G	4	european court of human rights
G	8	european cup
G	8	european cup winners '
G	8	european cup winners ' cup
G	1048576	european parliament
G	8	european pga tour
G	8	european super league
G	8	european third countries
G	8	european tour
G	8	european trophy
G	4	european union
G	66560	europeans
G	512	eurosceptics
G	4	eurostat
G	4	euroswiss
G	2	eurotunnel
G	16384	euskirchen
G	2048	eustace
G	16384	eustis
G	256	euston
G	16384	eusébio
G	16384	eutin
G	16	eva
G	1	eva boudova
G	4	eva tremila
G	16	evan
G	16	evangelina
G	16	evangeline
G	16416	evans
G	16384	evanston
G	16384	evansville
G	16	evelin
G	16	evelina
G	16	evelyn
G	1	evelyn leopold
G	16384	even yehuda
G	1	eveningperformance
G	16	evens
G	4	everen
G	4	everen securities inc
G	16400	everett
G	16384	evergem
G	256	everglades
G	16384	evergreen park
G	1	evert
G	260	everton
G	16384	evesham
G	16	evgeny
G	16	evi
G	16	evie
G	16	evita
G	16	ewa
G	1	ewald brenner
G	16384	ewell
G	16384	ewing
G	16644	exeter
G	256	exford
G	16384	exmouth
G	4	expansion
G	4	expos
G	4	express
G	16384	extremoz
G	512	exxon mobil
G	512	exxonmobil
G	16384	eyl
G	16	eymen
G	16384	eysines
G	2048	ezekiel
G	1	ezer weizman
G	16384	ezhou
G	16384	ezhva
G	16384	ezine
G	16	ezra
G	16384	ezza - ohu
G	16384	ezza-ohu
G	16384	eğirdir
G	16384	ełk
G	16384	eṭ ṭaiyiba
G	8	f
G	8	f-14
G	8	f.a. cup
G	4	f.a.i.
G	4	f.b.i.
G	4	f.c. arges dacia pitesti
G	4	f.c. brasov
G	4	f.c. chindia tirgoviste
G	4	f.c. farul constanta
G	4	f.c. la valletta
G	4	f.c. national bucharest
G	4	f.c. petrolul ploiesti
G	4	f.c. valletta
G	4	f.h. faulding & co
G	1	f.w. de klerk
G	8	f1 gtr
G	16384	faaa
G	33	faber
G	16	fabian
G	16	fabien
G	1	fabien giroix
G	1	fabien lefevre
G	16384	fabijoniškės
G	16	fabio
G	1	fabio baldato
G	16384	fabriano
G	16	fabrice
G	16	fabrizio
G	1	fabrizio ravanelli
G	16384	facatativá
G	1573376	facebook
G	16384	faches - thumesnil
G	16384	faches-thumesnil
G	16384	fada
G	16384	fada n'gourma
G	16	fadi
G	16384	faenza
G	16384	fafe
G	1	fagan
G	524288	faggioli
G	16	fahd
G	1	faheem khan
G	4	fahnestock & co
G	16384	failsworth
G	16384	fair lawn
G	16384	fair oaks
G	16384	fairbanks
G	16384	fairborn
G	16384	fairfax
G	16384	fairfield
G	16384	fairfield heights
G	16640	fairhaven
G	16384	fairhope
G	16384	fairland
G	16386	fairmont
G	2	fairview
G	16384	fairview heights
G	16384	fairview park
G	2	fairview town
G	16384	fairwood
G	16448	faisalabad
G	16384	faizpur
G	16384	fajardo
G	16	fajr
G	16384	falconara marittima
G	1	falilat ogunkoya
G	16384	falkenberg
G	16384	falkenhagener feld
G	16384	falkensee
G	4	falkir
G	16388	falkirk
G	128	falkland islands
G	128	falkland islands (malvinas)
G	16384	falköping
G	16384	fall river
G	1	fallah sewa
G	16384	fallbrook
G	16384	fallingbrook
G	16384	falmouth
G	16384	falun
G	16384	falāvarjān
G	16384	famagusta
G	16384	famaillá
G	524288	familia
G	16384	fandriana
G	16384	fangshan
G	1	fanie de villiers
G	1	fannie johnson
G	512	fannie mae
G	16384	fano
G	16	fanta
G	16384	faqirwali
G	2	far east
G	16384	far rockaway
G	16384	farafangana
G	16384	farafenni
G	32768	farage
G	16400	farah
G	16384	farakka
G	16384	faratsiho
G	4	farc
G	16384	fareham
G	8	farewell my lovely
G	16384	fargo
G	16384	faribault
G	16	farida
G	16384	faridabad
G	16384	farkhor
G	16384	farmers branch
G	16384	farmington
G	16384	farmington hills
G	16384	farmingville
G	16384	farmsen - berne
G	16384	farmsen-berne
G	16384	farnborough
G	16384	farnham
G	16384	farnworth
G	16384	faro
G	130	faroe islands
G	16384	farragut
G	16	farrah
G	32	farrell
G	16384	farrokh shahr
G	16384	farroupilha
G	16384	farrukhnagar
G	16384	farrukhābād
G	16384	farshūţ
G	16384	faruka
G	16384	farum
G	16	farzana
G	16384	farīdkot
G	16384	farīdpur
G	16384	fasano
G	65536	fascist
G	65536	fascists
G	16384	fastiv
G	16384	fasā
G	16384	fatehganj west
G	16384	fatehgarh chūriān
G	16384	fatehpur
G	16384	fatehpur sīkri
G	16384	fatehābād
G	16	fatemeh
G	16	fatiha
G	16	fatima
G	1	fatima cristina
G	1	fatima yussuf
G	16	fatin
G	16	fatma
G	1	fatos nano
G	16	fatoumata
G	16384	fatsa
G	16384	fatwa
G	4	faulding
G	4	faulding inc
G	1	faure
G	1	faustino asprilla
G	16384	favara
G	16384	faversham
G	16384	favoriten
G	16	fay
G	16	faye
G	16384	fayetteville
G	16384	fayrōz kōh
G	16384	fayzabad
G	16384	fazilpur
G	1573380	fbi
G	512	fc barcelona
G	4	fc bohemians
G	512	fc dallas
G	4	fc karvina
G	4	fc kosice
G	4	fc linz
G	4	fc nitra
G	4	fc porto
G	4	fc rimavska sobota
G	4	fc tirol innsbruck
G	516	fda
G	4	fdp
G	1	featherstone
G	524288	february
G	4	fed
G	16384	federal
G	4	federal aviation administration
G	4	federal bureau of investigation
G	4	federal office for motor vehicles
G	4	federal reserve
G	4	federal securities corporation
G	4	federal trade commission and justice department
G	16384	federal way
G	4	federation syndicale unitaire
G	16	federico
G	1	federico colonna
G	512	fedex
G	16384	fedorovskiy
G	16384	feicheng
G	262145	feinstein
G	16384	feira
G	16384	feira de santana
G	16384	felanitx
G	1	feldhoff
G	16384	feldkirch
G	16	felecia
G	16384	felege neway
G	16384	felgueiras
G	16	felicia
G	1	felicia ballanger
G	16	felipe
G	16384	felipe carrillo puerto
G	1	felipe lira
G	16	felix
G	1	felix mantilla
G	16384	felixstowe
G	16384	fellbach
G	16384	felling
G	16384	feltham
G	16384	fendou
G	4	fenerbahce
G	16	feng
G	16384	fengcheng
G	16384	fenghua
G	16384	fenghuang
G	16384	fengkou
G	16384	fengrun
G	16384	fengxian
G	16384	fengxiang
G	16384	feni
G	16	fenna
G	16384	fennpfuhl
G	16384	fenoarivo atsinanana
G	16384	fenoarivo be
G	16384	fenyi
G	16384	feodosiya
G	16384	feraoun
G	16	ferdinand
G	16	ferdinando
G	1	ferdy vierklau
G	1	ferenc horvath
G	4	ferencvaros
G	16384	fereydūn kenār
G	16384	fergana
G	16	fergus
G	18433	ferguson
G	1	ferhaoui
G	32	ferhatovic
G	16384	ferizaj
G	16384	ferizli
G	16384	ferkessédougou
G	16384	fermo
G	16384	fern creek
G	16	fernanda
G	1	fernanda ribeiro
G	32	fernandes
G	33	fernandez
G	16	fernando
G	1	fernando couto
G	16384	fernando de la mora
G	1	fernando henrique cardoso
G	1	fernando meligeni
G	1	fernando roca
G	16384	fernandópolis
G	16384	ferndale
G	16384	ferndown
G	16384	fernley
G	16384	ferntree gully
G	16384	ferokh
G	16384	ferozepore
G	16416	ferrara
G	36	ferrari
G	8	ferrari f40
G	16384	ferraz de vasconcelos
G	33	ferreira
G	16384	ferreñafe
G	1	ferrigato
G	4	ferris , baker watts , inc.
G	4	ferro carril oeste
G	16384	ferrol
G	16384	ferry pass
G	64	fes
G	16384	feteşti
G	16384	fetești - gară
G	16384	fetești-gară
G	16384	fethiye
G	1	feugill
G	4	feyenoord
G	4	feyenoord rotterdam
G	4	ffk
G	8	ffr
G	16384	fianarantsoa
G	512	fiat
G	16384	fichē
G	16	fidel
G	4	fidelis andria
G	16384	fidenza
G	16384	fiditi
G	4096	field marshal
G	16	fien
G	16384	fier
G	16384	fier - çifçi
G	16384	fier-çifçi
G	516	fifa
G	16384	figueira da foz
G	16384	figueres
G	128	fiji
G	16384	filderstadt
G	16384	fili
G	1	fili houteman
G	16384	filiaşi
G	16	filip
G	1	filip dewulf
G	1024	filipino
G	1024	filipinos
G	32	filipov
G	33	filipovic
G	1	filippo veglio
G	16384	fillmore
G	4	finance
G	4	finance ministry
G	16640	financial district
G	4	financial kathimerini
G	4	financial post
G	4	financial security assurance
G	1049088	financial times
G	8	financial times-stock exchange
G	16384	findlay
G	16384	finglas
G	130	finland
G	16384	finlyandskiy
G	8192	finn
G	16384	finnentrop
G	8	finnish
G	8192	finns
G	16384	finote selam
G	16384	finsterwalde
G	16	fiona
G	1	fiona may
G	16	fionn
G	16384	fiorano
G	4	fiorentina
G	512	firestone
G	2	firestone c.c
G	16384	firmat
G	1	firmin gatera
G	16384	firminy
G	4	first alliance
G	4	first alliance corporation and subsidiaries
G	8	first battle of the newbury bypass
G	4	first capital corp
G	4	first pacific
G	4	first union
G	4	first union corp
G	4	first union national bank of fla.
G	4	first union national bank of florida
G	131072	first world war
G	4	fis
G	32	fischer
G	1	fischler
G	32	fisher
G	16384	fishers
G	1	fita bayesa
G	16384	fitchburg
G	32	fitzgerald
G	1	fitzpatrick
G	4	fitzroy
G	16384	fiumicino - isola sacra
G	16384	fiumicino-isola sacra
G	16384	five corners
G	8	five nations
G	16384	fizuli
G	32	fjeldsted
G	4	fk jablonec
G	4	fk teplice
G	2	fla.
G	16384	flagami
G	16384	flagstaff
G	262144	flake
G	4	flamengo
G	4	flamurtari vlore
G	16384	flandes
G	16384	flatbush
G	16384	flatlands
G	1	flavin
G	16384	fleet
G	16384	fleetwood
G	512	fleetwood mac
G	32	fleming
G	16384	fleming island
G	65536	flemish
G	65536	flemishes
G	1	flemming
G	16384	flensburg
G	16384	flers
G	16	fletcher
G	1	fleuchaus
G	1	fleurian
G	16384	fleurus
G	16384	fleury - les - aubrais
G	16384	fleury-les-aubrais
G	8	flight 150
G	16384	flint
G	4	flnc
G	16384	floirac
G	18	flora
G	16384	floral park
G	16386	florence
G	16384	florence - graham
G	2048	florence nightingale
G	16384	florence-graham
G	16400	florencia
G	1	florencia labat
G	2	florentine guelfs
G	16416	flores
G	16384	flores da cunha
G	16384	floresta
G	16384	floreşti
G	16	florian
G	1	florian rousseau
G	16384	floriano
G	16384	florianópolis
G	540934	florida
G	4	florida marlins
G	16384	florida ridge
G	2	florida straits
G	16384	floridablanca
G	16384	floridia
G	16384	floridsdorf
G	16384	florin
G	16384	florissant
G	1	flower
G	16384	flower mound
G	16384	flowing wells
G	16	floyd
G	4	fluminense
G	2	flushing meadows
G	16384	flémalle - haute
G	16384	flémalle-haute
G	16384	fléron
G	16384	flórina
G	16384	flörsheim
G	16384	fnidek
G	16384	fochville
G	16384	focșani
G	1	foe
G	1	fogarty
G	16384	foggia
G	2	foindu
G	16384	fokino
G	4	fokker aviation
G	16384	foley
G	16384	foligno
G	16384	folkestone
G	16384	follonica
G	16384	folsom
G	16384	fomento
G	16384	fond du lac
G	16384	fond parisien
G	16384	fondi
G	16384	fonseca
G	16388	fontaine
G	4	fontaine co ltd
G	16384	fontainebleau
G	16416	fontana
G	16384	fonte boa
G	16384	fontem
G	16384	fontenay - aux - roses
G	16384	fontenay - le - comte
G	16384	fontenay - sous - bois
G	16384	fontenay-aux-roses
G	16384	fontenay-le-comte
G	16384	fontenay-sous-bois
G	4	football association of ireland
G	8	football hall of fame
G	16384	foothill farms
G	16388	footscray
G	16384	forbach
G	16384	forbesganj
G	16384	forchheim
G	516	ford
G	4	ford china
G	8	ford escort
G	4	ford motor co
G	16384	fordham
G	16384	fordon
G	16384	fords
G	4	foreign affairs
G	4096	foreign minister
G	4	foreign ministry
G	4	foreign office
G	4	foreldorado
G	16384	forest grove
G	16384	forest hills
G	16384	forest lake
G	16384	forest park
G	4	forfar
G	16384	forio
G	16384	forlì
G	16384	formby
G	2	former yugoslavia
G	16384	formia
G	16384	formiga
G	16384	formigine
G	16384	formosa
G	8	formula one grand prix
G	4	formula shell
G	16384	fornacelle
G	16384	forney
G	16384	forquilhinha
G	16	forrest
G	8	forrest gump
G	4	forsa
G	4	forschungsgruppe wahlen
G	16384	forssa
G	16384	forst
G	16384	fort - de - france
G	16384	fort abbas
G	16384	fort beaufort
G	16384	fort bragg
G	16384	fort collins
G	16384	fort dodge
G	16384	fort erie
G	16384	fort gloster
G	16384	fort hamilton
G	16384	fort hood
G	16384	fort hunt
G	16386	fort lauderdale
G	16384	fort lee
G	16384	fort leonard wood
G	16384	fort mcmurray
G	16384	fort myers
G	16384	fort pienc
G	16384	fort pierce
G	16384	fort portal
G	16384	fort smith
G	16384	fort st. john
G	16384	fort thomas
G	16384	fort walton beach
G	16384	fort washington
G	16384	fort wayne
G	16450	fort worth
G	16384	fort-de-france
G	16448	fortaleza
G	2	forth road bridge
G	32	fortin
G	4	fortuna duesseldorf
G	16384	fortuna foothills
G	4	fortuna sittard
G	16384	fortín de las flores
G	16384	fos - sur - mer
G	16384	fos-sur-mer
G	16448	foshan
G	16384	foso
G	16384	fossano
G	17	foster
G	16384	foster city
G	16384	fougères
G	16384	foumban
G	16384	foumbot
G	16384	fountain
G	16384	fountain hills
G	16384	fountain valley
G	16384	fountainebleau
G	16384	four corners
G	4	four nations tv committee
G	32	fournier
G	4	fourth circuit
G	1048576	fourth international
G	8	fourth world conference on women
G	33	fowler
G	1	fox
G	4	fox broadcasting
G	1048576	fox news
G	512	foxcon
G	16384	foz do iguaçu
G	16	fozia
G	16384	foça
G	524290	fr
G	16384	fraccionamiento ciudad olmeca
G	16384	fraccionamiento real palmas
G	16384	fraijanes
G	16384	frameries
G	16384	framingham
G	16384	framingham center
G	16	fran
G	16384	franca
G	16384	francavilla al mare
G	16384	francavilla fontana
G	524418	france
G	4	france telecom
G	8	france-juppe
G	4	france-soir
G	16	frances
G	16	francesca
G	1	francesca lubiani
G	16	francesco
G	1	francesco casagrande
G	1	francesco toldo
G	16384	franceville
G	16	francina
G	16	francine
G	16	francis
G	1	francis agyepong
G	1	francis moreau
G	16	francisca
G	16	francisco
G	16384	francisco beltrão
G	1	francisco cea
G	1	francisco clavet
G	16384	francisco i. madero
G	16384	francisco morato
G	16384	francistown
G	16	franciszek
G	1	franco baresi
G	16384	franco da rocha
G	8	franco-prussian
G	16	francois
G	1	francois-rene ( vicomte de ) chateaubriand
G	16	francoise
G	16384	franconia
G	16384	franconville
G	1	frank asselman
G	1	frank bunce
G	1	frank de boer
G	1	frank leboeuf
G	1	frank nobilo
G	1	frank quilter
G	1	frank vandenbroucke
G	1	franka dietzsch
G	16384	frankenberg
G	16384	frankenthal
G	16384	frankfort
G	66	frankfurt
G	16384	frankfurt am main
G	4	frankfurt newsroom
G	16	frankie
G	1	frankie fredericks
G	1	frankie rodriguez
G	16400	franklin
G	1	franklin d. roosevelt
G	16384	franklin park
G	2	franklin roosevelt
G	16384	franklin square
G	16	franklyn
G	16384	frankston
G	16384	frankston east
G	16384	frankston south
G	1	franny
G	1	franny weld
G	2048	frans
G	262144	fransen
G	2048	franz
G	1	franz fischler
G	1	franz konrad
G	1	franz stocher
G	16384	französisch buchholz
G	16384	frascati
G	262161	fraser
G	4	fraternite matin
G	16384	frattamaggiore
G	16384	frattaminore
G	16384	frauenfeld
G	16384	fray bentos
G	16384	frechen
G	17	fred
G	1	fred couples
G	1	fred funk
G	1	fred mcgriff
G	1	fred trueman
G	16	freda
G	16	freddie
G	16	freddy
G	1	freddy pinas
G	16	frederic
G	2048	frederic chopin
G	1	frederic magne
G	1	frederic malardeau
G	1	frederic vialle
G	1	frederic vitoux
G	16384	fredericia
G	16400	frederick
G	1	frederick chiluba
G	1	fredericks
G	16384	fredericksburg
G	16384	frederickson
G	16384	frederico westphalen
G	16384	fredericton
G	16	frederik
G	16384	frederiksberg
G	16384	frederikshavn
G	1	fredi bobic
G	16	fredrick
G	16	fredrik
G	16384	fredrikstad
G	4	freedom front
G	32	freeman
G	524288	freemasonry
G	16384	freeport
G	16386	freetown
G	16384	freguesia do ribeirao da ilha
G	16384	freha
G	16384	freiberg
G	16384	freiberg am neckar
G	16390	freiburg
G	16384	freilassing
G	16384	freising
G	16384	freital
G	16	freja
G	4	fremantle
G	16384	fremont
G	9216	french
G	4	french archaeological society
G	130	french guiana
G	8	french open
G	128	french polynesia
G	2	french riviera
G	16384	french rocks
G	128	french southern territories
G	8	french-educated
G	8	french-registered
G	1024	frenches
G	8192	frenchman
G	16384	frenda
G	16384	fresh meadows
G	16384	fresnes
G	16384	fresnillo
G	16448	fresno
G	16384	freudenberg
G	16384	freudenstadt
G	16384	fria
G	16384	fribourg
G	16	frida
G	16384	fridley
G	16	frieda
G	16384	friedberg
G	16384	friedenau
G	32	friedman
G	16	friedrich
G	16384	friedrichsdorf
G	16384	friedrichsfelde
G	16384	friedrichshafen
G	16384	friedrichshagen
G	16384	friedrichshain
G	16384	friendswood
G	16384	friesoythe
G	16384	frinton - on - sea
G	16384	frinton-on-sea
G	16384	frisco
G	512	frito lay
G	16	frits
G	16	fritz
G	16384	frohnau
G	16384	frolovo
G	16384	frome
G	16384	front royal
G	16384	frontera
G	4	frontier
G	16384	frontignan
G	16384	frosinone
G	1	frowick
G	16384	fruit cove
G	16384	frutal
G	16384	fryazevo
G	16384	fryazino
G	16384	fréjus
G	16384	fröndenberg
G	16384	frýdek - místek
G	16384	frýdek-místek
G	4	fsa
G	1048576	fsb
G	4	fsu
G	4	ftc
G	8	ftse
G	8	ftse 100
G	8	ftse-100
G	32	fuchs
G	16384	fuchūchō
G	16384	fuding
G	16384	fuencarral - el pardo
G	16384	fuencarral-el pardo
G	16384	fuengirola
G	16384	fuenlabrada
G	32	fuentes
G	16384	fuentes del valle
G	16384	fuji
G	256	fujian
G	16384	fujieda
G	16384	fujikawaguchiko
G	16384	fujin
G	16384	fujinomiya
G	16384	fujioka
G	16384	fujisawa
G	16384	fujishiro
G	32	fujita
G	1	fujiwara
G	16384	fujiyoshida
G	16384	fukagawa
G	16384	fukayachō
G	16384	fukiage - fujimi
G	16384	fukiage-fujimi
G	16384	fukuchiyama
G	16384	fukuechō
G	16384	fukui - shi
G	16384	fukui-shi
G	16384	fukumitsu
G	16384	fukuoka
G	16384	fukura
G	16384	fukuroi
G	16384	fukushima
G	16448	fukuyama
G	1	fulcheri
G	16384	fulda
G	4	fulham
G	16384	fuli
G	16384	fuling
G	32	fuller
G	16384	fullerton
G	4	fulmar
G	16384	funaishikawa
G	1	funar
G	16384	funchal
G	16384	fundación
G	16384	fundong
G	16384	funehikimachi - funehiki
G	16384	funehikimachi-funehiki
G	1	fung permadi
G	16384	funtua
G	16384	funza
G	16384	fuorigrotta
G	16384	fuqing
G	16384	fuquay - varina
G	16384	fuquay-varina
G	16384	furmanov
G	16384	furukawa
G	16384	fusagasugá
G	16384	fushun
G	16384	fussa
G	16384	futtsu
G	16384	fuwwah
G	16384	fuxin
G	16384	fuyang
G	16384	fuyu
G	16384	fuyuan
G	16384	fuzhou
G	16384	fylde
G	16	fyodor
G	16384	fyzābād
G	16384	fânzeres
G	16384	fès
G	16384	fès al bali
G	16384	fécamp
G	16384	fót
G	16384	fürstenfeldbruck
G	16384	fürstenwalde
G	16384	fürth
G	16384	fālākāta
G	16384	fāqūs
G	16384	fāraskūr
G	16384	fārsān
G	16384	fāzilka
G	16384	făgăraș
G	16384	fălticeni
G	16384	fīrozpur jhirka
G	16384	fīrozābād
G	16384	fīrūzābād
G	16384	fūman
G	1	g. archer
G	1	g. flower
G	1	g. gooch
G	1	g. lloyd
G	1	g. mcgrath
G	1	g. parsons
G	1	g. rose
G	1	g. thorpe
G	1	g. whittall
G	512	g8
G	16384	ga - rankuwa
G	16384	ga-rankuwa
G	16384	gaalkacyo
G	16	gabe
G	16	gabi
G	1	gabi rokmeier
G	16	gabija
G	130	gabon
G	1	gabor sitanyi
G	16384	gaborone
G	16	gabreal
G	1	gabrich
G	17	gabriel
G	1	gabriel batistuta
G	1	gabriel curuchet
G	16	gabriela
G	1	gabriela sabatini
G	16	gabriele
G	1	gabriele colombo
G	16	gabrielius
G	16	gabriella
G	16	gabrielle
G	16384	gabrovo
G	16	gaby
G	16384	gabès
G	4	gaceta de los negocios
G	16384	gadag
G	16384	gadag - betageri
G	16384	gadag-betageri
G	32768	gaddafi
G	16384	gaddi annaram
G	16384	gadhada
G	16384	gadhinglaj
G	2	gadoon
G	16384	gadsden
G	16384	gadwāl
G	16384	gaeta
G	16384	gafargaon
G	16384	gafsa
G	16384	gagarin
G	16384	gagarin shahri
G	16384	gage park
G	16384	gaggenau
G	32	gagne
G	16384	gagnoa
G	32	gagnon
G	16384	gagny
G	16384	gahanna
G	16384	gaigeturi
G	1	gail devers
G	16384	gaillimh
G	16384	gainesville
G	16384	gainsborough
G	1	gaissmayer
G	16384	gaithersburg
G	1	gajdos
G	16384	gajendragarh
G	16384	gajraula
G	16384	gajuwaka
G	4	gak
G	4	gal
G	1	gala leon garcia
G	16384	galaat el andeless
G	16384	galanta
G	16384	galaosiyo shahri
G	16384	galapa
G	16384	galapagar
G	16384	galappo
G	4	galatasaray
G	16384	galatina
G	16384	galaţi
G	16384	galdakao
G	16	gale
G	1	gale norton
G	32	galeano
G	16	galen
G	16384	galesburg
G	16384	galesong
G	16384	galich
G	1	galina enioukhina
G	1	galina malchugina
G	33	gallagher
G	16384	gallarate
G	16384	gallatin
G	16384	galle
G	32	galli
G	16384	galliate
G	16384	gallipoli
G	32	gallo
G	16384	gallup
G	16384	gallus
G	1	galo blanco
G	16384	galt
G	16384	galveston
G	64	galway
G	16384	galátsi
G	32	gamage
G	16384	gamagōri
G	16	gamalat
G	16384	gambat
G	128	gambia
G	1024	gambian
G	1024	gambians
G	16384	gambiran satu
G	16384	gamboma
G	16384	gamboru
G	16384	gambēla
G	16384	gameleira
G	8	games
G	16	gamila
G	16384	gamla uppsala
G	16384	gamonal
G	16384	gampengrejo
G	16384	gamping lor
G	16384	gampola
G	4	gan
G	16384	gan yavne
G	16384	gandajika
G	16384	ganderkesee
G	16384	gandevi
G	32	gandhi
G	16448	gandhinagar
G	16384	gandia
G	16384	gandu
G	16384	ganei tikva
G	256	ganges
G	16384	ganghwa - gun
G	16384	ganghwa-gun
G	16384	gangneung
G	16384	gangoh
G	16384	gangolli
G	16448	gangtok
G	1	ganguly
G	16384	gangākher
G	16384	gangānagar
G	16384	gangāpur
G	16384	gangārāmpur
G	16384	gangāwati
G	16384	ganj dundwāra
G	16384	ganja
G	16384	gannan
G	16384	gannavaram
G	256	gansu
G	16384	gantang
G	16384	ganye
G	16416	gao
G	16384	gaogou
G	16384	gaomi
G	16384	gaoping
G	16384	gaoyou
G	16384	gaozhou
G	16384	gap
G	16384	gapan
G	16384	gapyeong
G	1	garang
G	16384	garango
G	16384	garanhuns
G	16384	garbagnate milanese
G	16384	garbsen
G	16384	garches
G	16384	garching bei münchen
G	32	garcia
G	16384	garcía
G	16384	gardanne
G	16384	garden city
G	16384	garden grove
G	16384	gardena
G	16384	gardez
G	16416	gardner
G	16	gareth
G	1	gareth farrelly
G	16384	garfield
G	16384	garfield heights
G	16384	garges - lès - gonesse
G	16384	garges-lès-gonesse
G	16384	gargždai
G	16384	garh maharaja
G	2	garhi habibullah
G	16384	garhmuktesar
G	16384	garhshankar
G	16384	garhwa
G	16384	garhākota
G	16384	gariadhar
G	16384	garibaldi
G	16384	garissa
G	16384	garko
G	16400	garland
G	16384	garmisch - partenkirchen
G	16384	garmisch-partenkirchen
G	16384	garner
G	16	garnet
G	16384	garoowe
G	16384	garoua
G	16384	garoua boulaï
G	1	garret anderson
G	16	garrett
G	1	garrett lambert
G	8	garrington 4-8
G	1	garrity
G	16	garry
G	1	garry weiss
G	1	garry west
G	16384	gartenstadt
G	16	garth
G	4	gartner group
G	16384	garui
G	16384	garupá
G	16384	garwolin
G	278544	gary
G	1	gary breen
G	1	gary disarcina
G	1	gary emerson
G	1	gary kelly
G	1	gary kirsten
G	1	gary lauck
G	1	gary neiwand
G	1	gary orr
G	1	gary sheffield
G	1	gary teichmann
G	32	garza
G	16384	garzón
G	16384	garça
G	32	gashi
G	16384	gashua
G	16384	gaspar
G	2048	gaston
G	1	gaston taument
G	16384	gastonia
G	16384	gatak
G	16384	gatchina
G	1	gatera
G	16384	gates - north gates
G	16384	gates-north gates
G	16384	gateshead
G	16384	gatesville
G	4	gateway data sciences
G	16384	gatineau
G	1	gatting
G	2	gatwick
G	65536	gaullist
G	65536	gaullists
G	16384	gaur
G	16384	gauripur
G	16384	gaurnadi
G	32	gauthier
G	16384	gautier
G	16384	gauting
G	16384	gavarr
G	16	gavin
G	1	gavin featherstone
G	1	gavin levenson
G	16384	gavrilov - yam
G	16384	gavrilov-yam
G	16384	gavà
G	16384	gawler
G	16384	gay
G	256	gay village
G	16384	gaya
G	16	gayle
G	2637890	gaza
G	2097154	gaza strip
G	8	gaza-based
G	4	gazeta shqiptare
G	4	gazeta wyborcza
G	16384	gaziantep
G	16384	gazipaşa
G	16384	gazojak
G	1048580	gazprom
G	16384	gb
G	16384	gbadolite
G	16384	gbarnga
G	16384	gbawe
G	16384	gbongan
G	1	gcaleka
G	66	gdansk
G	16384	gdańsk
G	16384	gdynia
G	16384	gebog
G	16384	gebre guracha
G	16384	gebze
G	16384	gedangan
G	16384	gedera
G	16384	gediz
G	16384	geel
G	16388	geelong
G	1	geert de clercq
G	16384	geertruidenberg
G	16384	geesthacht
G	16384	geidam
G	16384	geidorf
G	16384	geilenkirchen
G	16384	geiro
G	16384	geislingen an der steige
G	16384	geita
G	16384	gejiu
G	16384	gela
G	16384	geldermalsen
G	16384	geldern
G	16384	geldrop
G	16384	geleen
G	16384	gelemso
G	16384	gelendzhik
G	16384	gelibolu
G	16384	gelligaer
G	16384	gelnhausen
G	16384	gelsenkirchen
G	16384	gembloux
G	16384	gembu
G	16384	gemena
G	16384	gemerek
G	16384	gemert
G	16384	gemlik
G	16	gemma
G	4096	gen
G	16	gena
G	4	gencor
G	4	gencor ltd
G	16384	geneina
G	4096	general
G	512	general electric
G	16384	general enrique mosconi
G	16384	general josé de san martín
G	16384	general mamerto natividad
G	516	general motors
G	16384	general pacheco
G	16384	general pico
G	16384	general pinedo
G	16384	general roca
G	16384	general santos
G	16384	general tinio
G	16384	general trias
G	16384	general villegas
G	16	genesis
G	16384	genet
G	16450	geneva
G	16	genevieve
G	16384	genhe
G	16388	genk
G	16	genna
G	1	gennadi markov
G	1	gennadi skidan
G	16384	gennep
G	16384	gennevilliers
G	16454	genoa
G	16384	gent
G	4	gente
G	16384	genteng
G	4	gentext optics inc
G	16384	gentilly
G	16384	genzano di roma
G	16384	genç
G	16384	genève
G	16	geoff
G	1	geoff marsh
G	16	geoffrey
G	1	geoffrey fieger
G	16384	geoktschai
G	16	georg
G	16	george
G	1	george bush
G	1	george duffield
G	1	george garang
G	1	george georgiopoulos
G	1	george grech
G	1	george hincapie
G	1	george joulwan
G	32768	george soros
G	16384	george town
G	1	george weah
G	16	georges
G	1	georges simenon
G	1	georges zicot
G	16384	georgetown
G	16	georgette
G	16	georgi
G	386	georgia
G	66560	georgian
G	66560	georgians
G	16	georgie
G	32	georgiev
G	32	georgieva
G	16	georgina
G	16	georgios
G	1	georgios chimonetos
G	16384	georgiyevsk
G	16384	georgsmarienhütte
G	16	georgy
G	1	georgy mamedov
G	16384	georgīevka
G	1	gephardt
G	16384	gera
G	16384	geraardsbergen
G	16	gerald
G	1	gerald machnee
G	16	geraldina
G	16	geraldine
G	16384	geraldton
G	17	gerard
G	1	gerard kiely
G	1	gerard pignon
G	16	gerardo
G	32768	gerasimov
G	1	gerd ruch
G	16384	gerede
G	16384	gereida
G	16384	gereshk
G	16384	geretsried
G	16	gerhard
G	1	gerhard berger
G	16	geri
G	16384	gerlingen
G	16	germaine
G	533504	german
G	8	german open
G	8	german-led
G	9216	germans
G	16384	germantown
G	524418	germany
G	16384	germering
G	16384	germersheim
G	16384	gernika - lumo
G	16384	gernika-lumo
G	16384	gero
G	16384	gerona
G	1	geronimo
G	16384	gerrards cross
G	16	gerrit
G	16	gerry
G	16384	gersthofen
G	16	gert
G	1	gert jan van doorn
G	16	gertrud
G	16	gertrude
G	16384	gerāsh
G	16384	gescher
G	16384	geseke
G	16384	gesundbrunnen
G	16384	getafe
G	16384	getxo
G	16384	gevelsberg
G	16384	gevgelija
G	16384	gevrai
G	16384	geyve
G	128	ghana
G	1024	ghanaian
G	1024	ghanaians
G	16384	gharaunda
G	16384	ghardaïa
G	16384	gharo
G	16384	gharyan
G	16384	ghat
G	16384	ghatkesar
G	16384	ghauspur
G	16384	ghazieh
G	16384	ghazni
G	16384	ghazīpur
G	16384	ghedi
G	68	ghent
G	32	gheorghe
G	1	gheorghe funar
G	16384	gheorgheni
G	16384	gherla
G	8	ghibellines
G	16384	ghormach
G	16384	ghosī
G	16384	ghoti budrukh
G	16384	ghotki
G	512	ghq
G	16384	ghugus
G	16384	ghātampur
G	16384	ghātanji
G	16384	ghātsīla
G	16384	ghātāl
G	16384	ghāziābād
G	16	gia
G	16	giacomo
G	16384	giaginskaya
G	1	gianfranco stevanin
G	1	gianluca corini
G	1	gianluca pozzi
G	1	gianluca vialli
G	16	gianna
G	1	gianni bugno
G	1	gianni versace
G	2048	giannis
G	16384	giannitsá
G	4	giants
G	16384	giarre
G	16384	gibara
G	1	gibbs
G	16512	gibraltar
G	32	gibson
G	16384	giddalūr
G	16384	giddarbāha
G	1	gideon chirchir
G	16384	gien
G	16384	giengen an der brenz
G	16384	gierłoż
G	16384	gießen
G	16384	gif - sur - yvette
G	16384	gif-sur-yvette
G	16384	gifhorn
G	4	gift of love
G	16384	gifu - shi
G	16384	gifu-shi
G	4	giga information group
G	16	gigi
G	1	gigi fernandez
G	16384	gijang
G	16384	gijón
G	32	gil
G	4	gil vicente
G	16400	gilbert
G	1	gilbert agius
G	1	gilbert facchinetti
G	1	gilbert gress
G	1	gilbert le gras
G	1	gilbert schaller
G	16	gilberto
G	1	gilbertson
G	16384	gilching
G	16	gilda
G	1	gildea
G	16	giles
G	1	giles bonnet
G	16	gilles
G	16384	gillette
G	16	gillian
G	1	gillian russell
G	16388	gillingham
G	262144	gillum
G	16384	gilroy
G	16384	gimbi
G	16384	gimcheon
G	32	gimenez
G	4	gimnasia-jujuy
G	4	gimnasia-la plata
G	16	gina
G	1	gina tillman
G	4	ginebra san miguel
G	16384	gingee
G	1	gingrich
G	4	gingrich / dole congress
G	4	gingrich congress
G	16384	ginir
G	16	gino
G	16384	ginosa
G	16384	ginowan
G	16384	ginsheim - gustavsburg
G	16384	ginsheim-gustavsburg
G	16384	gioia del colle
G	16384	gioia tauro
G	32	giordano
G	16	giorgi
G	32768	giorgia meloni
G	16	giorgio
G	16	giorgis
G	16	giovanna
G	17	giovanni
G	1	giovanni lavaggi
G	1	giovanni lombardi
G	1	giovanni van bronckhorst
G	16384	giovinazzo
G	16384	girardot city
G	16384	giresun
G	32768	girkin
G	8	giro d'italia
G	16384	girona
G	16384	girón
G	16384	gisborne
G	16	gisela
G	16	gisele
G	16	giselle
G	16386	gisenyi
G	16	gita
G	16384	gitarama
G	16384	gitega
G	512	github
G	16384	giugliano in campania
G	294912	giuliani
G	16384	giulianova
G	1	giuly
G	1	giunluca gorini
G	16384	giurgiu
G	16	giuseppe
G	1	giuseppe citterio
G	16384	giussano
G	16384	giv'at shmuel
G	16384	givatayim
G	16384	givors
G	16384	giyani
G	16448	giza
G	16384	giżycko
G	16384	gjakovë
G	16384	gjilan
G	16384	gjirokastër
G	1	gjon buzuku
G	32	gjonaj
G	32	gjoni
G	16384	gjorče petro
G	16384	gjøvik
G	4	gks belchatow
G	4	gks katowice
G	16384	glace bay
G	16384	gladbeck
G	16384	gladstone
G	16	gladys
G	1	glafcos xenos
G	4	glamorgan
G	16384	glan
G	16450	glasgow
G	4	glasgow rangers
G	16384	glassboro
G	16384	glassmanor
G	16384	glastonbury
G	16384	glauchau
G	512	glaxo smith kline
G	16384	glazov
G	16	glen
G	16384	glen avon
G	16384	glen burnie
G	16384	glen cove
G	16384	glen ellyn
G	1	glen hoddle
G	16384	glen iris
G	1	glen osborne
G	16384	glen waverley
G	16	glena
G	1	glenallen hill
G	512	glencore
G	16	glenda
G	16384	glendale
G	16384	glendale heights
G	16384	glendora
G	16384	glenferrie
G	16384	glenmore park
G	16	glenn
G	1	glenn hoddle
G	1	glenn mcgrath
G	1	glenn taylor
G	16	glenna
G	16384	glenrothes
G	16384	glenroy
G	4	glentoran
G	16384	glenvar heights
G	16386	glenview
G	16384	glenville
G	16386	glenwood
G	1	glickman
G	16384	glinde
G	16384	gliwice
G	4	globo
G	16384	glogovac
G	16	gloria
G	4	gloria bistrita
G	1	gloria pizzichini
G	16384	glossop
G	16384	glostrup
G	16384	gloucester
G	260	gloucestershire
G	16384	gloversville
G	16384	glyfáda
G	1	glyn davies
G	16	glynis
G	16384	glória do goitá
G	512	gmb
G	8	gmt
G	16384	gniezno
G	16640	goa
G	16384	goba
G	16384	gobabis
G	16384	gobernador gálvez
G	16384	gobernador virasora
G	16384	gobichettipalayam
G	16384	gobindpur
G	16384	gobārdānga
G	16384	gobō
G	16384	goch
G	524289	god
G	16384	godalming
G	256	godavari
G	16384	godda
G	16384	godean
G	1	godee
G	16400	godfrey
G	16384	godhra
G	16384	goes
G	16384	gogrial
G	16384	gohadi
G	16384	gohāna
G	16384	goiana
G	16384	goianira
G	16384	goianésia
G	4	goias
G	16384	goiatuba
G	16384	goirle
G	16384	goiás
G	16384	goiânia
G	16384	gojra
G	16384	gojō
G	16384	gokak
G	16384	gokarna
G	16384	gokavaram
G	16384	gokwe
G	16384	gola gokarannāth
G	2	golan
G	2097154	golan heights
G	16384	golborne
G	16452	gold coast
G	16	golda
G	32	goldberg
G	16384	golden
G	4	golden crescent
G	8	golden four
G	16384	golden gate
G	16384	golden glades
G	512	golden state warriors
G	16384	golden valley
G	16	goldie
G	1	goldman
G	4	goldman , sachs & co
G	4	goldman , sachs and co .
G	516	goldman sachs
G	4	goldman sachs & co
G	4	goldman sachs & co wertpapier gmbh
G	16384	goldsboro
G	33	goldstein
G	16384	goleniów
G	16384	goleta
G	2	golf
G	16384	golitsyno
G	16384	golpāyegān
G	32	golubev
G	16384	golāghāt
G	16386	goma
G	16384	gombe
G	16384	gombi
G	16384	gombong
G	32	gomes
G	32	gomez
G	16384	gomoh
G	16384	gonaïves
G	16384	gonbad - e kāvūs
G	16384	gonbad-e kāvūs
G	32	goncalves
G	1	goncharova
G	16384	gondal
G	16384	gondar
G	16384	gondiā
G	16384	gondomar
G	16384	gondā city
G	16384	gonesse
G	1	gong zhichao
G	16384	gongchangling
G	16384	gongdanglegi kulon
G	16384	gongju
G	16384	gongzhuling
G	32	gonzales
G	262176	gonzalez
G	16	gonzalo
G	16384	gonābād
G	1	gooch
G	32	goode
G	16384	goodings grove
G	16384	goodlands
G	16384	goodlettsville
G	32	goodman
G	2048	goodwin
G	16896	goodyear
G	1573376	google
G	16	googoosh
G	16384	goole
G	16384	goose creek
G	1	goosen
G	8	gop
G	1	gopal sharma
G	16384	gopālganj
G	16384	gorakhpur
G	16	goran
G	1	goran ivanisevic
G	1	goran koprinovic
G	16384	gorantla
G	16384	goražde
G	32800	gorbachev
G	16	gord
G	1	gordana kukic
G	16	gordon
G	1	gordon parsons
G	1	gordon smith
G	1	gore
G	16384	gorelovo
G	2	gorgona
G	16384	gorgonzola
G	16384	gorgān
G	16384	gori
G	16384	goribidnūr
G	16384	gorinchem
G	16384	goris
G	16384	gorizia
G	2	gorleben
G	16384	gorlice
G	16384	gorna oryahovitsa
G	4	gornik zabrze
G	16384	gornji milanovac
G	16384	gorno - altaysk
G	16384	gorno-altaysk
G	16384	gornyak
G	16384	gorodets
G	16384	gorodishche
G	16384	goroka
G	16384	gorontalo
G	1	gorre
G	16384	gorseinon
G	16384	goryachevodskiy
G	16384	goryachiy klyuch
G	16384	gorzów wielkopolski
G	1	goschen
G	16384	gose
G	16384	gosen
G	16384	goseong
G	16384	gosforth
G	16384	goshen
G	16384	goshogawara
G	16384	goslar
G	16384	gosnells
G	16384	gosport
G	16384	gossau
G	16384	gostivar
G	16384	gostynin
G	16384	gostyń
G	16384	gosāba
G	16384	gotenba
G	16384	goth radhan
G	16384	gotha
G	66	gothenburg
G	16384	gotse delchev
G	16	gottfried
G	2048	gotye
G	16386	gouda
G	1	gough
G	16384	goulburn
G	1	goulnara fatkoullina
G	1	gounon
G	16384	gourcy
G	16384	goussainville
G	4096	gov
G	16384	govardhan
G	16384	governador valadares
G	4	government housing bank
G	4	government of national unity and reconciliation
G	4096	governor
G	262144	gowdy
G	16384	gowurdak
G	16384	goya
G	16384	goyang - si
G	16384	goyang-si
G	16384	goyerkāta
G	16384	goālpāra
G	4	gpg
G	16384	graaff - reinet
G	16384	graaff-reinet
G	4	graafschap
G	4	graafschap doetinchem
G	16384	grabouw
G	1	grabowksi
G	1	grabowski
G	16	grace
G	1	grace kelly
G	16	gracie
G	16	graciela
G	16384	gradačac
G	16384	gradignan
G	16	grady
G	1	graef
G	1	graeme hick
G	1	graeme obree
G	1	graf
G	8	graf-like
G	16384	grafton
G	16384	gragnano
G	278544	graham
G	1	graham gooch
G	1	graham lloyd
G	1	graham sharman
G	1	graham thorpe
G	1	graham watts
G	16384	grahamstown
G	16384	grajaú
G	16384	grajewo
G	16384	gramercy park
G	1	gramoz ruci
G	540672	granada
G	16384	granadero baigorria
G	16384	granadilla de abona
G	16384	granby
G	16384	grand - bassam
G	16384	grand boulevard
G	16384	grand forks
G	16384	grand island
G	16384	grand junction
G	16384	grand prairie
G	8	grand prix
G	16384	grand rapids
G	8	grand slam
G	8	grand slams
G	16384	grand-bassam
G	16384	grande - synthe
G	16386	grande prairie
G	16384	grande-synthe
G	8	grandstand
G	16384	grandview
G	16384	grandville
G	16384	graneros
G	16384	grangemouth
G	16384	granger
G	16384	grangwav
G	1	granic
G	16384	granite bay
G	16384	granite city
G	16384	graniteville
G	16384	granja
G	16384	granollers
G	16	grant
G	1	grant flower
G	1	grant stafford
G	16384	grantham
G	16384	grants pass
G	16384	granville
G	16384	grao de murviedro
G	16384	grapevine
G	16384	grasse
G	4	grasshopper
G	4	grasshoppers
G	262144	grassley
G	16384	gravataí
G	16384	gravatá
G	1	gravelaine
G	256	gravenhurst
G	16384	gravesend
G	16384	gravina di catania
G	16384	gravina in puglia
G	32	grayling
G	16384	grays
G	16384	grayslake
G	16448	graz
G	16384	grazhdanka
G	16384	gračanica
G	16384	great bend
G	384	great britain
G	131072	great depression
G	16384	great falls
G	2	great hall of the people
G	16384	great kills
G	256	great lakes
G	16384	great malvern
G	16384	great sankey
G	131072	great war
G	16384	great wyrley
G	16384	great yarmouth
G	16384	greater grand crossing
G	16384	greater napanee
G	16384	greater noida
G	16384	greater northdale
G	16384	greater sudbury
G	16384	greater upper marlboro
G	130	greece
G	9216	greek
G	1024	greeks
G	16384	greeley
G	16385	green
G	256	green acres
G	16384	green bay
G	512	green bay packers
G	512	green day
G	16384	green haven
G	16640	green valley
G	16384	greenacre
G	16384	greenacres city
G	16384	greenbelt
G	16384	greenburgh
G	32	greene
G	16384	greeneville
G	278784	greenfield
G	16384	greenford
G	128	greenland
G	16388	greenock
G	4	greenock morton
G	16384	greenpoint
G	4	greens
G	16384	greensboro
G	16384	greensborough
G	16384	greenvale
G	16388	greenville
G	256	greenwich
G	16384	greenwood
G	16384	greenwood village
G	16385	greer
G	16384	grefrath
G	17	greg
G	1	greg chappell
G	1	greg frost
G	1	greg gagne
G	1	greg norman
G	1	greg rusedski
G	1	greg turner
G	16	gregg
G	16	gregor
G	16	gregorio
G	16	gregory
G	1	gregory carraz
G	1	gregory randolph
G	16384	greifswald
G	16384	greiz
G	16384	gremda
G	4	gremio
G	128	grenada
G	16384	grenchen
G	16384	grenoble
G	16384	gresham
G	16384	gresik
G	1	gress
G	16384	gressier
G	16	greta
G	16	gretchen
G	16384	gretna
G	16384	greve
G	16384	greven
G	16384	grevenbroich
G	16384	greystanes
G	32	grgic
G	16384	gribanovskiy
G	16384	gries
G	16384	griesheim
G	16384	griffin
G	16416	griffith
G	32	griffiths
G	16384	grigny
G	16384	grimbergen
G	16384	grimma
G	16644	grimsby
G	6	griqualand west
G	16	griselda
G	1	grobbelaar
G	16384	grodzisk mazowiecki
G	16384	groesbeek
G	16384	grogol
G	16384	gronau
G	16388	groningen
G	16384	groot ijsselmonde
G	16384	grootfontein
G	16384	gropiusstadt
G	16384	grosse pointe woods
G	16384	grosseto
G	524288	groton
G	16384	grottaferrata
G	16384	grottaglie
G	16384	grove
G	16384	grove city
G	16	grover
G	16384	groves
G	2	grozny
G	16384	groznyy
G	16384	groß - gerau
G	16384	groß - umstadt
G	16384	groß-gerau
G	16384	groß-umstadt
G	16384	großenhain
G	16384	großostheim
G	32	gruber
G	16384	grudziądz
G	16384	grugliasco
G	16384	grumo nevano
G	16384	gryazi
G	16384	gryazovets
G	16384	gryfice
G	16384	gryfino
G	1	grzegorz krejner
G	16384	gràcia
G	16384	gröbenzell
G	8	gt2
G	8	gt2 konrad porsche 911
G	8	gt2 roock porsche 911
G	4	gte corp
G	4	gte corp.
G	8	gtr
G	16384	gua musang
G	16384	guacamayas
G	16384	guacara
G	16384	guacarí
G	16452	guadalajara
G	16384	guadalajara de buga
G	16448	guadalupe
G	16384	guadalupe victoria
G	128	guadeloupe
G	16384	guadix
G	16384	guaiúba
G	16384	guajará mirim
G	16384	gualaceo
G	16384	gualeguay
G	16384	gualeguaychú
G	1	gualtiero fulcheri
G	16384	gualán
G	128	guam
G	16384	guamúchil
G	16384	guanabacoa
G	16384	guanajay
G	16640	guanajuato
G	16384	guanambi
G	16384	guanare
G	16384	guane
G	256	guangdong
G	16384	guangming
G	16384	guangshui
G	16384	guangyuan
G	540736	guangzhou
G	16384	guanhães
G	16384	guankou
G	2	guantanamo bay
G	2	guantanamo naval base
G	16384	guantánamo
G	16384	guapimirim
G	16384	guaporé
G	16384	guarabira
G	16384	guaraciaba do norte
G	16384	guaramirim
G	16384	guaranda
G	4	guarani
G	16384	guaranésia
G	16384	guarapari
G	16384	guarapuava
G	16384	guararapes
G	16384	guararema
G	16384	guaratinguetá
G	16384	guaratuba
G	16384	guarda
G	16384	guardamar del segura
G	1310720	guardian
G	16384	guarenas
G	16384	guariba
G	16384	guarujá
G	16384	guarulhos
G	16384	guará
G	16384	guasave
G	16384	guasdualito
G	524416	guatemala
G	16384	guatemala city
G	1024	guatemalan
G	1024	guatemalans
G	16384	guatire
G	16384	guaxupé
G	16384	guayama
G	16448	guayaquil
G	16384	guayaramerín
G	16384	guaynabo
G	16384	guayos
G	16384	guaçuí
G	16384	guaíba
G	16384	guaíra
G	16384	gubakha
G	16384	gubbi
G	16384	guben
G	16384	gubin
G	16384	gubkin
G	16384	gubkinskiy
G	512	gucci
G	16384	gucheng chengguanzhen
G	16384	gudalur
G	16384	gudermes
G	16384	gudivāda
G	16384	gudiyatham
G	16384	gueckedou
G	16384	guelma
G	16384	guelmim
G	16640	guelph
G	1	guenter bertram
G	16384	guercif
G	130	guernsey
G	32	guerra
G	34	guerrero
G	16384	guider
G	16	guido
G	16384	guidonia
G	16384	guidonia montecelio
G	16384	guigang
G	16384	guiglo
G	16384	guiguinto
G	16384	guihulñgan
G	16384	guildford
G	16384	guilford
G	16	guilherme
G	16384	guilin
G	16	guillaume
G	1	guillaume raoux
G	16	guillermo
G	4	guimaraes
G	16384	guimarães
G	16384	guimba
G	524418	guinea
G	128	guinea bissau
G	128	guinea-bissau
G	8	guinean
G	4	guingamp
G	16384	guinguinéo
G	4	guinness peat
G	4	guinness peat group plc
G	16384	guiping
G	16384	guiren
G	16384	guisa
G	16384	guisborough
G	16384	guiseley
G	16384	guiset east
G	1	guivarc'h
G	1	guivarch
G	16384	guixi
G	16384	guiyang
G	256	guizhou
G	16384	gujan - mestras
G	16384	gujan-mestras
G	16386	gujar khan
G	258	gujarat
G	1	gujral
G	16384	gujranwala
G	16448	gujrat
G	16384	gujō
G	16384	gukovo
G	16384	gulariyā
G	16384	gulbarga
G	1	gulbuddin hekmatyar
G	1	guldimann
G	16384	guledagudda
G	2	gulf
G	8	gulf mclaren f !
G	8	gulf mclaren fi gtr
G	8	gulf war
G	16384	gulfport
G	16384	guli
G	16384	guliston
G	16384	gulu
G	16384	gulābpura
G	16384	gulāothi
G	16384	gumaca
G	16384	gumdag
G	16384	gumel
G	16384	gumi
G	16384	gumia
G	16384	gumlā
G	16384	gummersbach
G	16384	gummi
G	16384	gummidipundi
G	16384	gumushkhane
G	16384	guna
G	16	gunay
G	16384	gundlupēt
G	16	gunel
G	16	gunnar
G	32	gunnarsson
G	16384	gunnaur
G	512	guns n roses
G	16384	gunsan
G	16384	guntakal junction
G	16	gunter
G	16	gunther
G	16384	guntur
G	16384	gunupur
G	16384	gunzenhausen
G	32	guo
G	16384	guozhen
G	1	gupta
G	16384	gura humorului
G	16384	gurgaon
G	16384	guri - si
G	16384	guri-si
G	16384	gurlan
G	16384	gurmatkāl
G	16384	gurnee
G	16384	gursahāiganj
G	16384	gursarāi
G	16384	guru har sahāi
G	16384	gurun
G	16384	gurupi
G	16384	guruvāyūr
G	16	gus
G	16384	gusau
G	16384	gusev
G	16384	gushikawa
G	16384	gushu
G	16384	gusinoozyorsk
G	16384	guskhara
G	16	gustaf
G	32	gustafsson
G	16	gustav
G	16	gustave
G	16	gustavo
G	16384	gustavo adolfo madero
G	16384	gustavsberg
G	16384	gutao
G	32768	guterres
G	32	gutierrez
G	1	guus hiddink
G	16384	guwahati
G	1	guy forget
G	1	guy whittall
G	1	guy whittingham
G	128	guyana
G	16384	guyancourt
G	16384	guye
G	16384	guyong
G	33	guzman
G	16384	guáimaro
G	16384	guápiles
G	16384	guérande
G	16384	guéret
G	16384	guía de isora
G	16384	gwadabawa
G	16384	gwadar
G	16384	gwalior
G	16384	gwangju
G	16384	gwaram
G	16384	gwarzo
G	16	gwen
G	1	gwen torrence
G	16	gwendolyn
G	16384	gweru
G	32	gwon
G	16384	gwoza
G	16	gwyneth
G	1	gyaicain
G	1	gyaicain norbu
G	16384	gyeongju
G	16384	gyeongsan - si
G	16384	gyeongsan-si
G	16384	gyomaendrőd
G	4	gyor
G	16	gyorgy
G	16384	gyula
G	16384	gyumri
G	16384	gyál
G	16384	gyöngyös
G	16384	gyōda
G	16384	győr
G	16384	gáldar
G	16384	gálvez
G	16384	gävle
G	16384	gérakas
G	16384	gómez palacio
G	16384	göd
G	16384	gödöllő
G	16384	göksun
G	16384	gölbaşı
G	16384	gölcük
G	16384	gönen
G	16384	göppingen
G	16384	görele
G	16384	görlitz
G	16384	göteborg
G	16384	göttingen
G	16384	güigüe
G	16384	güimar
G	16384	güines
G	16384	güira de melena
G	16384	güiria
G	16384	güngören merter
G	16384	günzburg
G	16384	gürgentepe
G	16384	güroymak
G	16384	gürpınar
G	16384	gürsu
G	16384	güstrow
G	16384	gütersloh
G	16384	gādarwāra
G	16384	gāndarbal
G	16384	gāndhīdhām
G	16384	găeşti
G	16384	gīrīdīh
G	16384	głogów
G	16384	głowno
G	16384	głuchołazy
G	16384	gōdo
G	16384	gōtsuchō
G	16384	gūduvāncheri
G	16384	gūdūr
G	512	h & m
G	4	h&r block inc
G	1	h. morris
G	1	h. streak
G	1	h. wada
G	1	h.d. deve gowda
G	2	h.k.
G	16384	ha'il
G	16384	haaksbergen
G	16384	haaltert
G	16384	haan
G	16384	haar
G	4	haaretz
G	16386	haarlem
G	1	haas
G	16384	habboûch
G	16	habib
G	16	habiba
G	16384	habiganj
G	1	habsudova
G	16384	hachinohe
G	16384	hachiōji
G	16384	hacienda heights
G	16384	hacienda la calera
G	16384	hacienda santa fe
G	16384	hackensack
G	16384	hacı zeynalabdin
G	16384	hacılar
G	16384	hacıqabul
G	16384	hadagalli
G	16384	hadali
G	16384	hadano
G	16384	hadejia
G	16384	hadera
G	16384	haderslev
G	16384	hadgāon
G	16384	hadim
G	16384	hadjout
G	16384	hadleigh
G	16384	hadley wood
G	16384	hadyach
G	32	hadzic
G	16384	haeju
G	16384	haenam
G	1	haessler
G	16384	hafar al - batin
G	16384	hafar al-batin
G	1	hafez al-
G	16384	hafizabad
G	16384	hafnarfjörður
G	1	haga
G	16416	hagen
G	16384	hagere maryam
G	16384	hagerstown
G	16384	hagi
G	1	hagner
G	16384	hagonoy
G	16384	haguenau
G	16384	haibara - akanedai
G	16384	haibara-akanedai
G	16384	haicheng
G	16448	haifa
G	16384	haiger
G	16384	haikou
G	16384	hailar
G	1	haile gebreselassie
G	2048	haile selassie
G	16	hailey
G	16384	hailin
G	16384	hailsham
G	16384	hailun
G	16384	hailākāndi
G	16384	haimen
G	16384	haines city
G	16384	haining
G	16384	haiphong
G	16384	haisyn
G	4	haitai
G	130	haiti
G	1024	haitian
G	1024	haitians
G	16384	haizhou
G	4	hajduk
G	16384	hajdúböszörmény
G	16384	hajdúnánás
G	16384	hajdúszoboszló
G	16384	hajnówka
G	16384	hajīn
G	16384	hakenfelde
G	16384	hakha
G	2	hakkari
G	16384	hakkâri
G	16384	hakodate
G	16384	hakui
G	16	hal
G	1	hal morris
G	1	hal sutton
G	16400	hala
G	4	haladas
G	16384	halberstadt
G	16384	haldaur
G	16384	halden
G	16384	haldensleben i
G	16384	haldia
G	16384	haldwani
G	16384	hale
G	16384	halesowen
G	16	haley
G	16384	half way tree
G	256	haliburton
G	16452	halifax
G	16	halim
G	16384	haliyal
G	1	hall
G	16384	hallandale beach
G	16386	halle
G	2048	halle berry
G	16384	halle neustadt
G	512	halliburton
G	16	hallie
G	16384	halluin
G	16384	halmstad
G	2	halo trust
G	16384	halstenbek
G	16384	haltern am see
G	16384	haltom city
G	16384	halvad
G	16384	halver
G	32	halvorsen
G	16384	ham lake
G	16384	hamada
G	16384	hamadān
G	16384	hamakita
G	32	hamalainen
G	16384	hamamatsu
G	16384	hamanoichi
G	16384	hamar
G	4	hamas
G	4	hambrecht & quist
G	16454	hamburg
G	16384	hamburg - mitte
G	16384	hamburg - nord
G	16384	hamburg-mitte
G	16384	hamburg-nord
G	16384	hamden
G	16384	hameln
G	16384	hamhŭng
G	16384	hami
G	2048	hamid
G	1	hamid ibrahimi
G	18439	hamilton
G	16384	hamina
G	8	hamlet cup
G	16384	hamm
G	16384	hamma bouziane
G	16384	hammam - lif
G	16384	hammam bou hadjar
G	16384	hammam sousse
G	16384	hammam-lif
G	16384	hammamet
G	16384	hamme
G	4	hammerson
G	1	hamming
G	16384	hamminkeln
G	18432	hammond
G	262	hampshire
G	256	hampstead
G	16640	hampton
G	16384	hampton park
G	16384	hamtramck
G	16	hamza
G	16384	hamīrpur
G	16	hana
G	1	hana benesova
G	16	hanah
G	16384	hanahan
G	16384	hanam
G	16384	hanamaki
G	16384	hanau am main
G	16384	hanawa
G	16384	hancheng
G	16384	hanchuan
G	16384	handa
G	16384	handan
G	4	handgun control inc.
G	16384	handiā
G	16384	handlová
G	1	handrik dreekmann
G	2	haneda
G	16384	hanford
G	16384	hang dong
G	8	hang seng
G	16384	hangu
G	16448	hangzhou
G	1	hanifah komala
G	16384	haninge
G	16	hank
G	2	hanmer
G	16	hanna
G	1	hanna haugland
G	16	hannah
G	1	hannes strydom
G	16384	hannibal
G	16450	hannover
G	16384	hannoversch münden
G	16384	hannō
G	16448	hanoi
G	16386	hanover
G	16384	hanover park
G	16	hans
G	1	hans de clerq
G	1	hans segers
G	1	hans-otto sieg
G	4	hansa rostock
G	32	hansen
G	1	hansie cronje
G	1	hansma
G	5	hanson
G	4	hanson plc
G	32	hansson
G	16384	hanting
G	16384	hanumāngarh
G	16384	hanwella ihala
G	4	hanwha
G	16384	hanyū
G	16384	hanzhong
G	16	hao
G	4	hapoel beersheva
G	4	hapoel beit she'an
G	4	hapoel haifa
G	4	hapoel ironi
G	4	hapoel ironi rishon
G	4	hapoel jerusalem
G	4	hapoel kfar sava
G	4	hapoel petah tikva
G	4	hapoel taibe
G	4	hapoel tel aviv
G	4	hapoel zafririm holon
G	16384	happy valley
G	16384	haqqulobod
G	32	haque
G	1	harald spoerl
G	16384	harar
G	16386	harare
G	16448	harbin
G	16384	harburg
G	16384	harda khās
G	16384	hardenberg
G	16384	harderwijk
G	33	harding
G	16384	hardoī
G	16388	harelbeke
G	16384	haren
G	16384	harenkarspel
G	256	harford
G	16384	hargeysa
G	1	hari maya poudels
G	16384	haridwar
G	16	hariet
G	16	hariette
G	16384	harihar
G	16384	haripur
G	1	hariri
G	16384	harker heights
G	16	harlan
G	16640	harlem
G	16	harley
G	2	harleysville
G	4	harleysville group
G	16384	harlingen
G	16384	harlow
G	16384	harmanli
G	16	harmony
G	16384	harnoli
G	16	harold
G	16384	harpanahalli
G	16384	harpenden
G	16416	harper
G	4	harper-collins
G	16384	harpālpur
G	16	harri
G	16	harriet
G	16	harriett
G	16	harriette
G	16384	harringay
G	32	harris
G	16384	harrisburg
G	16384	harrismith
G	18432	harrison
G	1	harrison dillard
G	2048	harrison ford
G	16384	harrisonburg
G	8	harrods
G	16384	harrogate
G	256	harrow
G	16	harry
G	16384	harsewinkel
G	16384	harstad
G	16384	harsīn
G	16384	harsūd
G	32	hart
G	16384	hartford
G	16388	hartlepool
G	16384	hartley
G	1	haruchika
G	16	haruhito
G	16	haruki
G	16384	harunabad
G	16	haruta
G	16	haruto
G	16401	harvey
G	16384	harwich
G	1	harwood
G	256	haryana
G	16384	harūr
G	16384	hasaki
G	16	hasan
G	1	hasan muratovic
G	32	hasani
G	32	hasanov
G	32	hasanovic
G	16384	hasanpur
G	512	hasbro
G	1	hasely crawford
G	1	hashan
G	1	hashan tillekeratne
G	16417	hashimoto
G	16384	hashtpar
G	16384	hashtrūd
G	16384	hasilpur
G	1	hasina
G	16384	haskovo
G	16384	haslett
G	16384	haslingden
G	16	hasnaa
G	16400	hassan
G	1	hassan al-turabi
G	1	hassan hafidh
G	1	hassan rastegar
G	4	hassania agadir
G	16384	hasselt
G	16384	hassi messaoud
G	16	hasti
G	16640	hastings
G	16384	hastināpur
G	16384	hasuda
G	16384	hat yai
G	524288	hate
G	16384	hatfield
G	16	hatice
G	16384	hato mayor del rey
G	16384	hatogaya - honchō
G	16384	hatogaya-honchō
G	1	hatoyama
G	16384	hatsukaichi
G	16384	hatta
G	16384	hattersheim
G	16	hattie
G	16384	hattiesburg
G	16384	hattingen
G	16384	hatton
G	16384	hatvan
G	16384	haubourdin
G	32	haugen
G	16384	haugesund
G	16384	haukipudas
G	32	haung
G	16384	hauppauge
G	16384	hautmont
G	540738	havana
G	16384	havant
G	1	havel
G	16384	haveli lakha
G	16384	havelian
G	16384	havelock
G	16384	haverhill
G	16384	havlíčkův brod
G	4	havnar boltfelag
G	2	havre
G	16384	havza
G	16384	havířov
G	16	hawa
G	258	hawaii
G	16384	hawarden
G	16384	hawassa
G	32	hawkins
G	16388	hawthorn
G	16384	hawthorn south
G	16384	hawthorne
G	16384	hayama
G	16384	hayang
G	16384	hayange
G	32	hayashi
G	16	hayato
G	16	hayden
G	16384	haydock
G	16416	hayes
G	16384	hayesville
G	16	hayley
G	16384	hayling island
G	16384	hayrabolu
G	16384	hays
G	16384	hayvoron
G	16384	hayward
G	16384	haywards heath
G	65536	hazara
G	65536	hazaras
G	16384	hazebrouck
G	16384	hazel dell
G	16384	hazel grove
G	16384	hazel park
G	16384	hazelwood
G	16384	hazleton
G	16384	hazorasp
G	16384	hazro city
G	16384	hazāribāgh
G	16384	haßloch
G	4	hcfa
G	262144	he
G	2048	he man
G	1	head
G	2	headingley
G	1	headley
G	4	health care financing administration
G	4	health insurance of vermont
G	1	healy
G	16384	heanor
G	128	heard island and mcdonald islands
G	4	hearts
G	16	heath
G	1	heath streak
G	16	heather
G	2	heathrow
G	16384	heavitree
G	16384	hebburn
G	16384	hebi
G	524288	hebrew
G	4	hebrew university
G	16386	hebron
G	16384	hechingen
G	16384	hechuan
G	16	hector
G	1	hector campora
G	16384	hecun
G	16384	hedaru
G	16384	hede
G	16384	hedge end
G	2048	hedwig
G	16384	heemskerk
G	16384	heemstede
G	16390	heerenveen
G	16384	heerhugowaard
G	16384	heerlen
G	16448	hefei
G	16384	hegang
G	16384	heide
G	16384	heidelberg
G	16384	heidenau
G	16384	heidenheim an der brenz
G	16	heidi
G	2	heidrun
G	16384	heihe
G	1	heike drechsler
G	1	heiki kranich
G	32	heikkila
G	32	heikkinen
G	1	heiko szonn
G	16384	heilbad heiligenstadt
G	16384	heilbron
G	16384	heilbronn
G	16384	heiligenhaus
G	16384	heiligensee
G	16384	heiloo
G	16384	heinola
G	32	heinonen
G	17	heinrich
G	16384	heinsberg
G	1	heinz-harald frentzen
G	1	heinz-peter thul
G	16384	heishan
G	16384	heist - op - den - berg
G	16384	heist-op-den-berg
G	16	heitor
G	16384	hekinan
G	1	hekmatyar
G	16384	helchteren
G	1	helder
G	1	helder cristovao
G	16	helen
G	16400	helena
G	1	helena sukova
G	16	helene
G	16384	helensvale
G	16	helga
G	8	helibor
G	524288	hell
G	16384	hell - ville
G	16384	hell's kitchen
G	16384	hell-ville
G	16384	hellersdorf
G	16384	hellevoetsluis
G	16384	hellín
G	1	helmer
G	16	helmi
G	16384	helmond
G	262144	helms
G	16384	helmstedt
G	1	helmut kohl
G	16384	helong
G	16384	helsingborg
G	16384	helsingør
G	540738	helsinki
G	4	helsinki newsroom
G	16384	hem
G	16384	hemel hempstead
G	16384	hemer
G	16384	hemet
G	4	hemina
G	32	hemingway
G	16384	hemmingen
G	16384	hempstead
G	16384	hendala
G	16384	hendek
G	16416	henderson
G	16384	hendersonville
G	16	hendrik
G	16384	hendrik - ido - ambacht
G	1	hendrik dreekman
G	16384	hendrik-ido-ambacht
G	16384	hendrina
G	1	hendrix
G	1	heng suan lim
G	16384	hengchun
G	16386	hengelo
G	16384	hengshui
G	16384	hengyang
G	1	henke larsson
G	1	hennady udovenko
G	16384	hennaya
G	16384	hennef
G	16384	hennenman
G	16384	hennigsdorf
G	16	henri
G	1	henri konan bedie
G	16	henrietta
G	1	henrietta nagyova
G	16	henrik
G	32	henriksen
G	16	henrique
G	17	henry
G	1	henry candy
G	2048	henry ford
G	32768	henry kissinger
G	1	henry tricks
G	16	henryk
G	1	hentgen
G	16384	hepingjie
G	16384	hepo
G	16384	heppenheim an der bergstrasse
G	64	heraklion
G	16	herbert
G	1	herbert demel
G	16384	herblay
G	16384	herborn
G	16384	herceg novi
G	16384	hercules
G	16384	herdecke
G	16384	heredia
G	16644	hereford
G	16384	herent
G	16384	herentals
G	16384	herford
G	16384	herisau
G	16	herman
G	1	herman gumy
G	1	herman wijffels
G	16	hermann
G	16384	hermanus
G	1	hermawan susanto
G	16	hermine
G	16384	hermiston
G	16384	hermitage
G	16384	hermosa
G	16384	hermosa beach
G	16384	hermosillo
G	16384	hermsdorf
G	16384	hernals
G	1	hernan gumy
G	32	hernandez
G	16384	hernando
G	16384	hernani
G	16384	herndon
G	16384	herne
G	16384	herne bay
G	16384	herning
G	16384	heroica caborca
G	16384	heroica ciudad de tlaxiaco
G	16384	heroica guaymas
G	16384	heroica matamoros
G	16384	herrenberg
G	32	herrera
G	16384	herriman
G	1	herschelle
G	1	herschelle gibbs
G	1	herschelle gibs
G	524288	hersh
G	1	hershiser
G	16384	herstal
G	16384	herten
G	16640	hertford
G	256	hertfordshire
G	16384	herval
G	16384	herve
G	1	herve de charette
G	1	herve thuet
G	16384	hervey bay
G	16384	herzele
G	16384	herzliya
G	16384	herzogenaurach
G	16384	herzogenrath
G	16384	heróica zitácuaro
G	16384	herāt
G	16384	hesperia
G	36	hess
G	16	hessa
G	16384	hessisch oldendorf
G	16	hester
G	16384	heswall
G	16384	hetauda
G	16384	hettstedt
G	16384	heunghae
G	16384	heusden
G	16384	heusenstamm
G	16384	heusweiler
G	1	hever golf rose
G	512	hewlett packard
G	2	heysel
G	16384	heysham
G	16384	heyuan
G	16640	heywood
G	4	hezb-i-islami
G	524288	hezbollah
G	16384	heze
G	16384	hialeah
G	16384	hialeah gardens
G	16384	hibbing
G	4	hibernian
G	1	hicham arazi
G	1	hicham el guerrouj
G	1	hick
G	16384	hickory
G	16384	hicksville
G	16640	hidalgo
G	16384	hiddenhausen
G	1	hiddink
G	524288	hide
G	1	hidemichi tanaka
G	1	hidemichi tanaki
G	1	hideo nomo
G	16384	hietzing
G	16384	higashimurayama
G	16384	higashine
G	32	higgins
G	16384	high blantyre
G	16384	high peak
G	2	high plains
G	16384	high point
G	16384	high wycombe
G	256	highbury
G	16642	highland
G	16384	highland park
G	16384	highland springs
G	16384	highland village
G	256	highlands
G	16384	highlands ranch
G	16384	highton
G	16384	highview
G	16384	hihyā
G	16384	hiji
G	16384	hikari
G	16384	hikone
G	16	hilary
G	1	hilary gush
G	16384	hilchenbach
G	16	hilda
G	2048	hilde
G	16	hildegard
G	16384	hilden
G	16384	hildesheim
G	1	hill
G	16	hillary
G	32768	hillary clinton
G	1	hillary rodham clinton
G	256	hillcrest
G	16384	hillcrest heights
G	16384	hille
G	16384	hillegom
G	16384	hillerød
G	16384	hilliard
G	16384	hillsboro
G	16384	hillside
G	16384	hilo
G	16384	hilsa
G	16384	hilton head
G	16384	hilton head island
G	16384	hilvan
G	16384	hilversum
G	256	himachal pradesh
G	8	himalayan
G	16384	himamaylan
G	16	himari
G	16384	himatnagar
G	16384	himeji
G	16384	himimachi
G	4	hina
G	16	hinata
G	1	hinchcliffe
G	16384	hinche
G	16384	hinckley
G	16384	hindaun
G	1024	hindi
G	1024	hindis
G	16384	hindley
G	16384	hindoria
G	8192	hindu
G	16384	hindupur
G	16384	hinesville
G	16384	hinganghāt
G	1	hingis
G	16384	hingoli
G	16384	hingorja
G	16384	hinigaran
G	16384	hinjilikatu
G	16384	hino
G	16384	hinsdale
G	16384	hinthada
G	1	hintsa
G	16384	hirado
G	16384	hirakata
G	16384	hirara
G	16384	hiratachō
G	16384	hiratsuka
G	16384	hirekerūr
G	16384	hiriyūr
G	16384	hirosaki
G	16384	hiroshima
G	1	hirsch
G	16384	hisai - motomachi
G	16384	hisai-motomachi
G	16384	hisar
G	16384	hisor
G	524288	history
G	16384	hisuā
G	16384	hita
G	16896	hitachi
G	16384	hitachi - naka
G	16384	hitachi-naka
G	32	hitchcock
G	16384	hitchin
G	34817	hitler
G	8	hitleresque
G	16384	hitoyoshi
G	8	hiv
G	8	hiv-pensioner
G	16384	hizan
G	516	hizbollah
G	32	hjaltalin
G	16384	hjørring
G	2	hk
G	8	hk$
G	16384	hlohovec
G	16384	hlukhiv
G	16384	hlybokaye
G	4	hmg
G	16384	ho
G	64	ho chi minh
G	16384	ho chi minh city
G	32	hoang
G	16384	hobaramachi
G	16384	hobart
G	16384	hobbs
G	16384	hoboken
G	16384	hochfeld
G	16384	hochheim am main
G	16384	hockenheim
G	16384	hod hasharon
G	16	hoda
G	16384	hodal
G	16384	hoddesdon
G	1	hoddle
G	16384	hodonín
G	32	hodzic
G	4	hoechst marion roussel inc
G	4	hoek loos
G	4	hoek loos nv
G	16384	hoensbroek
G	16384	hoeryŏng
G	16384	hoeyang
G	16384	hof
G	32	hofer
G	32	hoffman
G	16384	hoffman estates
G	32	hoffmann
G	16384	hofgeismar
G	16384	hofheim am taunus
G	32	hofmann
G	16384	hoge vucht
G	1	hogg
G	16384	hohen neuendorf
G	16384	hohenems
G	16384	hohenstein - ernstthal
G	16384	hohenstein-ernstthal
G	16384	hohhot
G	16384	hohoe
G	16384	hoima
G	32	hojgaard
G	16384	hojāi
G	32	hok
G	16384	hokuto
G	16384	holalkere
G	16384	holbrook
G	16384	holbæk
G	16384	holden
G	4	holdings
G	16384	hole narsipur
G	16384	holguín
G	16384	holiday
G	16384	holladay
G	16384	holland
G	32768	hollande
G	16	hollie
G	16384	hollis
G	16384	hollister
G	16384	hollola
G	16384	holloway
G	16384	holly springs
G	540674	hollywood
G	32	holmes
G	131072	holocaust
G	16384	holstebro
G	16416	holt
G	16384	holtsville
G	128	holy see
G	128	holy see (vatican city state)
G	16384	holyoke
G	2	holzgerlingen
G	16384	holzkirchen
G	16384	holzminden
G	16384	holzwickede
G	16384	homa bay
G	16384	homagama
G	262144	homan
G	16384	homburg
G	512	home depot
G	16	homer
G	16384	homer glen
G	16384	homestead
G	16384	homewood
G	16384	homnābād
G	16448	homs
G	16384	homyel'
G	4096	hon
G	4	honam
G	16384	honchō
G	16900	honda
G	16384	hondarribia
G	16384	hondomachi - hondo
G	16384	hondomachi-hondo
G	9216	honduran
G	1024	hondurans
G	524418	honduras
G	8	hong
G	1	hong bui
G	2113666	hong kong
G	4	hong kong central moneymarkets unit
G	4	hong kong economic times
G	4	hong kong interbank
G	4	hong kong news room
G	4	hong kong newsroom
G	8	hong kong open
G	8	hong open
G	16384	honggang
G	16384	hongjiang
G	16384	hongqiao
G	16384	hongseong
G	16384	hongwŏn
G	16384	honiara
G	16384	honjō
G	16384	honmachi
G	16384	honnāli
G	16448	honolulu
G	16384	honāvar
G	16384	hoofddorp
G	16384	hoogeveen
G	16384	hoogezand
G	1	hoogma
G	16384	hoogstraten
G	16384	hoogvliet
G	16384	hook
G	16384	hoorn
G	16384	hoover
G	16384	hopa
G	16384	hopatcong hills
G	1	hope
G	16384	hope mills
G	16384	hopewell
G	16416	hopkins
G	16384	hopkinsville
G	16384	hoppers crossing
G	16	horace
G	16	horacio
G	16384	horad zhodzina
G	32	horak
G	32	horakova
G	16384	horasan
G	16	horatio
G	16384	horb am neckar
G	16384	horgen
G	16384	horishni plavni
G	16384	horizon city
G	16384	horizonte
G	16384	horki
G	16384	horley
G	16384	horlivka
G	16384	horn lake
G	16384	hornchurch
G	16384	hornsby
G	16384	horodok
G	16384	horodyshche
G	262144	horowitz
G	16384	horsens
G	16384	horsforth
G	16384	horsham
G	1	horst siegl
G	16384	horta
G	16384	horta - guinardó
G	16384	horta-guinardó
G	16384	hortaleza
G	16384	horten
G	16	hortense
G	16384	hortolândia
G	32	horvat
G	16384	horwich
G	16384	hosdurga
G	16384	hoshangābād
G	16384	hoshiārpur
G	16384	hoskote
G	16	hosna
G	1	hosni mubarak
G	16	hosniya
G	16384	hospet
G	2	hospital no 31
G	16	hossein
G	16384	hostafrancs
G	16384	hosūr
G	16384	hot springs
G	16384	hot springs national park
G	16384	hotaka
G	16384	hotan
G	16384	hough
G	16384	houghton - le - spring
G	16384	houghton-le-spring
G	16384	houilles
G	16384	houma
G	16384	houmt el souk
G	16384	houndé
G	16384	hounslow
G	4	house
G	4	house of commons
G	4	house of representatives
G	4	housecall
G	4	housecall medical resources inc
G	18438	houston
G	516	houston astros
G	512	houston dynamo
G	512	houston rockets
G	512	houston texans
G	1	houteman
G	16384	houthalen
G	65536	houthi
G	65536	houthis
G	16640	hovd
G	16386	hove
G	256	hovenweep
G	16401	howard
G	16384	howard beach
G	1	howard johnson
G	1	howard wilkinson
G	32	howe
G	16384	howick
G	16	howie
G	16384	howli
G	32	hoxha
G	16384	hoxtolgay
G	16384	hoyerswerda
G	16384	hoyland nether
G	16384	hpa - an
G	16384	hpa-an
G	16384	hradec králové
G	16384	hranice
G	16384	hrazdan
G	1	hristo stoichkov
G	32	hristov
G	32	hristova
G	16384	hrodna
G	16384	hrubieszów
G	1	hryhory borsuk
G	512	hsbc
G	4	hsbc markets
G	16384	hsinchu
G	32	hu
G	1	hu zhilan
G	16384	hua hin
G	16384	huacho
G	16384	huadian
G	16384	huai yot
G	16384	huai'an
G	16384	huaibei
G	16384	huaicheng
G	16384	huaidian
G	16384	huaihua
G	16384	huainan
G	16384	huaiyuan chengguanzhen
G	16384	hualien city
G	16384	hualmay
G	16384	huamachuco
G	32	huaman
G	16384	huamantla
G	16384	huambo
G	16384	huanan
G	16384	huancavelica
G	16384	huancayo
G	32	huang
G	16384	huanggang
G	16384	huangmei
G	16384	huangnihe
G	16384	huangpi
G	16384	huangshan
G	16384	huangshi
G	16384	huangyan
G	16384	huangzhou
G	16384	huanren
G	16384	huanta
G	16384	huanuni
G	16384	huaquillas
G	16384	huaral
G	16384	huaraz
G	16384	huarmey
G	16384	huatabampo
G	16384	huatusco
G	16384	huauchinango
G	16384	huaura
G	16384	huayin
G	16384	huazhou
G	2	hub
G	33	huber
G	16384	huber heights
G	16	hubert
G	1	hubert grossard
G	16384	hubli
G	16384	hucknall
G	16388	huddersfield
G	16384	huddinge
G	16384	hude
G	16384	hudiksvall
G	16384	hudson
G	16384	huehuetenango
G	16384	huejotzingo
G	16384	huejutla de reyes
G	16384	huelva
G	16384	huesca
G	16384	huetamo de núñez
G	16384	hueytown
G	16	hugh
G	32	hughes
G	16384	hugli
G	16	hugo
G	16384	huicheng
G	16384	huilango
G	16384	huilong
G	16384	huimanguillo
G	16384	huinan
G	16384	huixquilucan
G	16384	huixtla
G	16384	huizen
G	16384	huizhou
G	16384	hujra shah muqim
G	16384	hukeri
G	16384	hulan
G	16384	hulan ergi
G	2048	hulk hogan
G	4	hull
G	16384	hulyaypole
G	524288	huma
G	16384	humacao
G	16384	humaitá
G	4	human gene therapy
G	4	human rights national observatory
G	1048576	human rights watch
G	16384	humanes de madrid
G	1	humayun rasheed choudhury
G	16	humberto
G	1	humberto hueite zyrecha
G	16384	humble
G	16384	humboldtkolonie
G	16384	humen
G	16384	humenné
G	16384	hummelsbüttel
G	2048	humphrey
G	2048	humphrey bogart
G	256	hunan
G	16384	hunchun
G	16384	hunedoara
G	9216	hungarian
G	1024	hungarians
G	524418	hungary
G	16384	hungund
G	16384	hunsūr
G	16384	hunt valley
G	2	hunter
G	32768	hunter biden
G	16384	huntersville
G	16640	huntingdon
G	16386	huntington
G	16384	huntington beach
G	16384	huntington park
G	16384	huntington station
G	16384	huntley
G	16384	hunts point
G	16384	huntsville
G	16384	hunucmá
G	16384	huocheng
G	16384	huoqiu chengguanzhen
G	4	huracan
G	4	huracan-corrientes
G	16384	hurghada
G	16384	hurlingham
G	16384	hurricane
G	16384	hurst
G	16384	hurstville
G	1	hurte sierd zylstra
G	4	husaberg
G	2048	husain
G	16384	husainābād
G	1	husein micijevic
G	16	huseyin
G	16	huseyn
G	16384	hushitai
G	16384	huskvarna
G	4	husqvarna
G	16	hussa
G	17	hussain
G	17	hussein
G	1	hussein khalaf
G	16384	husum
G	16384	hutang
G	16384	hutchinson
G	4	hutnik krakow
G	16384	hutto
G	8192	hutu
G	8192	hutus
G	1	huw jones
G	16384	huy
G	32	huynh
G	16384	huyton
G	16384	huzhou
G	16384	huánuco
G	16384	huércal - overa
G	16384	huércal-overa
G	16384	huşi
G	16384	huế
G	16384	hvidovre
G	1	hwa kay
G	4	hwa kay thai holdings ltd
G	16384	hwacheon
G	16384	hwado
G	1	hwang
G	16384	hwange
G	16384	hwangju - ŭp
G	16384	hwangju-ŭp
G	16384	hwaseong - si
G	16384	hwaseong-si
G	16384	hwasun
G	16384	hwawŏn
G	16	hyacinth
G	16384	hyattsville
G	16384	hybla valley
G	16	hydar
G	16384	hyde
G	16384	hyde park
G	16450	hyderabad
G	16384	hyesan
G	16384	hyesan - dong
G	16384	hyesan-dong
G	16384	hythe
G	516	hyundai
G	16384	hyvinge
G	16384	hyères
G	16384	hà giang
G	16384	hà tiên
G	16384	hà tĩnh
G	16384	hà đông
G	16384	hämeenlinna
G	16384	härnösand
G	16384	hässleholm
G	16384	héliopolis
G	16384	hénin - beaumont
G	16384	hénin-beaumont
G	16384	hérouville - saint - clair
G	16384	hérouville-saint-clair
G	16384	hînceşti
G	16384	hòa bình
G	16384	hódmezővásárhely
G	16384	hörstel
G	16384	hötting
G	16384	hövelhof
G	16384	hövsan
G	16384	höxter
G	16384	hørsholm
G	16384	hückelhoven
G	16384	hückeswagen
G	16384	hünfeld
G	16384	hürth
G	16384	hābra
G	16384	hāflong
G	16384	hāgere hiywet
G	16384	hājo
G	16384	hājīganj
G	16384	hājīpur
G	16384	hālol
G	16384	hālīsahar
G	16384	hāngal
G	16384	hānsi
G	16384	hāora
G	16384	hāpur
G	16384	hārij
G	16384	hāsimāra
G	16384	hāthras
G	16384	hāveri
G	16384	hīrākud
G	16384	hīt
G	16384	hınıs
G	16384	hōfu
G	16384	hōjō
G	16384	hōryūji
G	16384	hūn
G	16384	hŭkkyo - ri
G	16384	hŭkkyo-ri
G	16384	hŭngnam
G	16384	hưng yên
G	16384	hạ long
G	16384	hải dương
G	16384	hội an
G	262144	i
G	16384	i - n - salah
G	262144	i've
G	16384	i-n-salah
G	1	i. healy
G	1	i. salisbury
G	1	i.k. gujral
G	2	ia
G	16	iain
G	1	iain pyman
G	17	ian
G	1	ian botham
G	1	ian harte
G	1	ian healy
G	1	ian jones
G	1	ian mackie
G	1	ian mcgeechan
G	1	ian pyman
G	1	ian rush
G	1	ian salisbury
G	1	ian woosnam
G	16384	iaçu
G	16384	iaşi
G	16384	iba
G	16448	ibadan
G	16384	ibagué
G	16	ibai
G	16384	ibaiti
G	16384	ibanda
G	16384	ibara
G	16384	ibaraki
G	16384	ibarra
G	16384	ibaté
G	16384	ibb
G	16384	ibbenbüren
G	4	ibca
G	4	iberia
G	16384	ibeto
G	16384	ibi
G	16384	ibicaraí
G	16384	ibiporã
G	16384	ibirama
G	16384	ibirataia
G	16384	ibirité
G	8	ibis
G	16384	ibitinga
G	16384	ibiza
G	16384	ibiá
G	16384	ibiúna
G	512	ibm
G	16384	ibotirama
G	17	ibrahim
G	32	ibrahimovic
G	16384	ibshawāy
G	16384	ibusuki
G	16384	ica
G	4	icac
G	524288	ice
G	130	iceland
G	1024	icelandic
G	1024	icelandics
G	16384	ichalkaranji
G	16384	ichchāpuram
G	16384	icheon - si
G	16384	icheon-si
G	16384	ichihara
G	16	ichika
G	16384	ichinohe
G	16384	ichinomiya
G	16384	ichinoseki
G	16384	icod de los vinos
G	16384	icó
G	16	ida
G	16384	idah
G	256	idaho
G	16384	idaho falls
G	1	idalecio
G	16384	idanre
G	16384	idappadi
G	16384	idar - oberstein
G	16384	idar-oberstein
G	16384	idfū
G	16384	idhnā
G	16384	idkū
G	2113536	idlib
G	1	idriss deby
G	16384	idstein
G	16384	idylwood
G	1	ieng mouly
G	1	ieng sary
G	16384	ieper
G	16384	ifakara
G	16384	ifanadiana
G	16384	ifatsy
G	4	ifk gothenburg
G	16384	ifo
G	4	ifor
G	16384	ifrane
G	262144	ig
G	16384	iganga
G	16384	igarapava
G	16384	igarapé
G	16384	igarapé açu
G	16384	igarapé miri
G	16384	igarassu
G	16384	igaraçu do tietê
G	16384	igatpuri
G	16384	igbara - odo
G	16384	igbara-odo
G	16384	igbeti
G	16384	igbo - ora
G	16384	igbo - ukwu
G	16384	igbo-ora
G	16384	igbo-ukwu
G	16384	igboho
G	16384	igbor
G	16384	igede - ekiti
G	16384	igede-ekiti
G	16384	ighram
G	16416	iglesias
G	16	ignacio
G	1	ignacio olascoaga mugica
G	16	igor
G	16384	igra
G	16384	igrejinha
G	16384	iguala de la independencia
G	16384	igualada
G	16384	iguape
G	16384	iguatu
G	16384	igugunu
G	16384	igunga
G	16384	igurusi
G	4	ihc
G	4	ihc caland
G	16384	ihiala
G	4	ihlas
G	512	ihop
G	16384	ihosy
G	262144	ii
G	16384	iida
G	4	iii.ker.tve
G	16384	iisalmi
G	16384	iiyama
G	16384	iizuka
G	1	ijaya indra
G	1	ijaz
G	1	ijaz ahmed
G	16384	ijebu - igbo
G	16384	ijebu - jesa
G	16384	ijebu - ode
G	16384	ijebu-igbo
G	16384	ijebu-jesa
G	16384	ijebu-ode
G	16384	ijero - ekiti
G	16384	ijero-ekiti
G	16384	ijmuiden
G	16384	ijsselstein
G	16384	ijuí
G	16384	ijūin
G	16384	ikalamavony
G	16	ike
G	512	ikea
G	16416	ikeda
G	16384	ikedachō
G	16384	ikeja
G	16	iker
G	16384	ikere - ekiti
G	16384	ikere-ekiti
G	1	ikimi
G	16384	ikire
G	16384	ikirun
G	16384	ikom
G	16384	ikoma
G	16384	ikongo
G	16384	ikot ekpene
G	16384	iksan
G	16384	ikungi
G	2	il
G	16	ila
G	16384	ila orangun
G	16384	ilagan
G	16384	ilanskiy
G	16384	ilaro
G	16384	ilave
G	16384	ilchester
G	1	ileana bell
G	16384	ilebo
G	16384	ilembula
G	16	ilene
G	16384	ilesa
G	256	ilford
G	16384	ilgın
G	16384	ilha de moçambique
G	16384	ilha solteira
G	16384	ilhabela
G	16384	ilhéus
G	1	ilian simeonov
G	16	iliana
G	2048	ilias
G	1	ilie lazar
G	1	iliescu
G	32	iliev
G	32	ilieva
G	16384	iligan
G	16384	iligan city
G	16	ilija
G	16	ilina
G	16384	ilinden
G	16384	ilioúpoli
G	16384	ilkal
G	1	ilke wyludda
G	16384	ilkeston
G	1	ilkka laasonen
G	2	ill
G	8	ill.-based
G	16384	illapel
G	4	illawarra
G	16384	illela
G	16384	illertissen
G	16384	illescas
G	16384	illingen
G	524546	illinois
G	16384	illkirch - graffenstaden
G	16384	illkirch-graffenstaden
G	16384	illzach
G	16384	illéla
G	16384	ilmenau
G	16384	ilo
G	16384	ilobu
G	16384	iloilo
G	16	ilona
G	16384	ilongero
G	16384	ilopango
G	16384	ilorin
G	1	ilott
G	16	ilse
G	4	iltalehti
G	16384	ilula
G	16	ilya
G	8	ilyushin 76
G	16384	ilām
G	16384	imaichi
G	16384	imam qasim
G	16	imane
G	16384	imarichō - kō
G	16384	imarichō-kō
G	16384	imatra
G	16384	imbituba
G	16384	imbituva
G	4	imed
G	4	imed corp.
G	16	imelda
G	4	imerisia
G	1048576	imf
G	8	imf-hosted
G	8	imf-sponsored
G	16384	imishli
G	8	imkb-100
G	4	immigration service
G	16384	immokalee
G	4	immuno international ag
G	16	imogena
G	16	imogene
G	16386	imola
G	4	impala
G	4	impala platinum holdings ltd
G	16384	imperatriz
G	16384	imperia
G	16384	imperial
G	16384	imperial beach
G	16384	impfondo
G	16448	imphal
G	4	imphold
G	4	implats
G	1	imran khan
G	16384	imsil
G	16384	imus
G	16384	imzouren
G	4	in home health
G	4	in home health inc
G	2	in-nazzjon
G	16388	ina
G	16384	inaruwa
G	16384	inashiki
G	16384	inawashiro
G	16384	inazawa
G	4	inc
G	16384	inca
G	16448	incheon
G	2	inchon
G	16384	inda silasē
G	16384	indaial
G	16384	indaiatuba
G	16384	indang
G	16384	independence
G	8	independence day
G	4	independent commission against corruption
G	4	independiente
G	16384	indergarh
G	1	inderjit gupta
G	16384	indi
G	524418	india
G	9216	indian
G	4	indian fisheries department
G	258	indian ocean
G	4	indian oil corp
G	8	indian ringneck parrots
G	16384	indian trail
G	8	indian-ruled
G	258	indiana
G	512	indiana pacers
G	16450	indianapolis
G	512	indianapolis colts
G	16384	indianola
G	9220	indians
G	16384	indio
G	16	indira
G	4	individual
G	256	indochina
G	524418	indonesia
G	9216	indonesian
G	4	indonesian democratic party
G	1024	indonesians
G	8	indonesias
G	16450	indore
G	1	indra wijaya
G	16384	indramayu
G	2	indre
G	16384	indri
G	4	indusind bank
G	8	industrial production index
G	16384	indāpur
G	16	ines
G	1	ines gorrochategui
G	2048	inez
G	1	inez turner
G	4	information ministry
G	516	ing
G	4	ing barings
G	4	ing group
G	1	inga babakova
G	16384	ingelheim am rhein
G	16384	ingeniero pablo nogués
G	16384	ingenio
G	1	inger miller
G	16640	inglewood
G	16384	inglewood - finn hill
G	16384	inglewood-finn hill
G	16386	ingolstadt
G	16	ingrid
G	1	ingrid haringa
G	16384	ingrāj bāzār
G	65536	ingush
G	65536	ingushes
G	256	ingushetia
G	4	ingwe
G	4	ingwe coal corporation ltd
G	16384	inhambane
G	16384	inhumas
G	2	inia
G	16384	inisa
G	16384	injambakkam
G	16	inji
G	16384	inkhil
G	16384	inkster
G	16384	innere stadt
G	1	innocent butare
G	16384	innoshima
G	16384	innsbruck
G	16384	ino
G	16384	inongo
G	32	inoue
G	16384	inowrocław
G	16384	inozemtsevo
G	1	inspector maigret
G	4	institute for human gene therapy
G	262144	instructions
G	512	intel
G	4	inter
G	4	inter bratislava
G	4	inter milan
G	2	inter-entity boundary line
G	4	interacciones
G	4	interbank
G	1048580	interfax
G	4	interior
G	4	interior ministry
G	4	internacional
G	8	international aviation safety program
G	4	international bonds
G	4	international business machines corp
G	4	international business machines corp.
G	8	international endurance gt championship
G	8	international fair
G	4	international monetary fund
G	8	international petroleum encyclopedia
G	4	international petroleum exchange
G	4	international philippine
G	4	international red crescent
G	4	internazionale
G	8	internet
G	4	internet startup
G	516	interpol
G	8	interview-t&n
G	16	inuk
G	16	inunnguaq
G	16384	inuyama
G	16384	inver grove heights
G	16384	invercargill
G	16646	inverness
G	262144	investigation
G	16384	inza
G	1	inzamam-ul-haq
G	16384	inđija
G	4	ioc
G	1	ion iliescu
G	16400	iona
G	32	ionescu
G	16	ionut
G	258	iowa
G	16384	iowa city
G	16384	ioánnina
G	16384	ipaba
G	16384	ipameri
G	16384	ipatinga
G	16384	ipatovo
G	4	ipe
G	16384	iperu
G	16384	iperó
G	16384	ipiales
G	16384	ipiaú
G	16384	ipil
G	16384	ipinda
G	16384	ipirá
G	4	ipo
G	16384	ipoh
G	16384	ipojuca
G	16384	iporá
G	16384	ipoti
G	16384	ippy
G	4	ipsos
G	16644	ipswich
G	16384	ipu
G	16384	ipubi
G	16384	ipueiras
G	16384	ipís
G	16384	iquique
G	16384	iquitos
G	16	ira
G	16384	iracemápolis
G	16384	iradan
G	524418	iran
G	1	irani
G	533504	iranian
G	8	iranian kurdish
G	2	iranian kurdistan
G	1024	iranians
G	16384	iranshahr
G	16384	irapuato
G	524418	iraq
G	8	iraq-bound
G	8	iraq-u.n.
G	9216	iraqi
G	4	iraqi community association
G	8	iraqi kurd
G	8	iraqi kurdish
G	4	iraqi kurdish patriotic union of kurdistan
G	8	iraqi kurds
G	4	iraqi news agency
G	9216	iraqis
G	16400	irati
G	16384	irbid
G	16384	irbit
G	16384	irecê
G	524418	ireland
G	16	irena
G	16	irene
G	1	irene marushko
G	16384	iriga city
G	16	irina
G	1	irina privalova
G	1	irina spirlea
G	1	irina yatchenko
G	16384	iringa
G	16384	iringal
G	16384	irinjālakuda
G	8	irish
G	4	irish department of enterprise and employment
G	4	irish independent
G	4	irish navy
G	4	irish permanent
G	4	irish times
G	1024	irishman
G	1024	irishmans
G	16448	irkutsk
G	16384	irlam
G	16	irma
G	4	irna
G	8	iron gippsland
G	2048	iron man
G	16384	irondequoit
G	16384	ironville
G	16384	irosin
G	2113536	irpin
G	16384	irugūr
G	16384	irun
G	16	irvin
G	16386	irvine
G	16400	irving
G	16384	irving park
G	16384	irvington
G	16	irwin
G	16384	irákleio
G	16384	irákleion
G	16	isaac
G	1	isaac galvez-lopez
G	1	isaac viciosa
G	16	isabel
G	16400	isabela
G	16	isabele
G	16	isabell
G	16	isabella
G	16	isabelle
G	16	isadora
G	16384	isahaya
G	16	isaiah
G	16	isaias
G	16384	isaka
G	16384	isakogorka
G	16384	isanlu - itedoijowa
G	16384	isanlu-itedoijowa
G	16384	isawa
G	4	isbank
G	16384	ischia
G	16384	ischia porto
G	1	ischinger
G	4	iscor
G	16384	ise
G	16384	ise - ekiti
G	16384	ise-ekiti
G	16384	isehara
G	1	isel lopez
G	16384	iselin
G	16384	iserlohn
G	16384	isernhagen farster bauerschaft
G	16384	isernia
G	16384	isesaki
G	16448	isfahan
G	16384	isfana
G	16384	isfara
G	16	ishaan
G	16384	ishigaki
G	16384	ishige
G	16384	ishii
G	16384	ishikari
G	16416	ishikawa
G	16384	ishiki
G	16384	ishim
G	16384	ishimbay
G	16384	ishinomaki
G	16384	ishioka
G	16384	ishqoshim
G	16384	ishurdi
G	1	ishwari boopathy
G	16384	ishøj
G	16	isiah
G	16	isidora
G	16384	isieke
G	16384	isiolo
G	16384	isiro
G	524288	isis
G	16384	iskandar
G	16384	iskitim
G	16400	isla
G	16384	isla cristina
G	16384	isla vista
G	524296	islam
G	16450	islamabad
G	524296	islamic
G	2	islamic museum
G	130	islamic republic of iran
G	4	islamic revolutionary court
G	4	islamic salvation front
G	8	islamic taleban
G	73728	islamist
G	73728	islamists
G	2	island beach state park
G	16	islande
G	16384	isle of lewis
G	128	isle of man
G	16384	isleworth
G	16448	islington
G	16384	islip
G	16384	islāmnagar
G	16384	islāmpur
G	16	ismael
G	16	ismail
G	1	ismail boulahya
G	1	ismail nacar
G	16384	ismailia
G	16384	isnā
G	8	iso 9002
G	16	isobel
G	16384	isparta
G	524418	israel
G	4	israel radio
G	8	israel-plo
G	74752	israeli
G	8	israeli arabs
G	8	israeli-plo
G	8	israeli-syrian
G	74752	israelis
G	4	iss
G	4	iss inc
G	1	issa alloush
G	16	issac
G	16384	issaquah
G	16384	issia
G	16384	issoire
G	16384	issy - les - moulineaux
G	16384	issy-les-moulineaux
G	540738	istanbul
G	4	istanbul newsroom
G	16384	istaravshan
G	16384	istok
G	16384	istra
G	16384	istres
G	16384	isulan
G	16384	itabaiana
G	16384	itabaianinha
G	16384	itaberaba
G	16384	itaberaí
G	16384	itabira
G	16384	itabirito
G	16384	itaboraí
G	16384	itabuna
G	16384	itacoatiara
G	16384	itaguaí
G	16384	itagüí
G	16	itai
G	16384	itaitinga
G	16384	itaituba
G	16384	itajaí
G	16384	itajubá
G	16384	itajuípe
G	16384	itako
G	9216	italian
G	8	italian cup
G	8	italian supercup
G	9216	italians
G	1	italo pineda
G	524418	italy
G	1	itamar rabinovich
G	16384	itamaraju
G	16384	itamarandiba
G	16384	itambé
G	16386	itami
G	64	itanagar
G	16384	itanhaém
G	16384	itaocara
G	16384	itapaci
G	16384	itapagé
G	16384	itaparica
G	16384	itapecerica
G	16384	itapecerica da serra
G	16384	itapecuru mirim
G	16384	itapema
G	16384	itapemirim
G	16384	itaperuna
G	16384	itaperuçu
G	16384	itapetinga
G	16384	itapetininga
G	16384	itapeva
G	16384	itapevi
G	16384	itapipoca
G	16384	itapira
G	16384	itapissuma
G	16384	itaporanga
G	16384	itapuranga
G	16384	itaquaquecetuba
G	16384	itaqui
G	4	itar-tass
G	16384	itararé
G	16384	itatiba
G	16384	itatinga
G	16384	itauguá
G	16384	itaí
G	16384	itaúna
G	16384	iten
G	16384	ithaca
G	16384	itigi
G	16384	itimādpur
G	32	ito
G	16384	itogon
G	16384	itoigawa
G	16384	itoman
G	16384	itororó
G	16384	itsukaichi
G	16	itsuki
G	16384	itu
G	16384	ituberá
G	16384	ituiutaba
G	16384	itumbiara
G	16384	itupeva
G	16384	itupiranga
G	16384	iturama
G	16384	iturrama
G	16384	ituverava
G	512	itv
G	16384	itzehoe
G	16384	itá
G	16384	itápolis
G	16384	itānagar
G	16384	itārsi
G	16384	itō
G	16	iva
G	1	iva majoli
G	16	ivaana
G	4	ivac
G	4	ivac medical
G	4	ivac medical systems inc.
G	16	ivalu
G	16	ivan
G	1	ivan garcia
G	1	ivan odnosum
G	1	ivan rodriguez
G	16	ivana
G	1	ivanisevic
G	16384	ivano - frankivsk
G	16384	ivano-frankivsk
G	32	ivanou
G	32	ivanov
G	32	ivanova
G	16384	ivanovo
G	16384	ivanovskoye
G	16384	ivanteyevka
G	16384	ivatsevichy
G	4	ivernia
G	16384	ives estates
G	9216	ivorian
G	1024	ivorians
G	130	ivory coast
G	16384	ivoti
G	16384	ivrea
G	16384	ivry - sur - seine
G	16384	ivry-sur-seine
G	16384	iwade
G	16384	iwai
G	16384	iwaki
G	16384	iwakuni
G	16384	iwakura
G	16384	iwamizawa
G	1	iwan cesar gabrich
G	16384	iwanai
G	16384	iwanuma
G	16384	iwase
G	16384	iwata
G	16384	iwatsuki
G	16384	iwo
G	16	iwona
G	16384	iwŏn - ŭp
G	16384	iwŏn-ŭp
G	262144	ix
G	16384	ixmiquilpan
G	16384	ixtaczoquitlán
G	16384	ixtapa
G	16384	ixtapa - zihuatanejo
G	16384	ixtapa-zihuatanejo
G	16384	ixtapaluca
G	16384	ixtapan de la sal
G	16384	ixtepec
G	16384	ixtlán del río
G	16384	iyo
G	16384	izalco
G	16384	izamal
G	16	izaro
G	16384	izazi
G	16384	izberbash
G	16384	izegem
G	16384	izhevsk
G	16384	izkī
G	16384	izluchinsk
G	16384	izmail
G	16384	izmaylovo
G	64	izmir
G	16384	iztacalco
G	16448	iztapalapa
G	16384	izumi
G	16384	izumisano
G	16384	izumiōtsu
G	16384	izumo
G	16384	izyaslav
G	16384	izyum
G	16384	izúcar de matamoros
G	16384	içara
G	16384	iğdır
G	16384	iława
G	16384	iţsā
G	16384	i̇dil
G	16384	i̇mamoğlu
G	16384	i̇ncirliova
G	16384	i̇negol
G	16384	i̇skenderun
G	16384	i̇skilip
G	16384	i̇zmir
G	16384	i̇zmit
G	16384	i̇znik
G	1	j immi madsen
G	1	j. bovill
G	1	j. crawley
G	1	j. pooley
G	1	j. russell
G	1	j. srinath
G	4	j.j. kenny
G	1	j.s. bach
G	16384	ja ela
G	1	jaap stam
G	16384	jabal os saraj
G	16384	jabalpur
G	16384	jablah
G	16384	jablonec nad nisou
G	16384	jaboatão
G	16384	jaboatão dos guararapes
G	16384	jaboticabal
G	16384	jabālyā
G	16384	jacaltenango
G	16384	jacarezinho
G	16384	jacareí
G	1	jacek berensztain
G	1	jacek dembinski
G	16384	jaciara
G	16	jacinda
G	16	jacinta
G	17	jack
G	1	jack berry
G	1	jack charlton
G	1	jack kemp
G	1	jack kevorkian
G	1	jack russell
G	2048	jack the ripper
G	16	jackie
G	1	jackie frank
G	1	jackie lee
G	1	jackie mcnamara
G	16417	jackson
G	16384	jackson heights
G	16386	jacksonville
G	16384	jacksonville beach
G	512	jacksonville jaguars
G	16	jacky
G	1	jacky martens
G	16	jaclyn
G	16384	jacmel
G	16	jacob
G	1	jacob brumfield
G	1	jacob hlasek
G	16384	jacobabad
G	16384	jacobina
G	32	jacobs
G	2	jacobs field
G	32	jacobsen
G	16384	jacona de plancarte
G	16	jacquelina
G	16	jacqueline
G	1	jacqueline martin
G	1	jacqueline wong
G	16	jacquelyn
G	16	jacques
G	1	jacques chirac
G	1	jacques kallis
G	1	jacques toubon
G	1	jacques villeneuve
G	16384	jacutinga
G	16	jada
G	1	jadeja
G	16	jaden
G	16384	jaen
G	16384	jaffa
G	16386	jaffna
G	16384	jagalūr
G	16384	jagatsinghapur
G	16384	jagdalpur
G	16384	jagdīshpur
G	16384	jagdīspur
G	16384	jaggayyapeta
G	16384	jagna
G	16384	jagodina
G	16384	jagraon
G	16384	jagtiāl
G	16384	jaguaquara
G	16384	jaguarari
G	16384	jaguariaíva
G	16384	jaguaribe
G	16384	jaguariúna
G	16384	jaguaruana
G	16384	jaguarão
G	16384	jagüey grande
G	16384	jagādhri
G	1	jaha
G	16384	jahanian shah
G	16384	jahāngīrābād
G	16384	jahānābād
G	16384	jahāzpur
G	16384	jaigaon
G	16	jaime
G	1	jaime oncins
G	16448	jaipur
G	16384	jais
G	16384	jaisalmer
G	16384	jaisingpur
G	16384	jaito
G	16384	jaitāran
G	16	jaka
G	16450	jakarta
G	4	jakarta post
G	16	jake
G	16	jakob
G	1	jakob hlasek
G	16384	jakobsberg
G	32	jakobsson
G	16384	jakobstad
G	16384	jakomini
G	16	jakov
G	16	jakub
G	16384	jalai nur
G	16384	jalajala
G	16384	jalal - abad
G	1	jalal talabani
G	16384	jalal-abad
G	2	jalalabad
G	16384	jalalpur jattan
G	16384	jalalpur pirwala
G	16384	jalandhar
G	16384	jalapa
G	16384	jales
G	16384	jalesar
G	16384	jaleshwar
G	16384	jalgaon
G	16384	jalgaon jamod
G	16384	jalilabad
G	16384	jalingo
G	256	jalisco
G	16384	jalor
G	16384	jalostotitlán
G	16384	jalpa de méndez
G	16384	jalpāiguri
G	16384	jalālpur
G	16384	jalālābad
G	16384	jalālābād
G	16384	jalālī
G	16384	jalārpet
G	16384	jamaame
G	4	jamaat-i-islami
G	16514	jamaica
G	16384	jamaica plain
G	9216	jamaican
G	1024	jamaicans
G	16	jamal
G	16384	jamay
G	16384	jambi city
G	16384	jambusar
G	17	james
G	1	james baker
G	1	james baldwin
G	1	james brady
G	32768	james comey
G	1	james debbah
G	1	james harvey
G	1	james lee williams
G	1	james poland
G	1	james scott brady jr
G	1	james weaver
G	16	jameson
G	16384	jamestown
G	16	jami
G	17	jamie
G	1	jamie baulch
G	1	jamie moyer
G	1	jamir cvetko
G	16	jamison
G	16384	jamjamāl
G	16384	jamkhandi
G	16384	jammalamadugu
G	16	jammie
G	16386	jammu
G	16384	jamnagar
G	16384	jampur
G	16384	jamshedpur
G	16384	jamundí
G	16384	jamālpur
G	16384	jamūī
G	1	jan buettner
G	1	jan kroslak
G	1	jan ove pedersen
G	1	jan siemerink
G	1	jan van eiden
G	1	jan van eijden
G	16	jana
G	1	jana kandarr
G	1	jana novotna
G	16	janae
G	4	janakantha
G	16384	janakkala
G	16384	janakpur
G	16384	janaúba
G	16384	jand
G	16384	jandaia do sul
G	16384	jandira
G	16384	jandiāla
G	16	jane
G	1	jane chi
G	1	jane quigley
G	16	janele
G	16	janelle
G	16384	janeng
G	16	janessa
G	16384	janesville
G	16	janet
G	1	janet reno
G	16	janette
G	1	janette husarova
G	1	janez drnovsek
G	16384	jangaon
G	16384	jangipur
G	16	janice
G	16	janie
G	16	janina
G	16	janine
G	16	janis
G	32	jankovic
G	1	janne ojanen
G	1	jannie gagiano
G	1	jans koerts
G	32	jansen
G	1	jansher khan
G	32	janssen
G	32	janssens
G	32	jansson
G	524288	january
G	16384	januária
G	16384	janīn
G	16384	janūb as surrah
G	2	jaora
G	16384	jaorā
G	524418	japan
G	4	japan aluminium federation
G	4	japan credit rating agency
G	9216	japanese
G	4	japanese food agency
G	1024	japaneses
G	256	japantown
G	16384	japekrom
G	16384	japeri
G	1	japie mulder
G	16	jaqueline
G	16384	jarabacoa
G	16384	jaraguá
G	16384	jaraguá do sul
G	16384	jaral del progreso
G	16384	jaranwala
G	16384	jarash
G	16384	jardim
G	16384	jardim paulista
G	16384	jardinópolis
G	16384	jardín américa
G	16	jared
G	1	jared palmer
G	1	jari litmanen
G	16384	jarinu
G	1	jarmo kytolehto
G	16384	jarocin
G	16	jarod
G	16	jaroslav
G	16384	jarosław
G	16	jarrett
G	16	jarrod
G	16384	jarrow
G	16384	jaru
G	16384	jaruco
G	32	jarvinen
G	16	jarvis
G	16384	jarwal
G	16384	jarābulus
G	4	jas bardejov
G	16384	jasaan
G	16384	jasdan
G	16384	jashpurnagar
G	16384	jasidih
G	16	jasmin
G	16	jasmina
G	16384	jasmine estates
G	16	jason
G	1	jason dickson
G	1	jason mcateer
G	1	jason rouser
G	1	jason stoltenberg
G	1	jason weaver
G	1	jason webb
G	1	jason wong
G	16400	jasper
G	16384	jaspur
G	16384	jastrzębie zdrój
G	16384	jaswantnagar
G	16384	jasło
G	16384	jatani
G	16384	jataí
G	16384	jaten
G	16384	jatibarang
G	16384	jatibonico
G	16384	jatiroto
G	16384	jatiwangi
G	16384	jatobá
G	16384	jatoi shimali
G	16384	jatāra
G	16384	jauharabad
G	16384	jauja
G	16384	jaunpur
G	8	java
G	1	javagal srinath
G	4	javasoft
G	16384	javea
G	4	javedan cement
G	16	javier
G	1	javier frana
G	1	javier gomez de liano
G	1	javier sanchez
G	16	javiera
G	16384	javānrūd
G	2048	jawaharlal nehru
G	16384	jawhar
G	16384	jawor
G	16384	jaworzno
G	1	jay buhner
G	2048	jay z
G	16384	jayamkondacholapuram
G	16384	jayapura
G	1	jayasuriya
G	16	jayden
G	16384	jaynagar
G	16384	jaynagar - majilpur
G	16384	jaynagar-majilpur
G	16	jayne
G	16384	jayrūd
G	16	jayson
G	16	jazmin
G	16	jazmine
G	16384	jaén
G	16384	jaú
G	16384	jbaïl
G	4	jd group
G	1	jean
G	1	jean alesi
G	1	jean van de velde
G	1	jean-claude nadon
G	1	jean-denis deletraz
G	1	jean-louis debre
G	1	jean-marc gounon
G	1	jean-michel bayle
G	1	jean-michel monin
G	1	jean-paul bruwier
G	1	jean-paul van gastel
G	1	jean-philippe fleurian
G	1	jean-pierre cyprien
G	1	jean-pierre van zyl
G	16	jeana
G	16	jeane
G	16	jeanette
G	16	jeanie
G	16	jeanina
G	16	jeanine
G	16	jeanna
G	16	jeanne
G	16	jeannette
G	16	jeannie
G	16	jeannina
G	16	jeannine
G	16384	jebba
G	16	jed
G	16450	jeddah
G	16	jeff
G	1	jeff bagwell
G	1	jeff hawksworth
G	1	jeff kenna
G	1	jeff tarango
G	1	jeff williams
G	1	jeff wilson
G	2048	jefferson
G	16384	jefferson city
G	16384	jeffersontown
G	16384	jeffersonville
G	16	jeffery
G	17	jeffrey
G	16	jeffry
G	16384	jega
G	16384	jeju city
G	16384	jekulo
G	16384	jelcz
G	16384	jelcz laskowice
G	16	jelena
G	16384	jelenia góra
G	16384	jelgava
G	16384	jember
G	16	jen
G	16400	jena
G	16384	jendouba
G	16	jenelle
G	16	jenifer
G	16384	jenison
G	16384	jenjarum
G	32	jenkins
G	16384	jenks
G	16	jenna
G	16	jennette
G	16	jenni
G	16	jennie
G	16	jennifer
G	1	jennifer capriati
G	1	jennifer flavin
G	1	jennifer hurley
G	32	jennings
G	16	jenny
G	16	jens
G	1	jens fiedler
G	1	jens lehman
G	32768	jens stoltenberg
G	1	jens todt
G	1	jens veggerby
G	32	jensen
G	16384	jenzan
G	16384	jeongeup
G	16384	jeonju
G	16384	jequitinhonha
G	16384	jequié
G	16384	jerada
G	16	jerald
G	16384	jerantut
G	16	jeremiah
G	16384	jeremoabo
G	16	jeremy
G	32768	jeremy corbyn
G	1	jeremy guscott
G	1	jeremy lovell
G	16384	jerez de garcía salinas
G	16384	jerez de la frontera
G	16	jeri
G	16384	jericho
G	16	jermaine
G	1	jeroen blijlevens
G	1	jeroen van dijk
G	16	jerome
G	1	jerome egurugbe
G	1	jerome turner
G	16	jeronimo
G	16	jerri
G	16	jerry
G	1	jerry bieszk
G	8	jerry lewis labour day
G	1	jerry schein
G	130	jersey
G	16384	jersey city
G	540738	jerusalem
G	4	jerusalem post
G	1	jerzy l.
G	16384	jesi
G	16	jesica
G	16	jess
G	16	jesse
G	1	jesse owens
G	16	jessica
G	16	jessie
G	16384	jessore
G	17	jesus
G	1	jesus tavarez
G	16384	jesús del monte
G	16384	jesús maría
G	16384	jesús menéndez
G	16384	jetpur
G	1	jetsi hendrika coers
G	1	jetty kors
G	4	jeunesse massira
G	16384	jevargi
G	16384	jewar
G	8	jewel of india
G	1	jewell
G	532480	jewish
G	532480	jews
G	16384	jeypore
G	2048	jfk
G	16384	jhajjar
G	16384	jhalidā
G	32	jhang
G	16384	jhang sadr
G	16384	jhanjhārpur
G	16384	jharia
G	256	jharkhand
G	16384	jharsuguda
G	16384	jhawarian
G	16384	jhelum
G	16384	jhingergācha
G	16384	jhinjhāna
G	16384	jhol
G	16384	jhunjhunūn
G	16384	jhā - jhā
G	16384	jhā-jhā
G	16384	jhābua
G	16384	jhālrapātan
G	16384	jhālu
G	16384	jhālāwār
G	16384	jhānsi
G	16384	jhārgrām
G	16384	jhīnjhak
G	16384	jhūsi
G	16384	ji paraná
G	16384	jiagedaqi
G	16384	jiamusi
G	16	jian
G	1	jiang
G	1	jiang zemin
G	16384	jiangkou
G	4	jiangling motors corp
G	4	jiangling motors group
G	16384	jiangmen
G	2	jiangsu
G	16384	jianguang
G	258	jiangxi
G	16384	jiangyan
G	16384	jiangyin
G	16384	jiangyou
G	16384	jianshui
G	16384	jiaojiang
G	16384	jiaozhou
G	16384	jiaozuo
G	16384	jiashan
G	16384	jiaxing
G	16384	jiayuguan
G	16384	jiazi
G	16384	jidd ḩafş
G	16384	jidong
G	16	jie
G	16384	jiehu
G	16384	jieshi
G	16384	jieshou
G	16384	jiexiu
G	16384	jieyang
G	512	jiffy lube
G	16384	jiguaní
G	65536	jihadist
G	65536	jihadists
G	16384	jihlava
G	16384	jijel
G	16384	jijiang
G	16384	jijiga
G	16	jil
G	16	jilian
G	16384	jilib
G	16448	jilin
G	16	jill
G	1	jill craybas
G	16	jillian
G	17	jim
G	1	jim bidzos
G	1	jim bolger
G	1	jim brady
G	1	jim brumm
G	1	jim courier
G	1	jim edmonds
G	1	jim furyk
G	1	jim grabb
G	1	jim hines
G	1	jim payne
G	1	jim telfer
G	1	jim thome
G	16384	jimaguayú
G	32	jimenez
G	16384	jimeta
G	16	jimi
G	1	jimi hendrix
G	16384	jimma
G	16	jimmie
G	17	jimmy
G	1	jimmy key
G	1	jimmy thomson
G	16384	jimo
G	1	jimy szymanski
G	16384	jiménez
G	16448	jinan
G	16384	jinan - gun
G	16384	jinan-gun
G	16384	jinchang
G	16384	jincheng
G	16384	jindřichův hradec
G	16	jing
G	16384	jingdezhen
G	16384	jinghong
G	16384	jingling
G	16384	jingmen
G	16384	jingzhou
G	16384	jinhua
G	16384	jining
G	16384	jinja
G	16384	jinji
G	16384	jinjiang
G	16384	jinka
G	16384	jinotega
G	16384	jinotepe
G	16384	jinsha
G	16384	jinshi
G	16384	jintūr
G	16384	jinxiang
G	16384	jinzhou
G	16384	jipijapa
G	16384	jiquílpan de juárez
G	1	jiri dopita
G	1	jiri novak
G	16384	jirjā
G	16384	jirkov
G	16384	jishu
G	16384	jishui
G	16384	jisr ash shughūr
G	16384	jitra
G	16384	jiujiang
G	4	jiul petrosani
G	16384	jiupu
G	16384	jiuquan
G	16384	jiutai
G	16384	jiutepec
G	16384	jiwani
G	16384	jixi
G	16384	jizan
G	16384	jizzax
G	16384	jičín
G	2048	jk rowling
G	16	jo
G	1	joakim haeggman
G	16384	joal - fadiout
G	16384	joal-fadiout
G	16	joan
G	16	joana
G	16	joane
G	16	joann
G	16	joanna
G	16	joanne
G	1	joannette kruger
G	16	joao
G	1	joao pinto
G	1	joao vale de almeida
G	1	joao vieira pinto
G	16	joaquin
G	16384	joaquín v. gonzález
G	16384	joaçaba
G	16384	jobabo
G	16	jocelyn
G	4	jockey club
G	16384	jocotenango
G	16384	jocotepec
G	16384	jodhpur
G	16	jodi
G	16	jodie
G	1	jodie foster
G	16384	jodiya bandar
G	16	jody
G	1	jody reed
G	16	joe
G	32768	joe biden
G	1	joe carter
G	16	joel
G	1	joel smets
G	1	joel stranksy
G	1	joel stransky
G	16	joelle
G	32	joensen
G	16384	joensuu
G	16	joesph
G	16	joey
G	1	joey hamilton
G	16384	jogbani
G	16384	jogonalan
G	16	johan
G	1	johan boonen
G	1	johan capiot
G	1	johan de kock
G	1	johan lisabeth
G	1	johan museeuw
G	1	johan van der merwe
G	16	johana
G	16	johann
G	16	johanna
G	16	johannes
G	16450	johannesburg
G	32	johannesen
G	32	johannessen
G	16384	johannisthal
G	32	johansen
G	33	johansson
G	16384	johi
G	16	john
G	1	john allen
G	1	john bissell
G	1	john boles
G	1	john cook
G	1	john crawley
G	1	john deere
G	1	john den braber
G	1	john ericks
G	1	john fashanu
G	1	john gilardi
G	1	john grant fagan
G	1	john hagelin
G	1	john hart
G	1	john hartson
G	1	john head
G	1	john hinckley
G	1	john hinckley jr
G	1	john howard
G	1	john inienger
G	1	john jaha
G	32769	john kerry
G	1	john kocinski
G	1	john kornblum
G	1	john lloyd jones
G	1	john marzano
G	1	john mayock
G	1	john mcnamara
G	1	john newcombe
G	1	john regis
G	1	john ridgeon
G	1	john sheehan
G	1	john simon
G	1	john smiley
G	1	john smoltz
G	1	john stephenson
G	1	john talen
G	1	john veldman
G	1	john white
G	16	johnathan
G	16	johnathon
G	16	johnie
G	16	johnnie
G	16	johnny
G	1	johnny bench
G	1	johnny damon
G	1	johnny herbert
G	16384	johns creek
G	2	johns hopkins hospital
G	32	johnsen
G	32801	johnson
G	512	johnson & johnson
G	16384	johnson city
G	4	johnson co
G	2	johnson cty
G	16416	johnston
G	16384	johnstone
G	16384	johnstown
G	16384	johor bahru
G	16384	joinville
G	16384	joinville - le - pont
G	16384	joinville-le-pont
G	16384	jojutla
G	16	jokubas
G	16	joleen
G	16	jolena
G	16	jolene
G	1	jolene watanabe
G	16384	joliet
G	16384	joliette
G	16384	jollyville
G	16384	jolo
G	16384	jombang
G	4	jomhuri eslami
G	4	jomo
G	16	jon
G	1	jon dahl tomasson
G	1	jon drummond
G	1	jon preston
G	16384	jona
G	16	jonah
G	1	jonah lomu
G	16	jonas
G	1	jonas bjorkman
G	1	jonas savimbi
G	16	jonathan
G	1	jonathan bachini
G	1	jonathan birt
G	1	jonathan edwards
G	1	jonathan lomas
G	1	jonathan n'senga
G	1	jonathan stark
G	16	jonathon
G	1	jonathon power
G	16384	jonava
G	33	jones
G	16384	jonesboro
G	1	jongsma
G	16	joni
G	1	jonk
G	16	jonny
G	16384	jonquière
G	32	jonsson
G	1	jonty rhodes
G	1	jonzon
G	1	joost van der westhuizen
G	16384	joplin
G	16384	jora
G	2183	jordan
G	4	jordan times
G	9216	jordanian
G	4	jordanian arab socialist baath party
G	9216	jordanians
G	16	jordi
G	1	jordi burillo
G	1	jordi cruyff
G	16	jordon
G	17	jorge
G	1	jorge cadete
G	1	jorge costa
G	32	jorgensen
G	16384	jorhāt
G	4	jornal de angola
G	16384	jos
G	1	jos verstappen
G	16	jose
G	1	jose antonio ortega lara
G	1	jose barroso
G	1	jose coceres
G	1	jose eduardo dutra
G	1	jose escuredo
G	1	jose herrera
G	1	jose luis vidigal
G	1	jose manuel prieto
G	1	jose maria aznar
G	1	jose maria canizares
G	1	jose maria olazabal
G	1	jose moreno
G	1	jose offerman
G	16384	jose pañganiban
G	1	jose rivero
G	1	jose rosado
G	1	jose valentin
G	1	jose-maria canizares
G	16	josef
G	1	josef stalin
G	16	josefa
G	16	josefina
G	16	josefine
G	16	joselyn
G	16	joseph
G	1	joseph keter
G	1	joseph kneipp
G	1	joseph kuhn
G	1	joseph tanny
G	16	josephina
G	16	josephine
G	16	josh
G	1	josh kronfeld
G	16	joshua
G	16	josiah
G	16	josie
G	16	josue
G	16384	josé bonifácio
G	16384	josé c. paz
G	16384	josé cardel
G	16384	josé de freitas
G	16384	josé mariano jiménez
G	32	joung
G	16384	jounieh
G	4	journal
G	4	journal of the royal college of physicians
G	16384	jouy - le - moutier
G	16384	jouy-le-moutier
G	16384	joué - lès - tours
G	16384	joué-lès-tours
G	16	jovana
G	32	jovanovic
G	16384	jovellanos
G	512	joy division
G	16	joya
G	16	joyce
G	1	joyce liu
G	16384	joymontop
G	16384	joypur hāt
G	16	jozef
G	16384	joão câmara
G	16384	joão monlevade
G	16384	joão pessoa
G	16384	joão pinheiro
G	2	jp
G	512	jpmorgan
G	512	jpmorgan chase
G	4096	jr
G	2048	jrr tolkien
G	512	jsa
G	16	juan
G	16384	juan aldama
G	1	juan carlos
G	1	juan carlos lago
G	1	juan carlos pinero
G	1	juan castro
G	1	juan curuchet
G	1	juan domingo peron
G	16384	juan díaz
G	1	juan eduardo esnaider
G	1	juan esnaider
G	16384	juan griego
G	1	juan guillermo londono
G	1	juan guzman
G	16384	juan josé ríos
G	1	juan llaneras
G	1	juan lopez
G	2	juan santamaria
G	1	juan somavia
G	16	juana
G	16	juanita
G	16384	juanjuí
G	16384	juatuba
G	16384	juazeiro do norte
G	16384	juba
G	16384	juchitepec
G	16384	juchitán de zaragoza
G	16	jude
G	16384	judeida makr
G	16	judeline
G	528384	judge
G	4	judicial police
G	16384	judita
G	16	judith
G	1	judith arndt
G	1	judith crosson
G	1	judith curren
G	1	judith wiesner
G	16	judy
G	16384	juegang
G	1	juergen klinsmann
G	1	juergen kohler
G	1	juergen schult
G	16384	jugsālai
G	1	juha kankkunen
G	1	juha ylonen
G	16384	juhaynah
G	16384	juigalpa
G	16384	juiz de fora
G	16	julen
G	1	julen lopetegui
G	16	jules
G	16	julia
G	1	julia carling
G	1	julia ferguson
G	1	julia vaquero
G	16384	juliaca
G	16	julian
G	32768	julian assange
G	1	julian tavarez
G	1	julian wellings
G	17	juliana
G	16	julianna
G	16	julianne
G	17	julie
G	1	julie baumann
G	1	julie lejeune
G	1	julie tolkacheva
G	16	julien
G	1	julien bonetat
G	16	julienne
G	16	juliet
G	1	juliet cuthbert
G	16	julieta
G	16	juliette
G	16	julio
G	1	julio cesar dely valdes
G	1	julio cesar vega rojas
G	16	julissa
G	16	julius
G	1	julius nyrere
G	524288	july
G	16384	juma shahri
G	1	jumbish
G	4	jumbish-i-milli
G	2	jumet
G	4	jumhouriya
G	16384	jumilla
G	16384	jumri tilaiyā
G	32768	juncker
G	16384	junction city
G	16384	jundiaí
G	524288	june
G	16384	juneau
G	32	jung
G	4	jungle command
G	16384	junnar
G	16384	junín
G	16384	jupiter
G	1	juppe
G	32	juric
G	16384	jurupa valley
G	4	justice
G	1	justice k.t. thomas
G	16	justin
G	1	justin leonard
G	1	justin marshall
G	1	justin thompson
G	16	justina
G	16	justine
G	16384	justiniškės
G	16384	jutiapa
G	16384	juticalpa
G	16384	juventino rosas
G	4	juventude
G	4	juventus
G	16384	juwana
G	16384	juye
G	16384	juárez
G	1	jyrki lumme
G	2	jyvasklya
G	2	jyvaskyla
G	16384	jyväskylä
G	16384	jáltipan de morelos
G	16384	jászberény
G	16384	jämsä
G	16384	järvenpää
G	16384	jérémie
G	16384	józefów
G	16384	józsefváros
G	16384	jönköping
G	16384	júlio de castilhos
G	16384	jüchen
G	16384	jülich
G	16384	jājpur
G	16384	jālaun
G	16384	jālna
G	16384	jāmadoba
G	16384	jāmai
G	16384	jāmtāra
G	16384	jāmuria
G	16384	jānjgīr
G	16384	jānsath
G	16384	jāsim
G	16384	jāwad
G	16384	jēkabpils
G	16384	jędrzejów
G	16384	jīnd
G	16384	jōetsu
G	16384	jūnāgadh
G	16384	jūnāgarh
G	16384	jūrmala
G	16384	jūybār
G	524288	k
G	1	k. barnett
G	1	k. brown
G	1	k. curran
G	1	k. spiring
G	4	ka wah bank
G	16384	kaarela
G	16384	kaarina
G	16384	kaarst
G	1	kaba
G	16384	kabacan
G	16384	kabala
G	16384	kabale
G	16384	kabalo
G	16384	kabanga
G	16384	kabanjahe
G	16384	kabankalan
G	16384	kabanovo
G	256	kabardino
G	16384	kabare
G	1	kabariti
G	16384	kabarnet
G	16384	kabaty
G	16384	kabba
G	16384	kabin buri
G	16384	kabinda
G	16384	kabirwala
G	16	kabita
G	4	kablo kladno
G	16384	kabrāi
G	16450	kabul
G	4	kabul radio
G	2	kabul-salang
G	16384	kabwe
G	16	kacey
G	16384	kachhwa
G	16384	kachia
G	16384	kachkanar
G	16	kacper
G	16384	kadakkavoor
G	16384	kadayanallur
G	16384	kadaň
G	1	kader ferhaoui
G	16384	kadi
G	8	kadian
G	16	kadiatou
G	16384	kadiri
G	16384	kadirli
G	16384	kadiyivka
G	16384	kadod
G	16384	kadoma
G	16384	kadugli
G	16448	kaduna
G	32768	kadyrov
G	16384	kadınhanı
G	16384	kadūr
G	16	kaede
G	16384	kaeng khoi
G	16384	kaeng khro
G	16384	kaesŏng
G	16384	kafanchan
G	1	kafelnikov
G	16384	kaffrine
G	16384	kafir qala
G	16384	kafr ad dawwār
G	16384	kafr ash shaykh
G	16384	kafr az zayyāt
G	16384	kafr kannā
G	16384	kafr lāhā
G	16384	kafr mandā
G	16384	kafr qāsim
G	16384	kafr takhārīm
G	16384	kafr zaytā
G	16384	kafr şaqr
G	16384	kafranbel
G	16384	kafue
G	16384	kaga bandoro
G	16384	kagoro
G	16384	kagoshima
G	1	kahalani
G	16384	kahama
G	32	kahn
G	16384	kahna nau
G	16384	kahramanmaraş
G	16384	kahror pakka
G	16384	kahrīz
G	16384	kahului
G	16384	kahuta
G	16	kai
G	16	kaia
G	16384	kaiama
G	16384	kaifeng
G	16384	kaihua
G	16384	kaikalūr
G	16384	kailua
G	16384	kailāras
G	16384	kailāshahar
G	16384	kaimganj
G	16384	kaimori
G	16384	kainan
G	16384	kairouan
G	16384	kairāna
G	16384	kaisarianí
G	16384	kaiserslautern
G	16384	kaithal
G	16	kaitlin
G	16	kaitlyn
G	16384	kaitong
G	16384	kaiyuan
G	16384	kaizuka
G	16384	kajaani
G	16384	kajiki
G	16	kajus
G	16384	kaka
G	16384	kakamega
G	16384	kakamigahara
G	16384	kakata
G	16384	kakching
G	16384	kakegawa
G	16384	kakhovka
G	16384	kakogawachō - honmachi
G	16384	kakogawachō-honmachi
G	16384	kakonko
G	16384	kakrāla
G	16384	kakuda
G	16384	kalabagh
G	16384	kalach
G	16384	kalach - na - donu
G	16384	kalach-na-donu
G	16384	kalachinsk
G	16384	kalakkādu
G	16384	kalamariá
G	16384	kalamassery
G	16384	kalamata
G	16384	kalamazoo
G	16384	kalamb
G	16384	kalamnūri
G	16384	kalandia
G	8	kalashnikov
G	8	kalashnikovs
G	16384	kalasin
G	16384	kalat
G	16384	kalavoor
G	16	kaleigh
G	16384	kaleke mandi
G	16384	kalemie
G	4	kalf , voorhis & co
G	16384	kalghatgi
G	16	kali
G	16384	kalianget
G	16384	kaliningrad
G	16384	kalininsk
G	16384	kalininskiy
G	16384	kalinkavichy
G	16384	kalispell
G	16384	kalisz
G	16384	kalk
G	16384	kallakkurichchi
G	64	kallakurichi
G	16384	kallangur
G	16384	kallar kahar
G	16	kalle
G	16384	kallidaikurichi
G	16	kallie
G	16384	kallio
G	1	kallis
G	16384	kallithéa
G	32	kalloe
G	16384	kalmar
G	16384	kalmeshwar
G	16384	kalmthout
G	16384	kalmunai
G	256	kalmykia
G	16384	kalocsa
G	16384	kalodzishchy
G	16384	kalpatta
G	16384	kaltan
G	16384	kaltenkirchen
G	16384	kaluga
G	16384	kalugumalai
G	16384	kalulushi
G	16384	kalundborg
G	16384	kalur kot
G	16384	kalush
G	16384	kalutara
G	1	kaluwitharana
G	16384	kalyandurg
G	16384	kalyani
G	16384	kalynivka
G	16384	kalyān
G	16384	kalāleh
G	16384	kalānaur
G	16384	kamachumu
G	16384	kamaishi
G	16384	kamakura
G	16400	kamal
G	16	kamala
G	32768	kamala harris
G	16384	kamalasai
G	16384	kamalganj
G	16384	kamalia
G	16384	kaman
G	16384	kamar mushani
G	16384	kamaterón
G	4	kamaz naberezhnye chelny
G	16384	kamba
G	16384	kambar
G	16384	kambove
G	16384	kameda - honchō
G	16384	kameda-honchō
G	16384	kamen
G	16384	kamenjane
G	16384	kamensk - shakhtinskiy
G	16384	kamensk-shakhtinskiy
G	16384	kamenz
G	16384	kameoka
G	16384	kameyama
G	16384	kamianets - podilskyi
G	16384	kamianets-podilskyi
G	16384	kamianske
G	1	kamiel maase
G	16384	kamienna góra
G	16384	kamifukuoka
G	16384	kamigyō - ku
G	16384	kamigyō-ku
G	16384	kamiichi
G	16384	kamiiso
G	16	kamil
G	16	kamila
G	16	kamile
G	16384	kamimaruko
G	16384	kamina
G	16384	kaminokawa
G	16384	kaminoyama
G	32	kaminski
G	16384	kamirenjaku
G	16384	kamloops
G	16384	kamo
G	16384	kamogatachō - kamogata
G	16384	kamogatachō-kamogata
G	16384	kamogawa
G	16384	kamojimachō - jōgejima
G	16384	kamojimachō-jōgejima
G	16384	kamoke
G	16384	kamp - lintfort
G	16384	kamp-lintfort
G	16448	kampala
G	16384	kampar
G	16384	kampen
G	16384	kampene
G	16384	kamphaeng phet
G	16384	kampli
G	16384	kampong baharu balakong
G	16384	kampong cham
G	16384	kampong chhnang
G	16384	kampong dungun
G	16384	kampong kadok
G	16384	kampong masjid tanah
G	16384	kampong pangkal kalong
G	16384	kampong speu
G	16384	kampong thom
G	16384	kampot
G	16384	kampung ayer keroh
G	16384	kampung ayer molek
G	16384	kampung baharu nilai
G	16384	kampung baru subang
G	16384	kampung bukit baharu
G	16384	kampung pasir gudang baru
G	16384	kampung simpang renggam
G	16384	kampung sungai ara
G	16384	kampung tanjung karang
G	16384	kamra
G	1	kamuzu banda
G	16384	kamwenge
G	16384	kamyshin
G	16384	kamyshlov
G	16384	kamyzyak
G	3	kan
G	16384	kananga
G	16384	kanash
G	16384	kanasín
G	16400	kanata
G	16384	kanaya
G	16384	kanazawa
G	16384	kanbe
G	16384	kanchanaburi
G	16384	kanchipuram
G	16384	kanda
G	66	kandahar
G	16384	kandahār
G	16384	kandalaksha
G	16384	kandana
G	16384	kandhkot
G	16384	kandi
G	16384	kandiaro
G	16384	kandukūr
G	16448	kandy
G	16384	kandyagash
G	32	kane
G	16384	kanekomachi
G	16384	kaneohe
G	16384	kanevskaya
G	16384	kangaba
G	16384	kanganpur
G	16384	kangar
G	16384	kangasala
G	16384	kangayam
G	16384	kangding
G	16384	kangdong - ŭp
G	16384	kangdong-ŭp
G	16384	kanggye
G	16384	kangāvar
G	16384	kanie
G	2	kanie karzhala
G	16384	kanigiri
G	16384	kaniv
G	16384	kankakee
G	16384	kankan
G	16384	kankauli
G	1	kankkunen
G	1	kankunnen
G	16384	kannabechō - yahiro
G	16384	kannabechō-yahiro
G	16384	kannad
G	16384	kannapolis
G	16384	kannauj
G	16384	kanniyākumāri
G	16384	kannod
G	16384	kannur
G	16448	kano
G	16384	kanoya
G	16448	kanpur
G	256	kans
G	16384	kansanshi
G	258	kansas
G	16390	kansas city
G	512	kansas city chiefs
G	516	kansas city royals
G	16384	kansk
G	16384	kant
G	16384	kantharalak
G	16384	kantyshevo
G	16384	kantābānji
G	16384	kanuma
G	16384	kanuru
G	16	kanyakumari
G	16384	kanye
G	2048	kanye west
G	16384	kanzakimachi - kanzaki
G	16384	kanzakimachi-kanzaki
G	16448	kaohsiung
G	16386	kaolack
G	16384	kapadvanj
G	16384	kapan
G	16384	kapellen
G	16384	kapenguria
G	1	kapil dev
G	16384	kapiri mposhi
G	16384	kapit
G	32	kaplan
G	16384	kapolei
G	33	kapoor
G	16384	kaposvár
G	16384	kapotnya
G	16384	kapsan - ŭp
G	16384	kapsan-ŭp
G	16384	kapshagay
G	16384	kapūrthala
G	16400	kara
G	16384	kara - balta
G	16384	kara suu
G	16384	kara-balta
G	4	karabach agdam
G	16384	karabanovo
G	16384	karabash
G	16384	karabağlar
G	16384	karabulak
G	16384	karabük
G	16384	karacabey
G	256	karachay
G	16384	karachayevsk
G	16384	karachev
G	16450	karachi
G	4	karachi stock exchange
G	524288	karadima
G	32768	karadzic
G	16384	karagandy
G	16448	karaj
G	2	karak
G	16384	karak city
G	16384	karakol
G	16384	karakoçan
G	16384	karaman
G	16384	karamay
G	16384	karamsad
G	16384	karamürsel
G	16384	karangampel
G	16384	karanganom
G	16384	karangsembung
G	16384	karanpur
G	16384	karapınar
G	16384	karasu
G	16384	karasu mahallesi
G	16384	karasuk
G	16384	karasuyama
G	16384	karatau
G	16384	karatsu
G	16384	karauli
G	16384	karaçoban
G	16384	karbala
G	16384	karben
G	16384	karcag
G	16384	kardzhali
G	16384	kardítsa
G	4	kareda siauliai
G	16384	kareli
G	256	karelia
G	1	karem haj yihye
G	24	karen
G	4	karen national union
G	1	karen pierog
G	16384	karera
G	16384	karhal
G	16384	karhula
G	16400	kari
G	16384	kariba
G	16	karim
G	1	karim alami
G	16	karima
G	16	karin
G	2	karin gornji
G	1	karin kschwendt
G	16	karina
G	1	karina adams
G	1	karina habsudova
G	16	karissa
G	16384	kariya
G	32	karjalainen
G	16384	karjat
G	16384	karkira
G	16	karl
G	1	karl inderfurth
G	32769	karl marx
G	16	karla
G	16384	karlivka
G	16384	karlovac
G	16384	karlovo
G	16384	karlovy vary
G	32	karlsen
G	16384	karlsfeld
G	16384	karlshamn
G	16384	karlshorst
G	16384	karlskoga
G	16384	karlskrona
G	16388	karlsruhe
G	32	karlsson
G	16384	karlstad
G	16384	karlstadt
G	16	karly
G	16384	karmāla
G	256	karnataka
G	16384	karnobat
G	16384	karnāl
G	16384	karoi
G	16384	karol bāgh
G	1	karol kucera
G	16	karolina
G	16384	karonga
G	16384	karor
G	16384	karow
G	4	karpaty
G	4	karpaty lviv
G	16384	karpinsk
G	16384	kars
G	1	karsten baeron
G	1	karsten richardt
G	16384	kartaly
G	16384	kartasura
G	16384	kartuzy
G	16384	kartārpur
G	16384	karukh
G	16384	karur
G	16384	karuri
G	16384	karviná
G	16384	karwar
G	16	karyn
G	16384	karād
G	16384	karīmganj
G	16384	karīmnagar
G	16384	kasama
G	16384	kasamatsuchō
G	16384	kasamwa
G	16384	kasangulu
G	16384	kasaoka
G	16384	kasba
G	16384	kasba tadla
G	16384	kaseda - shirakame
G	16384	kaseda-shirakame
G	16384	kasese
G	16384	kaset sombun
G	16384	kaset wisai
G	16	kasey
G	16384	kashgar
G	16384	kashihara
G	16384	kashihara - shi
G	16384	kashihara-shi
G	16384	kashima
G	16384	kashima - shi
G	16384	kashima-shi
G	16384	kashin
G	16384	kashipur
G	16384	kashira
G	16384	kashiwa
G	16384	kashiwazaki
G	2	kashmir
G	16384	kashmor
G	16384	kasihan
G	16384	kasimov
G	16384	kasli
G	16384	kasoa
G	16384	kasongo
G	16384	kasongo - lunda
G	16384	kasongo-lunda
G	16	kaspar
G	1	kaspars ozers
G	16384	kaspiysk
G	16384	kasrāwad
G	16386	kassala
G	16	kassandra
G	16384	kassel
G	16384	kasserine
G	16	kassie
G	16384	kastamonu
G	16384	kastanayevo
G	16384	kasterlee
G	32	kastrati
G	16384	kasugai
G	16384	kasukabe
G	16384	kasulu
G	16384	kasungu
G	16384	kasur
G	16	kat
G	16384	katabu
G	16384	katangi
G	16384	kataragama
G	16	katarina
G	1	katarina studenikova
G	16384	katav - ivanovsk
G	16384	katav-ivanovsk
G	16384	kataysk
G	16	kate
G	1	kate michelman
G	16	katelyn
G	16	katelynn
G	16384	katerero
G	16	katerina
G	16384	kateríni
G	16384	katghora
G	16	katharina
G	16	katharine
G	16	kathem
G	16	katherina
G	16	katherine
G	16	kathie
G	16	kathleen
G	16386	kathmandu
G	4	kathmandu post
G	1	kathrin freitag
G	16	kathrine
G	16	kathryn
G	16384	kathu
G	16384	kathua
G	16	kathy
G	1	kathy etchingham
G	1	kathy rinaldi stunkel
G	16400	kati
G	16	katia
G	16	katie
G	16384	katihar
G	16384	katima mulilo
G	16384	katiola
G	16	katlyn
G	32	kato
G	16384	katori - shi
G	16384	katori-shi
G	16384	katoro
G	16384	katowice
G	16	katrina
G	16384	katrineholm
G	16384	katsina
G	16384	katsina - ala
G	16384	katsina-ala
G	16384	katsuren - haebaru
G	16384	katsuren-haebaru
G	16384	katsuta
G	16384	katsuura
G	16384	katsuyama
G	16384	kattanam
G	16384	kattivākkam
G	16384	katumba
G	16384	katunayaka
G	16384	katutura
G	512	katv
G	16384	katwijk aan zee
G	16400	katy
G	262144	katz
G	4	kaucuk opava
G	16384	kaufbeuren
G	16384	kaukauna
G	16384	kaulsdorf
G	16448	kaunas
G	32	kaur
G	16384	kaura namoda
G	16	kauri
G	16384	kavadarci
G	16384	kavajë
G	16384	kavaklı
G	16384	kavalerovo
G	16	kavita
G	16384	kavála
G	16384	kawage
G	16384	kawagoe
G	16448	kawaguchi
G	16384	kawalu
G	16384	kawambwa
G	16384	kawanishi
G	16384	kawanoechō
G	16384	kawardha
G	16388	kawasaki
G	16384	kawit
G	16384	kawm umbū
G	16384	kawm ḩamādah
G	16384	kawthoung
G	16	kay
G	16416	kaya
G	16384	kayalpattinam
G	16384	kayan
G	16384	kayanza
G	16384	kayar
G	16	kaye
G	16384	kayes
G	16	kayla
G	16	kaylee
G	16	kayleigh
G	32	kayser
G	16384	kayseri
G	16384	kaysville
G	16384	kayunga
G	16384	kayyerkan
G	66560	kazakh
G	66560	kazakhs
G	524418	kazakhstan
G	524288	kazakstan
G	16384	kazan
G	256	kazan kremlin
G	16384	kazanlak
G	524288	kazi
G	1	kazimierz socha
G	16384	kazincbarcika
G	32	kazlov
G	16384	kazo
G	16384	kaédi
G	16384	kaélé
G	16384	kağızman
G	4	kdp
G	4	kdpi
G	5	keane
G	4	keane inc
G	16384	kearney
G	16384	kearns
G	16384	kearny
G	2048	keats
G	16384	kebili
G	16384	kebomas
G	16384	kebonarun
G	16384	kecskemét
G	256	kedah
G	16384	kediri
G	16384	kedrovka
G	16384	kedungwaru
G	16384	kedungwuni
G	16384	keelakarai
G	16	keeley
G	128	keeling islands
G	16384	keelung
G	16	keely
G	16	keenan
G	16384	keene
G	16384	keetmanshoop
G	16384	kefamenanu
G	16384	kefar yona
G	16384	keffi
G	16384	kegalle
G	16384	kehl
G	16384	keighley
G	1	keiichi kitigawa
G	1	keiji kojima
G	16	keir
G	32768	keir starmer
G	16	keira
G	2	keirin
G	1	keiron henderson
G	16	keisha
G	16	keith
G	1	keith fletcher
G	1	keith o'neill
G	16384	keizer
G	16	kejsi
G	4	kekkila
G	4	kekkila oy
G	16384	kekri
G	16384	kelaniya
G	256	kelantan
G	16	keley
G	16384	kelheim
G	16	keli
G	16384	kelkit
G	16417	keller
G	16	kelley
G	16	kelli
G	16	kellie
G	17	kelly
G	16384	kellyville
G	16384	kelo
G	16384	kelowna
G	16	kelsey
G	16	kelsie
G	16	kely
G	16384	kelīshād va sūdarjān
G	16384	kemalpaşa
G	16384	kemer
G	16384	kemerovo
G	16384	kemi
G	16384	kemisē
G	1	kemp
G	16384	kempen
G	16384	kempston
G	16384	kempston hardwick
G	16384	kemrī
G	16	ken
G	1	ken caminiti
G	16384	ken caryl
G	1	ken goldstein
G	1	ken griffey jr
G	1	ken hill
G	1	ken saro-wiwa
G	16384	kencong
G	16384	kenda
G	16384	kendal
G	16384	kendale lakes
G	16400	kendall
G	16384	kendall west
G	16384	kendari
G	16	kendra
G	16	kendrick
G	16384	kendrāparha
G	16384	kenema
G	1	kengo wa dondo
G	16384	kenilworth
G	16384	keningau
G	16384	kenitra
G	16384	kenmore
G	16	kenna
G	33	kennedy
G	1	kennedy ochieng
G	1	kennedys
G	16384	kenner
G	16384	kennesaw
G	16	kenneth
G	1	kenneth carlsen
G	1	kenneth chiate
G	1	kenneth eriksson
G	16384	kennewick
G	16	kenny
G	1	kenny cunningham
G	1	kenny dalglish
G	1	kenny harrison
G	1	kenny lofton
G	1	kenny rogers
G	16384	kenora
G	16384	kenosha
G	16384	kenscoff
G	16640	kensington
G	18436	kent
G	16384	kentau
G	16	kenton
G	258	kentucky
G	16384	kentwood
G	16384	kenwood
G	130	kenya
G	9216	kenyan
G	1024	kenyans
G	16	kenyatta
G	16	kenza
G	16384	kepala batas
G	16384	kepanjen
G	16	kera
G	256	kerala
G	4	kerametal dubnica
G	16384	keratsíni
G	16384	kerava
G	16384	kerch
G	4	kerdos
G	16384	keren
G	16	keri
G	16384	kericho
G	16384	kerkrade
G	16384	kerman
G	16384	kermanshah
G	16	kermit
G	16384	kernersville
G	16384	kerpen
G	16	kerri
G	16384	kerrville
G	16	kerry
G	16384	kertih
G	16384	kertosono
G	16384	kerugoya
G	16384	kerūr
G	16384	kesabpur
G	2048	kesha
G	16384	keshod
G	16384	keshorai pātan
G	16384	kesinga
G	16384	keskin
G	16384	kestel
G	16640	keswick
G	16384	keszthely
G	16384	keta
G	16384	ketanggungan
G	16384	kettering
G	16384	kevelaer
G	16	keven
G	16	kevin
G	1	kevin brown
G	1	kevin foster
G	1	kevin keegan
G	1	kevin kim
G	1	kevin mitchell
G	1	kevin seitzer
G	1	kevorkian
G	16384	kew
G	16384	kew gardens
G	16384	kew gardens hills
G	16384	key west
G	16384	keynsham
G	16384	keysborough
G	16384	keystone
G	16384	keşan
G	16384	kežmarok
G	16384	kfar saba
G	512	kfc
G	1048576	kgb
G	16384	khabarovsk
G	16384	khabarovsk vtoroy
G	16384	khada
G	1	khadga
G	16	khadija
G	16	khadije
G	16384	khadki
G	16384	khadyzhensk
G	16384	khagaria
G	16384	khagaul
G	16384	khagrachhari
G	16384	khair
G	16384	khairpur
G	16384	khairpur nathan shah
G	16384	khairpur tamewah
G	16384	khairābād
G	16384	khairāgarh
G	16384	khajuraho group of monuments
G	256	khakassia
G	16384	khalabat
G	16	khaled
G	1	khaled al-qidra
G	1	khalfallah
G	16	khalid
G	1	khalid boulami
G	16384	khalifah a city
G	16384	khalkhāl
G	16384	khalándrion
G	16384	khalīlābād
G	16384	khamaria
G	16384	khambhāliya
G	16384	khambhāt
G	32768	khamenei
G	16384	khamis mushait
G	16384	khammam
G	33	khan
G	16384	khanabad
G	16384	khanbari
G	16384	khandela
G	16386	khandwa
G	16384	khangah dogran
G	16384	khangarh
G	16384	khanjarah
G	16384	khanna
G	16384	khanpur
G	16384	khanpur mahar
G	16384	khanty - mansiysk
G	16384	khanty-mansiysk
G	16384	khanu woralaksaburi
G	16384	khao wong
G	16384	khao yoi
G	16384	kharabali
G	16384	kharagpur
G	16384	kharakvasla
G	16384	kharan
G	16384	kharar
G	16384	khardah
G	16384	khargone
G	16384	kharian
G	16384	kharkhauda
G	2113600	kharkiv
G	2097152	kharkov
G	16384	kharsia
G	16450	khartoum
G	16384	khasab
G	16384	khasavyurt
G	16384	khashuri
G	16384	khatauli
G	16384	khatīma
G	16	khawla
G	16384	khawr fakkān
G	16384	kheda
G	16384	khedbrahma
G	16	kheira
G	16384	khekra
G	1	khemais chammari
G	16384	khemis el khechna
G	16384	khemis miliana
G	16384	khemisset
G	16384	khenchela
G	16384	khenifra
G	16384	kheri
G	2113536	kherson
G	16384	kherālu
G	16384	khetia
G	16384	khetri
G	16384	khewra
G	16384	khilchipur
G	16384	khimki
G	16384	khirdalan
G	16384	khirkiyān
G	16384	khiwa
G	16384	khlong luang
G	16384	khmelnytskyi
G	4	khmer
G	4	khmer rouge
G	16384	khmilnyk
G	16384	khobar
G	16384	kholmsk
G	16384	kholmskiy
G	16384	khomeyn
G	16384	khomeynī shahr
G	16384	khon buri
G	16384	khon kaen
G	16	khongordzol
G	16384	khopoli
G	16384	khoroshëvo - mnevniki
G	16384	khoroshëvo-mnevniki
G	16384	khorramabad
G	16384	khorramdarreh
G	16384	khorramshahr
G	16384	khorugh
G	16384	khosta
G	16384	khot'kovo
G	16388	khouribga
G	16384	khovd
G	16384	khowai
G	16384	khowy
G	16384	khromtau
G	32768	khrushchev
G	16384	khujand
G	16384	khuldābād
G	16384	khulm
G	16640	khulna
G	1	khum bahadur khadga
G	16384	khunti
G	16384	khurai
G	16384	khurda
G	16384	khurja
G	16384	khurrianwala
G	16384	khushāb
G	16384	khust
G	16384	khuzdar
G	16384	khvānsār
G	262144	khweis
G	16384	khāchrod
G	16384	khāliş
G	16384	khāmgaon
G	16384	khān shaykhūn
G	16384	khān yūnis
G	16384	khānāpur
G	16384	khāpa
G	16384	khārupatia
G	16384	khāsh
G	16384	khātegaon
G	16384	khātra
G	16384	khōst
G	16384	khūtār
G	16	kia
G	16384	kiambu
G	16	kiana
G	16	kiara
G	16384	kibaha
G	16384	kibakwe
G	16384	kibara
G	16384	kibiti
G	16384	kibondo
G	16384	kibre mengist
G	16384	kibungo
G	16384	kibuye
G	16384	kichha
G	2048	kid cudi
G	16384	kidapawan
G	16384	kidatu
G	16384	kidderminster
G	16384	kidlington
G	16384	kidodi
G	16384	kidsgrove
G	2048	kiefer sutherland
G	32	kieffer
G	16384	kiel
G	16384	kielce
G	1	kiely
G	16	kiera
G	16	kieran
G	1	kieran murray
G	16384	kierspe
G	16	kiersten
G	2097218	kiev
G	65536	kievan
G	65536	kievans
G	16384	kiffa
G	16384	kifisiá
G	16384	kifrī
G	16386	kigali
G	16384	kigoma
G	16384	kigonsera
G	16384	kihangara
G	16384	kijang
G	16384	kikinda
G	262144	kiko
G	16416	kikuchi
G	16384	kikwit
G	16	kiley
G	32	kilic
G	16384	kilifi
G	16384	kilis
G	16384	kiliya
G	16384	kilju
G	16384	kilkenny
G	16384	kilkís
G	16384	killeen
G	16384	killingly center
G	16388	kilmarnock
G	16384	kilosa
G	16384	kilwinning
G	16	kim
G	1	kim anderson
G	1	kim graham
G	32768	kim jong - un
G	32768	kim jong un
G	32768	kim jong-un
G	1	kim white
G	1	kim young sam
G	16384	kimbe
G	16	kimberlee
G	16402	kimberley
G	16	kimberli
G	16	kimberly
G	1	kimberly po
G	16384	kimhae
G	1	kimiko date
G	16384	kimitsu
G	16384	kimje
G	16	kimmernaq
G	16384	kimovsk
G	16384	kimry
G	32	kimura
G	16384	kinarut
G	4	kindercare learning centers inc
G	16384	kindia
G	16384	kindu
G	16384	kineshma
G	4096	king
G	1	king hassan
G	16384	king of prussia
G	16384	king's lynn
G	2	kingdome
G	16384	kingisepp
G	16384	kingman
G	16384	kingori
G	16384	kings bridge
G	16384	kings park
G	16384	kingsford
G	16384	kingsland
G	16	kingsley
G	16384	kingsport
G	16452	kingston
G	4	kingston technology co
G	16384	kingston upon hull
G	16384	kingstown
G	16384	kingstown park
G	16384	kingsville
G	16384	kingswinford
G	16384	kingswood
G	1	kinkel
G	16384	kinna
G	32	kinnunen
G	4	kinross
G	4	kinross gold corp
G	540738	kinshasa
G	16384	kinston
G	16384	kintampo
G	16384	kinwat
G	16384	kinzan
G	16384	kināna
G	16384	kiomboi
G	16	kip
G	16384	kippax
G	16384	kipushi
G	16	kira
G	16	kiran
G	16384	kirando
G	16384	kirandul
G	16384	kiraoli
G	16384	kiratu
G	16384	kirchhain
G	16384	kirchheim unter teck
G	16384	kirchlengern
G	16384	kireka
G	16384	kireyevsk
G	16384	kirguli
G	128	kiribati
G	16	kiril
G	16	kirill
G	16384	kirishi
G	16	kirk
G	16384	kirkby
G	16384	kirkby in ashfield
G	16386	kirkcaldy
G	16384	kirkintilloch
G	16384	kirkkonummi
G	16386	kirkland
G	16384	kirksville
G	16448	kirkuk
G	16384	kirkwood
G	16	kirollos
G	16384	kirov
G	16384	kirovgrad
G	16384	kirovo - chepetsk
G	16384	kirovo-chepetsk
G	16384	kirovsk
G	16384	kirsanov
G	16	kirsten
G	16	kirstin
G	16384	kirtipur
G	16384	kiruna
G	16384	kirwan
G	16384	kiryas joel
G	16384	kiryat gat
G	2	kiryat sefer
G	16384	kiryū
G	16384	kirzhach
G	16384	kisai
G	16384	kisangani
G	16384	kisaran
G	16384	kisarazu
G	16384	kisela voda
G	16384	kiselëvsk
G	16384	kisesa
G	16384	kishanganj
G	16384	kishangarh
G	16384	kishapu
G	2	kishinev
G	16384	kishiwada
G	16384	kishorganj
G	16384	kishtwār
G	16384	kisi
G	16384	kisii
G	16384	kiskunfélegyháza
G	16384	kiskunhalas
G	16384	kiskőrös
G	16384	kislovodsk
G	16384	kismayo
G	16388	kispest
G	4	kispest honved
G	16384	kissidougou
G	16384	kissimmee
G	32768	kissinger
G	16384	kisumu
G	16384	kisvárda
G	16384	kitahama
G	16384	kitahiroshima
G	16384	kitaibaraki
G	16384	kitakami
G	16384	kitakata
G	16384	kitakyushu
G	16384	kitale
G	16384	kitama
G	16384	kitami
G	16640	kitchener
G	16384	kitgum
G	16384	kithor
G	16384	kitob
G	16384	kitsuki
G	16384	kitui
G	16384	kitwe
G	16384	kitzingen
G	16384	kivertsi
G	16384	kivsharivka
G	2	kivu
G	16384	kiwira
G	16384	kiyawa
G	16384	kizel
G	16384	kizhake chālakudi
G	16384	kizilyurt
G	16384	kizlyar
G	16	kizzy
G	16384	kičevo
G	512	kkk
G	16384	kladno
G	16384	klaeng
G	16384	klagenfurt am wörthersee
G	64	klaipeda
G	16384	klaipėda
G	16384	klamath falls
G	16384	klang
G	16384	klangenan
G	1	klas
G	1	klas eriksson
G	16384	klaten
G	16384	klatovy
G	16	klaus
G	1	klaus baader
G	1	klaus kinkel
G	16	klea
G	16384	klebang besar
G	32	klein
G	4	kleiner perkins
G	4	kleiner perkins caufield & byers
G	16384	kleinmachnow
G	1	kleinova
G	16384	klerksdorp
G	16384	kleve
G	1	klimis alexandrou
G	16384	klimovsk
G	16384	klin
G	16384	klingenstein
G	1	klinsmann
G	16384	klintsy
G	32768	klitschko
G	512	klm
G	2	klongprem
G	16384	klosterneuburg
G	16384	kloten
G	16384	kluang
G	16384	kluczbork
G	32	kluivert
G	16384	klungkung
G	16384	klášterec nad ohří
G	512	kmart
G	32	knezevic
G	512	knicks
G	1	knight
G	16384	knjazevac
G	16384	knokke - heist
G	16384	knokke-heist
G	2	knowsley road
G	16384	knoxville
G	4	knu
G	1	knup
G	16384	knurów
G	16384	knysna
G	16384	ko samui
G	16416	kobayashi
G	18432	kobe
G	2048	kobe bryant
G	16384	koblenz
G	16384	kobryn
G	16384	kobuleti
G	16384	kobyłka
G	16384	kocaali
G	32	koch
G	16384	koch bihār
G	16384	koch'ang
G	16384	kochani
G	16384	kochenëvo
G	16384	kochi
G	16384	kochubeyevskoye
G	1	kocinski
G	16384	kodaikānāl
G	512	kodak
G	16384	kodamachō - kodamaminami
G	16384	kodamachō-kodamaminami
G	16384	kodarmā
G	16384	kodinsk
G	16384	kodoli
G	16384	kodungallūr
G	16384	kodār
G	16384	kodīnar
G	2	koeln
G	16384	koelwār
G	1	koerts
G	16384	koesan
G	16384	koforidua
G	16384	koga
G	16384	kogalym
G	16384	kogarah
G	16384	kogon shahri
G	16384	kogota
G	16384	koh kong
G	4	koha jone
G	16384	kohat
G	16448	kohima
G	1	kohl
G	16384	kohtla - järve
G	16384	kohtla-järve
G	16384	koidu
G	16384	kokhma
G	16384	kokkola
G	16384	kokologo
G	16384	kokomo
G	16384	kokopo
G	16384	kokrajhar
G	16384	kokshetau
G	16384	koksijde
G	16384	kokstad
G	16384	kokubu - matsuki
G	16384	kokubu-matsuki
G	16384	kokubunji
G	16384	kolasib
G	4	kolbenschmidt
G	16384	kolbermoor
G	16384	kolda
G	16384	kolding
G	16384	kolea
G	16384	kolhāpur
G	16448	kolkata
G	16384	kolkhozobod
G	16384	kollam
G	16384	kollegāl
G	16384	kolokani
G	16384	kolomenskoye
G	16384	kolomna
G	16384	kolomyagi
G	16384	kolomyia
G	16384	kolonnawa
G	16384	kolpashevo
G	16384	kolpino
G	1	kolumbina bencevic
G	16384	kolwezi
G	16384	kolín
G	16384	kolār
G	16384	kolāras
G	16384	komaki
G	1	komala
G	1	komarica
G	16384	komatipoort
G	16384	komatsu
G	16384	komatsushimachō
G	16384	kombissiri
G	16384	kombolcha
G	1	kombouare
G	16384	komendantsky aerodrom
G	4	komercni banka
G	256	komi
G	16384	komló
G	16384	kommunar
G	16384	komono
G	16384	komoro
G	16384	komotiní
G	16384	komsomolsk - on - amur
G	16384	komsomolsk-on-amur
G	16384	komárno
G	16384	komárom
G	16384	kon tum
G	16384	konakovo
G	16384	konch
G	16384	kondagaon
G	16384	kondapalle
G	16384	kondoa
G	16384	kondopoga
G	16384	kondrovo
G	8	kong open
G	16384	kongolo
G	16384	kongoussi
G	16384	kongsberg
G	4	kongsvinger
G	16384	konibodom
G	16384	konin
G	4	koninklijke boskalis westminster nv
G	4	koninklijke ptt nederland nv
G	16384	konjic
G	16384	konnagar
G	16384	konnūr
G	16384	konongo
G	16384	konotop
G	4	konpolis
G	16	konrad
G	16384	konstancin - jeziorna
G	16384	konstancin-jeziorna
G	16384	konstantinovsk
G	16384	konstantynów łódzki
G	16384	konstanz
G	16384	kontagora
G	16384	kontich
G	16	konul
G	16384	konya
G	16384	konz
G	16384	konārka
G	16384	koothanallur
G	16384	kopargaon
G	64	kopavogur
G	16384	koper
G	16384	kopeysk
G	16384	kopoky
G	16384	koppal
G	16384	koprivnica
G	16384	kopāganj
G	16384	kopřivnice
G	8	koranic
G	16384	koratla
G	16384	korba
G	16384	korbach
G	1	korda
G	524418	korea
G	128	korea , republic of
G	9216	korean
G	1024	koreans
G	16640	koreatown
G	16384	koregaon
G	16384	korem
G	16384	korenovsk
G	16384	korgan
G	16384	korhogo
G	32	korhonen
G	16	kori
G	16384	korkino
G	16384	korkuteli
G	16384	korla
G	1	kornblum
G	1	korneev
G	16384	korntal
G	16384	kornwestheim
G	16384	korolev
G	16384	koronadal
G	16384	koropí
G	16384	korostyshiv
G	16384	korrewegwijk
G	16384	korsakov
G	16384	korschenbroich
G	16384	korsholm
G	16384	korsun - shevchenkivskyi
G	16384	korsun-shevchenkivskyi
G	16384	korsør
G	16384	kortenberg
G	16384	kortrijk
G	16384	korwai
G	16384	koryazhma
G	16384	korydallós
G	16384	korçë
G	16384	korāput
G	16384	kos
G	16384	kosamba
G	16384	kosan
G	16384	kosaya gora
G	16384	koshigaya
G	16384	kosi
G	64	kosice
G	16384	kosigi
G	32	koskinen
G	16384	koson
G	16384	kosong
G	16384	kosonsoy
G	65536	kosovan
G	65536	kosovans
G	65536	kosovar
G	65536	kosovars
G	2097282	kosovo
G	16384	kosovo polje
G	256	kosrae
G	16384	kostanay
G	1	kostantin matusevitch
G	1	kostas malekos
G	16384	kosti
G	16384	kostomuksha
G	16384	kostroma
G	16384	kostrzyn nad odrą
G	16384	kostyantynivka
G	16384	koszalin
G	16384	kot addu
G	16384	kot diji
G	16384	kot ghulam muhammad
G	16384	kot malik barkhurdar
G	16384	kot mumin
G	16384	kot radha kishan
G	16384	kot samaba
G	16384	kota
G	16384	kota bharu
G	16384	kota kinabalu
G	16384	kota tinggi
G	16384	kotabumi
G	16384	kotagiri
G	4	kotaik abovyan
G	16384	kotamangalam
G	16384	kotapārh
G	16384	kotdwāra
G	16384	kotido
G	16384	kotikawatta
G	16384	kotka
G	16384	kotkapura
G	1	kotlarska
G	16384	kotlas
G	16384	kotli
G	16384	kotli loharan
G	16384	kotlovka
G	16384	kotma
G	16384	kotovo
G	16384	kotovsk
G	16384	kotputli
G	16384	kotri
G	16384	kottagūdem
G	16384	kottayam
G	16384	kottūru
G	16384	kotā
G	16384	koudougou
G	16384	koulamoutou
G	16384	koulikoro
G	16384	koumra
G	16384	koungou
G	16384	koupéla
G	16384	kourou
G	16	kourtney
G	16384	kousa
G	16384	kousséri
G	16384	koutiala
G	16384	kouvola
G	32	kovac
G	32	kovacevic
G	32	kovacic
G	32	kovacs
G	32	koval
G	32	kovalchuk
G	32	kovalenko
G	16384	kovancılar
G	16384	kovdor
G	16384	kovel
G	16384	kovilpatti
G	16384	kovrov
G	16384	kovvūr
G	16384	kovylkino
G	16384	kovūr
G	32	kowalczyk
G	32	kowalski
G	16448	kowloon
G	16384	kowŏn - ŭp
G	16384	kowŏn-ŭp
G	16384	koynanagar
G	16384	koysinceq
G	16384	kozakai - chō
G	16384	kozakai-chō
G	16384	kozan
G	16384	kozanów
G	16384	kozeyevo
G	16384	kozhikode
G	16384	kozhukhovo
G	16384	kozienice
G	32	kozlov
G	16384	kozluk
G	16384	kozyatyn
G	16384	kozáni
G	16384	koāth
G	16384	koło
G	16384	kołobrzeg
G	16384	końskie
G	16384	kościan
G	16384	kościerzyna
G	16384	košice
G	4	kpaitan stankov
G	16384	kpalimé
G	16384	kpandu
G	4	kpc
G	16384	kraaifontein
G	16384	krabi
G	16386	kragujevac
G	1	krajicek
G	2	krajina
G	64	krakow
G	16384	kraksaan
G	16384	kraków
G	16384	kraljevo
G	16384	kralupy nad vltavou
G	2097152	kramatorsk
G	32	kramer
G	16384	kranj
G	16384	krapkowice
G	32	krasniqi
G	16384	krasnoarmeysk
G	16384	krasnoarmeyskaya
G	16384	krasnodar
G	16384	krasnogorsk
G	16384	krasnogvardeyskoye
G	16384	krasnogvargeisky
G	16384	krasnohrad
G	16384	krasnokamensk
G	16384	krasnokamsk
G	16384	krasnoobsk
G	16384	krasnoufimsk
G	16384	krasnovishersk
G	16640	krasnoyarsk
G	16384	krasnoye selo
G	16384	krasnoznamensk
G	16384	krasnystaw
G	16384	krasnyy luch
G	16384	krasnyy sulin
G	16384	krasyliv
G	16384	krathum baen
G	16384	kratié
G	32	kraus
G	32	krause
G	32	kravchenko
G	16384	kraśnik
G	4	kredietbank
G	16384	krefeld
G	16384	kremenchuk
G	16384	kremenets
G	32	kremer
G	4	kremin
G	4	kremin kremenchuk
G	16384	kreminna
G	2	kremlin
G	16384	kresek
G	16384	krestovskiy ostrov
G	16384	kretinga
G	16384	kreuzau
G	16384	kreuzberg
G	16384	kreuzlingen
G	16384	kreuztal
G	16384	krian
G	16384	kribi
G	16384	kriel
G	16384	kriens
G	16384	krimpen aan den ijssel
G	16	kris
G	1	kris goossens
G	32	krishna
G	16384	krishnagiri
G	16384	krishnanagar
G	16384	krishnarājpet
G	16	krista
G	16	kristen
G	32	kristensen
G	16	kristi
G	16	kristian
G	16384	kristiansand
G	32	kristiansen
G	16384	kristianstad
G	16384	kristiansund
G	16	kristie
G	1	kristie boogert
G	16	kristin
G	16	kristina
G	1	kristina brandi
G	16	kristine
G	16384	kristinehamn
G	16	kristopher
G	16	kristy
G	16	kristyna
G	16384	kriva palanka
G	16384	krnov
G	16384	kroměříž
G	16384	kronach
G	16384	kronberg
G	16384	kronberg tal
G	16384	kronstadt
G	16384	kroonstad
G	16384	kropotkin
G	16384	kropyvnytskyi
G	16384	krosno
G	16384	krotoszyn
G	16384	kroya
G	4	krpaco
G	4	krpaco a.s.
G	16384	krugersdorp
G	16384	kruisfontein
G	16384	krujë
G	16384	kruševac
G	16384	krychaw
G	32	kryeziu
G	4	krylya sovetov samara
G	16384	krymsk
G	16	krystal
G	4	kryvbas
G	4	kryvbas kryvy rig
G	16384	kryvyi rih
G	16	krzysztof
G	1	krzysztof piskula
G	1	krzysztof warzycha
G	1	krzysztof zagorski
G	2	ks
G	16384	ksar chellala
G	16384	ksar el boukhari
G	16384	ksar el kebir
G	16384	ksar hellal
G	4	kse
G	8	kse-100
G	16384	ksour essaf
G	16384	kstovo
G	4	ktm
G	16384	kuah
G	16384	kuala belait
G	16384	kuala kangsar
G	16384	kuala kedah
G	16384	kuala lipis
G	16450	kuala lumpur
G	16384	kuala pilah
G	16384	kuala selangor
G	16384	kuala terengganu
G	16384	kuala tungkal
G	16384	kualakapuas
G	16384	kuandian
G	16384	kuang
G	16384	kuantan
G	1	kubilay turkyilmaz
G	16384	kubinka
G	1	kubo
G	1	kucan
G	32	kucera
G	32	kucerova
G	16384	kuchaiburi
G	16384	kuchera
G	16384	kuchinarai
G	16384	kuching
G	1	kuchma
G	16384	kuchāman
G	16384	kudachi
G	16384	kudamatsu
G	2	kudapokuna
G	16384	kudat
G	16384	kudepsta
G	16384	kudus
G	16384	kudymkar
G	16384	kufa
G	16384	kui buri
G	16384	kujang - ŭp
G	16384	kujang-ŭp
G	16384	kuje
G	16384	kuju
G	16384	kukawa
G	16384	kukichūō
G	16384	kukmor
G	16384	kukshi
G	16384	kukës
G	16384	kula
G	16384	kulachi
G	16384	kulai
G	32768	kuleba
G	16384	kulebaki
G	16384	kulgam
G	16384	kulim
G	16384	kulittalai
G	16384	kulmbach
G	16384	kulp
G	16384	kulpahār
G	16384	kultali
G	16384	kulti
G	16384	kulu
G	16384	kulunda
G	16384	kumagaya
G	16384	kumagunnam
G	16384	kumamoto
G	16384	kumanovo
G	32	kumar
G	32	kumara
G	1	kumara dharmasena
G	16384	kumasi
G	16384	kumba
G	16384	kumbakonam
G	16384	kumbalam
G	16384	kumbhrāj
G	1	kumble
G	16384	kumbo
G	16384	kumertau
G	16384	kumhāri
G	16384	kumla
G	16384	kumo
G	16384	kumru
G	16384	kumta
G	16384	kuna
G	2	kunar
G	16384	kunda
G	16384	kundarkhi
G	16384	kundgol
G	16384	kundian
G	16384	kundla
G	16384	kunduz
G	16384	kungsbacka
G	16384	kungsholmen
G	16384	kungur
G	16384	kungälv
G	16384	kunigal
G	16384	kuningan
G	16384	kunjah
G	16448	kunming
G	16384	kunnamangalam
G	16384	kunnamkulam
G	16384	kunri
G	16448	kunshan
G	16384	kunwi
G	16384	kunyang
G	16384	kuopio
G	16384	kupang
G	16384	kupchino
G	1	kuperman
G	16384	kupino
G	16384	kupjansk
G	16384	kuppam
G	16384	kuqa
G	16384	kurakhovo
G	16384	kurandvād
G	16384	kurashiki
G	16384	kuraymah
G	16384	kurayoshi
G	16384	kurayyimah
G	16384	kurchaloy
G	16384	kurchatov
G	73728	kurd
G	8192	kurdish
G	8	kurdish-controlled
G	4	kurdistan democratic party
G	4	kurdistan democratic party of iran
G	4	kurdistan workers party
G	73728	kurds
G	16384	kurduvādi
G	16384	kure
G	16384	kurgan
G	16384	kurganinsk
G	16384	kurihashi
G	16384	kurinjippādi
G	16384	kurnool
G	16384	kurobe - shi
G	16384	kurobe-shi
G	16384	kuroda
G	16384	kuroishi
G	16384	kuroiso
G	16384	kurortnyy
G	16384	kurovskoye
G	2113536	kursk
G	16	kurt
G	1	kurt abbott
G	1	kurt betschart
G	1	kurt schork
G	16384	kurtalan
G	16384	kurtamysh
G	16	kurtis
G	16384	kurume
G	16384	kurunegala
G	16384	kurye
G	16384	kusa
G	16384	kusatsu
G	16384	kushchëvskaya
G	16384	kushikino
G	16384	kushima
G	16384	kushiro
G	16384	kushk
G	16384	kushtagi
G	16384	kushtia
G	16384	kushva
G	16384	kuskovo
G	16384	kusŏng
G	16384	kut chap
G	16384	kuta
G	16384	kutaisi
G	16384	kutiatodu
G	16384	kutiyāna
G	16384	kutloanong
G	16384	kutno
G	16384	kutná hora
G	16384	kutoarjo
G	16384	kuttampuzha
G	16384	kuusamo
G	16384	kuvandyk
G	130	kuwait
G	16384	kuwait city
G	1024	kuwaiti
G	1024	kuwaitis
G	16384	kuwana
G	16384	kuybyshev
G	16384	kuzhithurai
G	16384	kuznetsk
G	32	kuznetsov
G	16384	kuçovë
G	16384	kuşadası
G	32	kvaran
G	16384	kwadukuza
G	8	kwai
G	16384	kwale
G	16384	kwang binh
G	16384	kwangmyŏng
G	16384	kwangyang
G	1	kwasniewski
G	2	kwazulu-natal
G	16384	kwekwe
G	16384	kwidzyn
G	16384	kwinana
G	32	kwok
G	32	kwon
G	16384	kyabé
G	16384	kyaikkami
G	16384	kyaiklat
G	16384	kyaikto
G	16384	kyain seikgyi township
G	16384	kyakhta
G	16384	kyathampalle
G	16384	kyaukse
G	16384	kyela
G	16384	kyenjojo
G	2113600	kyiv
G	1048576	kyiv independent
G	1048576	kyiv post
G	16	kyla
G	16400	kyle
G	1	kyle abbott
G	16	kylee
G	16	kylie
G	16	kyls
G	1	kyoko nagatsuka
G	16384	kyosai
G	16448	kyoto
G	16	kyra
G	16384	kyrenia
G	65536	kyrgyz
G	65536	kyrgyzes
G	128	kyrgyzstan
G	16384	kyshtym
G	16384	kysucké nové mesto
G	16384	kyurdarmir
G	16384	kyustendil
G	16384	kyzyl
G	16384	kyzyl - kyya
G	16384	kyzyl - suu
G	16384	kyzyl-kyya
G	16384	kyzyl-suu
G	16384	kyzylorda
G	16384	kyŏngsŏng
G	16384	kâhta
G	16384	kédougou
G	16384	kélibia
G	16384	kétou
G	16384	kópavogur
G	16384	kórinthos
G	16384	köln
G	16384	köneürgench
G	16384	königs wusterhausen
G	16384	königsbrunn
G	16384	königslutter am elm
G	16384	königstein im taunus
G	16384	königswinter
G	16384	köniz
G	16384	köpenick
G	16384	köping
G	16384	körfez
G	16384	köthen
G	16384	køge
G	16384	künzell
G	16384	künzelsau
G	16384	kürten
G	16384	kütahya
G	16384	kāgal
G	16384	kākināda
G	16384	kākori
G	16384	kālia
G	16384	kālimpong
G	16384	kāliyāganj
G	16384	kālka
G	16384	kālna
G	16384	kālol
G	16384	kālpi
G	16384	kālānwāli
G	16384	kālāvad
G	16384	kālīganj
G	16384	kāman
G	16384	kāmthi
G	16384	kāmyārān
G	16384	kāmākhyānagar
G	16384	kāmāreddi
G	16384	kāmārhāti
G	16384	kānchrāpāra
G	16384	kāndhla
G	16384	kāndi
G	16384	kāndla
G	16384	kānke
G	16384	kānker
G	16384	kānkānhalli
G	16384	kānnangād
G	16384	kānt
G	16384	kānth
G	16384	kāpren
G	16384	kāraikkudi
G	16384	kāraikāl
G	16384	kāramadai
G	16384	kāranja
G	16384	kārkala
G	16384	kārsiyāng
G	16384	kāsaragod
G	16384	kāsganj
G	16384	kāshmar
G	16384	kāthor
G	16384	kātol
G	16384	kātoya
G	16384	kātpādi
G	16384	kātrās
G	16384	kāvali
G	16384	kāyankulam
G	16384	kāzerūn
G	16384	kėdainiai
G	16384	kędzierzyn - koźle
G	16384	kędzierzyn-koźle
G	16384	kętrzyn
G	16384	kęty
G	16384	kīhei
G	16384	kīl bhuvanagiri
G	16384	kīratpur
G	16384	kīsh
G	16384	kırkağaç
G	16384	kırklareli
G	16384	kırıkhan
G	16384	kırıkkale
G	16384	kırşehir
G	16384	kızılcahamam
G	16384	kızıltepe
G	16384	kłodzko
G	16384	kōfu
G	16384	kōnan
G	16384	kōnosu
G	16384	kōriyama
G	16384	kőbánya
G	16384	kūdligi
G	16384	kūhdasht
G	16384	kūkatpalli
G	16384	kūmher
G	16384	kŭlob
G	16384	l'alfàs del pi
G	16384	l'ancienne - lorette
G	16384	l'ancienne-lorette
G	16384	l'antiga esquerra de l'eixample
G	16384	l'aquila
G	16384	l'assomption
G	16384	l'eliana
G	16384	l'haÿ - les - roses
G	16384	l'haÿ-les-roses
G	16384	l'hospitalet de llobregat
G	16384	l'isle - sur - la - sorgue
G	16384	l'isle-sur-la-sorgue
G	2	l-orizzont
G	1	l. botham
G	16384	la asunción
G	16384	la barca
G	16384	la barceloneta
G	16384	la baule - escoublac
G	16384	la baule-escoublac
G	16384	la blancarde
G	16384	la bonanova
G	16384	la bordeta
G	16384	la breita
G	16384	la cabima
G	16384	la calera
G	16384	la carlota
G	16384	la carolina
G	16384	la castellana
G	16384	la cañada flintridge
G	16384	la ceiba
G	16384	la ceja
G	16384	la celle - saint - cloud
G	16384	la celle-saint-cloud
G	16384	la chapelle - sur - erdre
G	16384	la chapelle-sur-erdre
G	16384	la chaux - de - fonds
G	16384	la chaux-de-fonds
G	16384	la chorrera
G	16384	la ciotat
G	16384	la concepción
G	4	la corse
G	16384	la courneuve
G	16384	la crau
G	8	la creation du monde
G	16384	la crescenta - montrose
G	16384	la crescenta-montrose
G	16384	la crosse
G	16384	la cruz
G	16384	la defense
G	16384	la dolorita
G	16384	la dorada
G	16384	la ermita
G	16384	la esperanza
G	16384	la estrella
G	16384	la falda
G	16384	la flèche
G	16384	la fría
G	512	la galaxy
G	16384	la garde
G	16384	la garenne - colombes
G	16384	la garenne-colombes
G	16384	la gi
G	16384	la gomera
G	16384	la goulette
G	16384	la grange
G	16384	la guaira
G	16384	la guineueta
G	16384	la habana vieja
G	16384	la habra
G	16384	la haute - saint - charles
G	16384	la haute-saint-charles
G	16384	la isla
G	16384	la jagua de ibirico
G	16384	la jolla
G	4	la jornada
G	16384	la laguna
G	16384	la libertad
G	16384	la ligua
G	16384	la lima
G	16384	la louvière
G	16384	la línea de la concepción
G	16384	la madeleine
G	16384	la magdalena tlaltelulco
G	16384	la maná
G	16384	la marina de port
G	16384	la marque
G	16384	la maternitat i sant ramon
G	16384	la mesa
G	16384	la mirada
G	16384	la mohammedia
G	4	la nacion
G	16384	la nova esquerra de l'eixample
G	16384	la nucia
G	16384	la oliva
G	16384	la orilla
G	16384	la orotava
G	16384	la oroya
G	16384	la palma
G	16448	la paz
G	16384	la paz centro
G	16384	la peca
G	16384	la piedad
G	16384	la pineda
G	16384	la pintana
G	16448	la plata
G	16384	la pobla de vallbona
G	16384	la pomme
G	16384	la porte
G	16384	la possession
G	16384	la prairie
G	16384	la presa
G	516	la presse
G	16384	la prosperitat
G	16384	la providencia siglo xxi
G	16384	la puente
G	16384	la punta
G	16384	la quinta
G	16384	la rinconada
G	16384	la rioja
G	16384	la roche - sur - yon
G	16384	la roche-sur-yon
G	16384	la rochelle
G	16384	la roda
G	16384	la romana
G	16384	la sagrera
G	16384	la salud
G	16384	la sebala du mornag
G	16384	la serena
G	16384	la seyne - sur - mer
G	16384	la seyne-sur-mer
G	16384	la sierpe
G	16384	la solana
G	16384	la spezia
G	16384	la tebaida
G	16384	la teste - de - buch
G	16384	la teste-de-buch
G	16384	la trinidad
G	16384	la trinité
G	16384	la troncal
G	16384	la unión
G	16384	la valette - du - var
G	16384	la valette-du-var
G	16384	la vergne
G	16384	la verne
G	16384	la verneda i la pau
G	16384	la victoria
G	16384	la vila de gràcia
G	16384	la villa del rosario
G	16384	la virginia
G	16384	la vista
G	4	la voie
G	512	la z boy
G	16384	laascaanood
G	1	laasonen
G	16384	laatzen
G	16384	laayoune
G	1	laban rotich
G	16384	labasa
G	16384	labinsk
G	16384	labis
G	16384	labo
G	8	labor day
G	4	labor party
G	16384	laboulaye
G	4	labour
G	8	labour day
G	1049088	labour party
G	65536	labourite
G	65536	labourites
G	16384	labrador
G	16384	labuan
G	16384	labuan bajo
G	16384	labuhan deli
G	16384	labytnangi
G	16384	labé
G	16400	lacey
G	1	lacher
G	16384	lachhmangarh sīkar
G	16384	lachi
G	1	lachlan drummond
G	16	lacie
G	16384	lackawanna
G	16384	laconia
G	16	lacy
G	4	lada togliatti
G	16384	ladang seri kundang
G	262144	laden
G	16384	ladera ranch
G	16384	ladhewala waraich
G	16384	ladispoli
G	16384	ladner
G	16	ladona
G	16	ladonna
G	16384	lady frere
G	2048	lady gaga
G	16384	ladybrand
G	16384	ladyzhyn
G	16384	ladário
G	16384	lae
G	16384	laela
G	16384	laem sing
G	16384	lafayette
G	16384	lafia
G	16384	lafiagi
G	16384	lagarto
G	16384	lagdo
G	16384	lage
G	16384	lages
G	16384	laghouat
G	16384	lagny - sur - marne
G	16384	lagny-sur-marne
G	16384	lago da pedra
G	16384	lagoa da prata
G	16384	lagoa do itaenga
G	16384	lagoa santa
G	16384	lagoa vermelha
G	16450	lagos
G	16384	lagos de moreno
G	16384	lagrange
G	16384	laguilayan
G	16384	laguna
G	16384	laguna beach
G	16384	laguna de duero
G	16384	laguna hills
G	16384	laguna niguel
G	16384	laguna woods
G	16384	lagunillas
G	16384	lahad datu
G	16384	lahat
G	16384	lahnstein
G	16450	lahore
G	16384	lahr
G	16384	lahti
G	16384	lahān
G	16384	lahār
G	16	laia
G	16384	laibin
G	16	laila
G	16384	lainate
G	32	laine
G	32	laitinen
G	16384	laiwu
G	16384	laixi
G	16384	laiyang
G	16384	laizhou
G	16384	laja
G	16384	lajas
G	16384	lajeado
G	16384	lajedo
G	16384	lajinha
G	1	lajos horvath
G	16384	lake butler
G	16384	lake charles
G	16384	lake elsinore
G	16384	lake forest
G	16384	lake havasu city
G	16384	lake in the hills
G	16384	lake jackson
G	16384	lake magdalene
G	2	lake maracaibo
G	16384	lake mary
G	16384	lake oswego
G	16384	lake ridge
G	16384	lake ronkonkoma
G	16384	lake sebu
G	16384	lake shore
G	16384	lake stevens
G	16384	lake wales
G	16384	lake worth
G	16384	lake worth corridor
G	16384	lake zurich
G	256	lakefront
G	16384	lakeland
G	16384	lakemba
G	512	lakers
G	8	lakes
G	8	lakes rally
G	16	lakesha
G	16384	lakeside
G	16384	lakeville
G	16384	lakewood
G	16384	lakhdaria
G	16384	lakhnādon
G	16384	lakhyabad
G	16384	lakhīmpur
G	16384	lakinsk
G	16384	lakki
G	16384	lakota
G	16384	laksar
G	16384	lakshmeshwar
G	16384	lakshmīpur
G	16384	lal bahadur nagar
G	16384	lala musa
G	16384	lalago
G	16384	lalgudi
G	16384	lalian
G	16384	lalitpur
G	16384	lalmonirhat
G	16384	lalor
G	16384	lalupon
G	16384	lalín
G	16	lamar
G	16384	lambaré
G	16384	lambaréné
G	16384	lambayeque
G	16384	lambersart
G	17	lambert
G	256	lambeth
G	1	lambrecks
G	16384	lamezia terme
G	16	lamija
G	16384	lamin
G	1	lamm
G	32	lammy
G	16384	lamongan
G	16400	lamont
G	1	lamont smith
G	4	lamonts
G	4	lamonts apparel
G	4	lamonts apparel inc
G	16384	lampa
G	16384	lampang
G	16384	lampertheim
G	16384	lamphun
G	1	lampros
G	16384	lamu
G	16384	lamía
G	16	lana
G	16384	lanaken
G	260	lancashire
G	16640	lancaster
G	16	lance
G	1	lance armstrong
G	1	lance gibbs
G	16384	lancenigo - villorba
G	16384	lancenigo-villorba
G	4	lancet
G	16384	lanciano
G	16384	lancing
G	16384	lancy
G	16384	land o' lakes
G	4	land securities
G	16384	landau in der pfalz
G	16384	landerneau
G	16	landon
G	16384	landover
G	16384	landsberg am lech
G	16384	landshut
G	16386	landskrona
G	16384	lanester
G	32	lang
G	16384	lang suan
G	16384	langarūd
G	16384	langen
G	16384	langenfeld
G	16384	langenhagen
G	16384	langenhorn
G	16384	langepas
G	16384	langfang
G	16640	langford
G	16640	langley
G	16384	langley park
G	16384	langsa
G	256	langton
G	16384	langtoucun
G	16384	langwarrin
G	16384	langxiang
G	16384	langzhong
G	16384	lanham - seabrook
G	16384	lanham-seabrook
G	4	lankadeepa
G	16384	lankaran
G	16384	lankwitz
G	1	lanner
G	16384	lannion
G	1	lansana conte
G	16384	lansdale
G	16384	lansdowne
G	16640	lansing
G	262144	lantheaume
G	4	lanus
G	1	lanusse
G	16384	lanxi
G	16448	lanzhou
G	1024	lao
G	128	lao people's democratic republic
G	16384	laoag
G	16384	laoang
G	16384	laohekou
G	16384	laojunmiao
G	16384	laon
G	1024	laos
G	16384	lapa
G	16384	lapai
G	16384	laplace
G	16384	laporte
G	16384	lappeenranta
G	16384	lapu - lapu city
G	16384	lapu-lapu city
G	16384	lar
G	16400	lara
G	16384	larache
G	16384	laramie
G	16384	laranjal paulista
G	16384	laranjeira
G	16384	laranjeiras
G	16384	laranjeiras do sul
G	16384	laranjeiro
G	16384	larbaâ
G	1	larbi el khattabi
G	16384	lardjem
G	16384	laredo
G	16384	largo
G	16	larisa
G	1	larisa neiland
G	16	larissa
G	16384	larkana
G	16384	larkhall
G	16386	larnaca
G	16384	larne
G	16	larry
G	1	larry fine
G	1	larry walker
G	16	lars
G	1	lars riedel
G	32	larsen
G	33	larsson
G	16384	larvik
G	16384	las animas
G	16384	las breñas
G	16384	las cabezas de san juan
G	16384	las choapas
G	16386	las cruces
G	16384	las cumbres
G	16384	las delicias
G	16384	las gabias
G	16384	las margaritas
G	16384	las matas de farfán
G	16384	las palmas de gran canaria
G	16384	las piedras
G	16384	las pintas de arriba
G	16384	las pintitas
G	16384	las piñas
G	16384	las rosas
G	16384	las rozas de madrid
G	16384	las tejerías
G	16384	las torres de cotillas
G	16384	las tres torres
G	16384	las tunas
G	16386	las vegas
G	1	lasa-zabala
G	16384	lasarte
G	16384	lasem
G	16	lashawn
G	16384	lashio
G	16384	lashkar gāh
G	1	lasse lampi
G	16	laszlo
G	16384	lat yao
G	16384	latacunga
G	16384	latakia
G	16	latasha
G	16384	latham
G	16384	lathrop
G	16	latifa
G	8	latin american
G	16384	latina
G	16	latisha
G	16	latonya
G	16	latoya
G	2	lattakia
G	16384	lattes
G	16384	latur
G	130	latvia
G	66560	latvian
G	66560	latvians
G	32	lau
G	16384	lauchhammer
G	1	lauck
G	16384	lauda - königshofen
G	16384	lauda-königshofen
G	16384	lauderdale lakes
G	16384	lauderhill
G	16384	lauf an der pegnitz
G	16384	laukaa
G	16384	launceston
G	16384	laungowāl
G	16384	laupheim
G	16384	laur
G	16	laura
G	16400	laurel
G	16384	laurelton
G	16	lauren
G	1	lauren ottoz
G	16	laurence
G	1	laurence courtois
G	1	laurence mcquillan
G	16	laurent
G	1	laurent gane
G	1	laurent jalabert
G	1	laurent ottoz
G	16	laurie
G	16384	laurinburg
G	16384	lauro de freitas
G	16	lauryn
G	16454	lausanne
G	16384	lautaro
G	16384	lautoka
G	16384	lauttasaari
G	16384	laval
G	16384	laventille
G	16	laverna
G	16	laverne
G	16	lavinia
G	32	lavoie
G	16384	lavradio
G	16384	lavras
G	16384	lavras da mangabeira
G	32768	lavrov
G	16384	lawang
G	16384	lawas
G	16384	lawndale
G	16400	lawrence
G	1	lawrence sheets
G	16384	lawrenceville
G	32	lawson
G	16384	lawton
G	16	laxmi
G	1	laxmi poruri
G	16384	laxou
G	16	layla
G	16384	layton
G	16384	layyah
G	16384	lazarevac
G	16384	lazarevskoye
G	16384	lazdynai
G	4	lazio
G	16384	laç
G	16384	laï
G	16384	laḩij
G	4	ldp
G	8	ldp-dominated
G	16384	le blanc - mesnil
G	16384	le blanc-mesnil
G	16384	le bouscat
G	16384	le camas
G	4	le canard enchaine
G	16384	le cannet
G	16384	le chesnay
G	16384	le creusot
G	4	le figaro
G	16384	le françois
G	16384	le gosier
G	16384	le grand - quevilly
G	16384	le grand-quevilly
G	16388	le havre
G	16384	le hochet
G	4	le jour
G	16384	le kremlin - bicêtre
G	16384	le kremlin-bicêtre
G	16384	le lamentin
G	16448	le mans
G	4	le matin
G	4	le monde
G	16384	le moule
G	16384	le mée - sur - seine
G	16384	le mée-sur-seine
G	512	le oreal
G	16384	le pecq
G	16384	le perreux - sur - marne
G	16384	le perreux-sur-marne
G	16384	le petit - quevilly
G	16384	le petit-quevilly
G	16384	le plateau
G	16384	le plessis - robinson
G	16384	le plessis - trévise
G	16384	le plessis-robinson
G	16384	le plessis-trévise
G	16384	le pontet
G	4	le populaire
G	16384	le port
G	16384	le pré - saint - gervais
G	16384	le pré-saint-gervais
G	16384	le puy - en - velay
G	16384	le puy-en-velay
G	16384	le robert
G	16384	le tampon
G	4	le temps
G	16384	le vésinet
G	16	lea
G	4096	leader
G	16384	league city
G	8	league-australian
G	16	leah
G	1	leah pells
G	16384	lealman
G	16384	leamington
G	16	leana
G	16384	leander
G	1	leander paes
G	16	leandra
G	16	leandro
G	16	leane
G	16	leann
G	16	leanna
G	16	leanne
G	256	leaside
G	16384	leatherhead
G	16384	leavenworth
G	16384	leawood
G	16384	lebach
G	16384	lebaksiu
G	9216	lebanese
G	4	lebanese association for the democracy of elections
G	1024	lebaneses
G	540802	lebanon
G	4	lebanon first
G	16384	lebbeke
G	1	lebed
G	32	lebedev
G	16384	lebedyn
G	16384	lebowakgomo
G	16384	lebrija
G	2048	lebron james
G	16384	lebu
G	16388	lecce
G	16384	lecco
G	4	lech poznan
G	2048	lech walesa
G	16384	lecheng
G	4	leciva praha
G	16	leda
G	16384	lede
G	16384	leduc
G	2	leduc reef
G	16384	ledyard
G	264192	lee
G	1	lee ki-choo
G	1	lee sharpe
G	1	lee tinsley
G	1	lee wan wah
G	1	lee westwood
G	16384	lee's summit
G	16646	leeds
G	8	leeds classic
G	4	leeds united
G	16384	leek
G	16	leena
G	16384	leer
G	16384	leerdam
G	2	lees summit
G	16384	leesburg
G	16384	leeuwarden
G	16	leevi
G	32	lefebvre
G	33	lefevre
G	16384	lefortovo
G	4	legal department
G	16384	leganés
G	16384	legaspi
G	4	legia warsaw
G	16384	legionowo
G	16384	legnago
G	16384	legnano
G	16384	legnica
G	16384	leh
G	16384	lehi
G	16384	lehigh acres
G	4	lehman
G	4	lehman brothers international
G	32	lehmann
G	16384	lehrte
G	32	lehtinen
G	32	lehtonen
G	16	leia
G	16454	leicester
G	512	leicester city
G	260	leicestershire
G	16384	leichlingen
G	16384	leiden
G	16384	leiderdorp
G	16	leif
G	16400	leigh
G	16384	leighton buzzard
G	16	leila
G	1	leila corcoran
G	16	leilani
G	16384	leimen
G	16384	leinfelden - echterdingen
G	16384	leinfelden-echterdingen
G	16384	leioa
G	16450	leipzig
G	16384	leiria
G	16384	leisure city
G	32	leitner
G	16384	leixlip
G	16384	leiyang
G	16	leja
G	16	lejla
G	32	leka
G	32	lekaj
G	16384	lekki
G	16	lela
G	16400	leland
G	1	lelouche
G	16384	lelydorp
G	16384	lelystad
G	16384	lemay
G	16384	lembang
G	16384	lembeni
G	16384	leme
G	16384	lemgo
G	262144	lemon
G	16384	lemon grove
G	16384	lemont
G	16384	lemoore
G	16384	lempäälä
G	16	len
G	16	lena
G	16384	lenbe
G	16384	lend
G	16384	lenexa
G	16384	lenger
G	16384	lengerich
G	16384	lengshuijiang
G	16384	lengshuitan
G	32800	lenin
G	16384	leningradskaya
G	65536	leninist
G	65536	leninists
G	16384	leninogorsk
G	16384	leninsk
G	16384	leninsk - kuznetsky
G	16384	leninsk-kuznetsky
G	16384	leninskiye gory
G	16	lennart
G	1	lennart meri
G	16384	lennestadt
G	16384	lennox
G	16	lenny
G	16384	lenoir
G	16	lenora
G	16	lenore
G	512	lenovo
G	16388	lens
G	16384	lensk
G	16384	lentini
G	16384	lents
G	4	lenzing
G	4	lenzing ag
G	16384	lençóis paulista
G	16	leola
G	16384	leominster
G	20	leon
G	1	leon barkho
G	1	leon van der wath
G	16	leona
G	16	leonard
G	1	leonard santorelli
G	17	leonardo
G	16384	leonberg
G	16	leonel
G	16	leonid
G	1	leonid kuchma
G	16	leonie
G	16	leonora
G	16384	leonovo
G	16	leopold
G	16384	leopoldina
G	16384	leopoldshöhe
G	16	leora
G	16384	lepe
G	16384	leposaviq
G	16384	lerdo de tejada
G	16384	lere
G	16384	leribe
G	16384	lerma de villada
G	16384	lermontov
G	32	leroy
G	16384	lerum
G	16384	les abymes
G	16384	les cayes
G	16384	les clayes - sous - bois
G	16384	les clayes-sous-bois
G	16384	les corts
G	16384	les coteaux
G	4	les echos
G	16384	les escaldes
G	1	les ferdinand
G	16384	les herbiers
G	16384	les lilas
G	16384	les mureaux
G	16384	les olives
G	16384	les pavillons - sous - bois
G	16384	les pavillons-sous-bois
G	16384	les pennes - mirabeau
G	16384	les pennes-mirabeau
G	16384	les roquetes
G	16384	les sables - d'olonne
G	16384	les sables-d'olonne
G	16384	les ulis
G	16	lesedi
G	16384	leshan
G	16384	leskovac
G	16	lesley
G	16	lesli
G	16	leslie
G	1	leslie gevirtz
G	16	lesly
G	16384	lesnoy
G	16384	lesosibirsk
G	128	lesotho
G	16384	lesozavodsk
G	2	lesser antilles
G	16384	lessines
G	16	lester
G	16384	leszno
G	16384	letchworth garden city
G	16384	leteri
G	16	lethabo
G	16384	lethbridge
G	16400	leticia
G	16	letitia
G	1	letitia vriesde
G	16384	letlhakane
G	16384	letpandan
G	16384	letterkenny
G	16	lettie
G	16384	letňany
G	16384	leusden
G	16384	leutkirch
G	16384	leuven
G	16384	levallois - perret
G	16384	levallois-perret
G	2	leveilly
G	16	levente
G	16388	leverkusen
G	16	levi
G	16384	levice
G	16384	levin
G	16384	levittown
G	16384	levoberezhnyy
G	4	levski sofia
G	1	levy
G	16640	lewes
G	33	lewis
G	1	lewis martin
G	16384	lewiston
G	16384	lewiston orchards
G	16384	lewisville
G	16	lex
G	16	lexie
G	16384	lexington
G	16384	lexington - fayette
G	16384	lexington-fayette
G	512	lexis
G	512	lexmark
G	512	lexus
G	16	leyla
G	16384	leyland
G	4	leyton orient
G	16384	leyva solano
G	16384	lezhë
G	16384	leça da palmeira
G	16384	leça do bailio
G	16384	león
G	16384	león de los aldama
G	516	lg
G	4	lg caltex
G	4	lg electronics inc.
G	16386	lhasa
G	16384	lhokseumawe
G	32	li
G	1	li feng
G	1	li peng
G	16	lia
G	17	liam
G	1	liam botham
G	1	liam daish
G	1	liam fox fox
G	1	liam gallagher
G	16	lian
G	16	liana
G	16384	lianghu
G	16384	liangxiang
G	16384	lianhe
G	16384	lianjiang
G	16	lianne
G	16384	lianozovo
G	16384	lianran
G	16384	lianshan
G	16384	lianyuan
G	16384	lianzhou
G	16384	liaocheng
G	2	liaoning
G	16384	liaoyang
G	16384	liaoyuan
G	16384	liaozhong
G	16	libbie
G	16	libby
G	16384	libenge
G	2048	liberace
G	16384	liberal
G	4	liberal democratic party
G	4	liberal party
G	4	liberation tigers of tamil eelam
G	16384	liberec
G	16514	liberia
G	4	liberia council
G	9216	liberian
G	1024	liberians
G	16384	libertad
G	16384	libertador general san martín
G	4	liberte
G	16384	liberty
G	16384	libertyville
G	16384	libeň
G	16384	libiąż
G	16384	libon
G	8	libor
G	16384	libourne
G	16384	libres
G	16448	libreville
G	524418	libya
G	9216	libyan
G	1024	libyans
G	16384	licata
G	16384	lice
G	16384	licheng
G	16384	lichfield
G	16384	lichinga
G	16384	lichtenberg
G	16384	lichtenburg
G	16384	lichtenfels
G	16384	lichtenrade
G	16384	lichtenvoorde
G	16384	lichterfelde
G	4	lichtwer pharma gmbh
G	16384	lichuan
G	16384	lida
G	16384	lidcombe
G	16	lidia
G	16384	lidingö
G	16384	lidköping
G	4	lidl
G	16384	lido
G	16384	lido di ostia
G	16	lidya
G	16384	lidzbark warmiński
G	2	liechenstein
G	130	liechtenstein
G	66	liege
G	1	lien
G	1	lien chan
G	16	liepa
G	16384	liepāja
G	16384	lier
G	4	lierse
G	16384	lieto
G	1	lietti
G	4096	lieutenant
G	4096	lieutenant general
G	4	life insurance co of georgia
G	4	life of georgia
G	4	liffe
G	4	ligier
G	4	lihir
G	16384	lijiang
G	16384	likasi
G	16384	likhobory
G	16384	likino - dulevo
G	16384	likino-dulevo
G	16384	likisá
G	4	likud
G	16	lila
G	1	lila osterloh
G	16	lili
G	16	lilia
G	16	lilian
G	16	liliana
G	1	liliana semerdjieva
G	16384	lilienthal
G	16384	lilio
G	16	lilja
G	16388	lille
G	16384	lillehammer
G	16384	lillerød
G	4	lillestrom
G	16	lillia
G	16	lillian
G	16	lillie
G	16	lilly
G	16384	liloan
G	16384	lilongwe
G	16384	lilydale
G	16450	lima
G	16384	limache
G	16448	limassol
G	16384	limay
G	16384	limbach - oberfrohna
G	16384	limbach-oberfrohna
G	16384	limbang
G	16384	limbdi
G	16384	limbe
G	16384	limbiate
G	16384	limburg an der lahn
G	16384	limeil - brévannes
G	16384	limeil-brévannes
G	16384	limeira
G	16386	limerick
G	16384	limoeiro
G	16384	limoeiro do norte
G	16384	limoges
G	16384	limonar
G	16384	limpio
G	16384	limón
G	16	lin
G	16	lina
G	16384	linares
G	16384	lincheng
G	16423	lincoln
G	256	lincoln memorial
G	16384	lincoln park
G	16384	lincoln square
G	16384	lincolnia
G	256	lincolnshire
G	16400	linda
G	16384	linda - a - velha
G	1	linda wild
G	16384	linda-a-velha
G	16384	lindau
G	32	lindberg
G	16384	linden
G	16384	lindenholt
G	16384	lindenhurst
G	16384	lindenwold
G	32	lindholm
G	16384	lindi
G	16384	lindlar
G	256	lindley
G	16400	lindsay
G	1	lindsay davenport
G	1	lindsay owen-jones
G	16	lindsey
G	16	lindsi
G	32	lindstrom
G	16	lindsy
G	16	lindy
G	1	lindy remigino
G	16384	linfen
G	1	linford christie
G	16384	lingayen
G	16384	lingcheng
G	16384	lingdong
G	16384	lingen
G	16384	linghai
G	16384	lingolsheim
G	16384	lingsugūr
G	16384	lingyuan
G	16384	linhai
G	16384	linhares
G	16384	linjiang
G	16384	linkou
G	16384	linköping
G	16384	lino lakes
G	16384	linping
G	16384	linqiong
G	16384	linqu
G	16384	lins
G	16384	linshui
G	16384	linstead
G	16384	linton hall
G	16384	lintong
G	16	linus
G	16384	linxi
G	16384	linxia chengguanzhen
G	16384	linyi
G	16450	linz
G	4	linzer ask
G	16384	linëvo
G	16	lionel
G	4	lions
G	16	lior
G	16384	lipa city
G	16384	lipetsk
G	16384	lipkovo
G	16384	lippstadt
G	16384	liptovský mikuláš
G	16384	lira
G	16	lisa
G	1	lisa raymond
G	16384	lisakovsk
G	16384	lisala
G	1	lisbet stuer-lauridsen
G	16454	lisbon
G	16384	lisburn
G	16	lisette
G	2	lisheen
G	16384	lishu
G	16384	lishui
G	16384	lisieux
G	16384	liski
G	16384	lisle
G	8	lispi
G	16384	lisse
G	16384	lissone
G	16384	litherland
G	16384	lithia springs
G	130	lithuania
G	66560	lithuanian
G	66560	lithuanians
G	16384	litoměřice
G	16384	littau
G	1	little
G	512	little caesars
G	16384	little elm
G	256	little italy
G	16386	little rock
G	16384	littlehampton
G	16384	littleton
G	16384	litvínov
G	32	liu
G	4	liu chong hing
G	4	liu chong hing investment ltd
G	1	liu lu
G	1	liu lufung
G	16384	liuhe
G	16384	liupanshui
G	1	liutauras stremaitis
G	16	liv
G	16384	livadeiá
G	16384	live oak
G	16384	livermore
G	16452	liverpool
G	16	livia
G	16388	livingston
G	16384	livingstone
G	16384	livny
G	16384	livonia
G	16384	livorno
G	16384	livramento do brumado
G	16384	livry - gargan
G	16384	livry-gargan
G	16384	liwale
G	16384	liwonde
G	16384	liwá
G	1	lixion avila
G	32	liyanage
G	16	liz
G	32768	liz truss
G	16	liza
G	16	lizbeth
G	16	lizette
G	16	lizzie
G	16384	liège
G	16384	liévin
G	16386	ljubljana
G	16384	ljungby
G	4	lks lodz
G	16384	llaillay
G	16384	llallagua
G	16384	llandudno
G	16384	llanelli
G	4	llansantffraid
G	16384	llazicë
G	4096	llb
G	16384	llefià
G	16384	lleida
G	16384	lloret de mar
G	16	lloyd
G	4	lloyd 's
G	4	lloyd 's of london
G	1	lloyd axworthy
G	1	lloyd bentsen
G	16384	lloydminster
G	4	lloyds shipping
G	4	lloyds shipping intelligence service
G	16384	llucmajor
G	16384	llíria
G	4	lme
G	16384	lo prado
G	16384	loa janan
G	16384	loanda
G	16384	loandjili
G	16384	lobatse
G	16384	lobito
G	16384	lobnya
G	16384	loboc
G	16384	loch garman
G	16384	lochearn
G	16384	lochristi
G	4	lockhart
G	4	lockhart industries inc
G	16384	lockport
G	16384	lod
G	16384	lodeynoye pole
G	16384	lodhran
G	16384	lodi
G	16384	lodja
G	16384	lodwar
G	16384	loei
G	16384	lofthouse
G	2	loftus versfeld
G	262144	lofven
G	16400	logan
G	16384	logan city
G	16384	logan square
G	16384	logansport
G	16384	lognes
G	16384	logroño
G	16384	lohja
G	16384	lohmar
G	16384	lohne
G	16384	lohr am main
G	16384	lohārdagā
G	16384	loikaw
G	16	lois
G	16384	loja
G	16388	lokeren
G	1	loko
G	16384	lokoja
G	4	lokomotiv moscow
G	4	lokomotiv nizhny novgorod
G	4	lokomotiva kosice
G	16384	lokossa
G	16	lola
G	16	lolita
G	16384	lolodorf
G	16384	lom
G	16384	lom sak
G	16384	loma bonita
G	16384	loma de gato
G	16384	loma linda
G	16384	lomas del sur
G	16384	lombard
G	33	lombardi
G	262144	lombardo
G	2	lome
G	16384	lomita
G	16384	lomme
G	16388	lommel
G	16384	lomonosov
G	16384	lompoc
G	16384	lomé
G	16384	lonavla
G	16384	loncoche
G	16384	londerzeel
G	540742	london
G	4	london broncos
G	8	london carnival
G	4	london international financial futures exchange
G	4	london metal exchange
G	4	london newsroom
G	4	london securities & derivatives exchange
G	16384	londonderry county borough
G	65536	londoner
G	65536	londoners
G	16384	londrina
G	16448	long beach
G	16384	long branch
G	16384	long eaton
G	2	long island
G	16384	long island city
G	16384	long xuyên
G	2	longchamp
G	16384	longfeng
G	16384	longfield
G	16384	longgang
G	16384	longjiang
G	16384	longjing
G	16384	longjumeau
G	16384	longmeadow
G	16384	longmont
G	16384	longonjo
G	16384	longquan
G	16384	longsight
G	16384	longueuil
G	16384	longview
G	2	longyearbyen
G	16384	loni
G	16	lonnie
G	4	lonrho plc
G	16384	lons - le - saunier
G	16384	lons-le-saunier
G	16384	lonār
G	16384	loon op zand
G	16384	loos
G	16384	lop buri
G	32	lopes
G	16416	lopez
G	16	lora
G	16384	lora del río
G	16384	lorain
G	16	loraina
G	16	loraine
G	16384	loralai
G	16384	lorca
G	266240	lord
G	2	lord 's
G	16	lorelei
G	16	loren
G	1	loren roberts
G	16400	lorena
G	16	lorene
G	16	lorenzo
G	16384	loreto
G	16	loretta
G	8	loretto
G	2	loretto abbey
G	16	lori
G	1	lori mcneil
G	16384	lorica
G	16	lorie
G	16384	lorient
G	16384	lormont
G	16	lorna
G	16	lorraina
G	16	lorraine
G	16	lorri
G	16	lorrie
G	16384	lorton
G	16384	los alcázares
G	16384	los altos
G	16384	los andes
G	16454	los angeles
G	512	los angeles clippers
G	516	los angeles dodgers
G	512	los angeles lakers
G	8	los angeles-based
G	16384	los banos
G	16384	los barrios
G	16384	los baños
G	16384	los dos caminos
G	16384	los gatos
G	16384	los llanos de aridane
G	16384	los lunas
G	16384	los mochis
G	16384	los palacios
G	16384	los palacios y villafranca
G	16384	los patios
G	16384	los polvorines
G	16384	los rastrojos
G	16384	los realejos
G	16384	los reyes acaquilpan
G	16384	los reyes de juárez
G	16384	los reyes de salgado
G	16384	los teques
G	16384	los ángeles
G	16384	losal
G	16384	losheim
G	16384	losino - petrovskiy
G	16384	losino-petrovskiy
G	16384	lospalos
G	16384	losser
G	16384	lota
G	21	lotte
G	16	lottie
G	16	lou
G	1	lou gehrig
G	16384	loudi
G	16	louella
G	16384	louga
G	16384	loughborough
G	16	louie
G	16	louis
G	1	louis booy
G	4	louis dreyfus corp
G	1	louis freeh
G	16384	louis trichardt
G	1	louis viannet
G	16	louisa
G	16	louise
G	1	louise mcpaul
G	1	louise siebens
G	256	louisiana
G	16384	louisville
G	16384	loulé
G	16384	loum
G	16384	louny
G	16384	lourdes
G	16384	loures
G	16384	loushanguan
G	16384	louth
G	16384	louvain - la - neuve
G	16384	louvain-la-neuve
G	16384	louveira
G	16384	louviers
G	16384	lovech
G	16384	loveland
G	16	lovelie
G	16384	loves park
G	16384	lovisa
G	32	lovric
G	16	lovro
G	32	lowe
G	16400	lowell
G	16384	lower earley
G	16384	lower hutt
G	16384	lower sackville
G	16384	lower west side
G	16384	lowestoft
G	256	lowland
G	256	lowlands
G	4	loxley
G	4	loxley publications plc
G	16384	loxstedt
G	1	loyola de palacio
G	4	loznica
G	16384	lozova
G	4096	lt
G	4	ltd
G	4	ltte
G	2048	lu
G	16384	luancheng
G	16450	luanda
G	16384	luang prabang
G	16	luann
G	16384	luanshya
G	16384	luau
G	16384	lubango
G	16384	lubao
G	1	lubarskij
G	16384	lubartów
G	16384	lubań
G	16384	lubbock
G	16384	lubin
G	16384	lublin
G	16384	lubliniec
G	16384	lubny
G	16384	luboń
G	16384	lubu
G	16384	lubuklinggau
G	16384	lubumbashi
G	16	luc
G	1	luc nilis
G	16	luca
G	1	luca cadalora
G	16384	lucan
G	16384	lucapa
G	16400	lucas
G	1	lucas moreira neves
G	16384	lucaya
G	16384	lucban
G	16384	lucca
G	4	lucchese
G	16384	lucena
G	16384	lucera
G	4	lucerne
G	16384	luchegorsk
G	16384	lucheng
G	16384	luchingu
G	16	lucia
G	16	luciana
G	16	luciano
G	1	luciano della noce
G	1	luciano pessina
G	16	lucie
G	16	lucien
G	16	lucija
G	16	lucile
G	16	lucille
G	16	lucinda
G	16384	luckeesarai
G	16384	luckenwalde
G	16448	lucknow
G	16	lucy
G	16384	lucé
G	64	ludhiana
G	16384	ludhiāna
G	16384	ludlow
G	1	ludmila engquist
G	1	ludmila ninova
G	1	ludmila richterova
G	16	ludovic
G	16384	luduş
G	16	ludvig
G	16384	ludvika
G	16	ludwig
G	16384	ludwigsburg
G	16384	ludwigsfelde
G	16384	ludwigshafen am rhein
G	16384	luebo
G	1	luehrs
G	16	luela
G	16	luella
G	16384	luena
G	16384	lufkin
G	4	lufthansa
G	4	lufthansa cargo ag
G	4	lufthanseat
G	16384	luga
G	16388	lugano
G	2097152	lugansk
G	16384	lugazi
G	16384	lugo
G	16384	lugoba
G	16384	lugoj
G	16384	lugu
G	16384	lugulu
G	2113536	luhansk
G	16	luigi
G	1	luigi seguy
G	16384	luimneach
G	16	luis
G	1	luis baltasar
G	1	luis castilla
G	1	luis figo
G	1	luis miguel predrosa
G	1	luis polonia
G	1	luis raul matos azocar
G	16	luisa
G	16	luise
G	16	luiz
G	16384	luján
G	16	luka
G	16	lukas
G	32768	lukashenko
G	16	luke
G	1	luke jensen
G	1	luke kipkosgei
G	16384	lukhovitsy
G	32	lukic
G	4	lukoil
G	16384	lukolela
G	16384	lukuledi
G	16	lula
G	16384	luleå
G	16	lulu
G	16	lulwa
G	16384	lumajang
G	16384	lumbang
G	16384	lumberton
G	16384	lumding railway colony
G	16384	lumezzane
G	1	luminzu shimaponda
G	1	lumir mistr
G	16384	lumphat
G	16384	lumut
G	16	luna
G	16416	lund
G	16384	lunel
G	16384	lunglei
G	32	lungu
G	16384	luninyets
G	16384	lunsar
G	16384	lunéville
G	32	luo
G	1	luo yigang
G	16384	luocheng
G	16384	luohe
G	16384	luorong
G	16384	luoyang
G	16	lupe
G	16384	lupeni
G	16	lupita
G	16384	lupon
G	1	lupu
G	16384	luqiao
G	16384	lurup
G	16386	lusaka
G	8	lusaka agreement
G	16384	lusambo
G	16384	lushnjë
G	16384	lushoto
G	16384	lustenau
G	16384	lutes mountain
G	16	luther
G	16384	lutherville - timonium
G	16384	lutherville-timonium
G	16388	luton
G	16384	lutsk
G	16384	lutuhyne
G	16384	lutz
G	16	luuk
G	16384	luuq
G	16384	luwero
G	16384	luwuk
G	16514	luxembourg
G	16384	luxor
G	16	luz
G	16384	luzern
G	16384	luzhniki
G	16384	luziânia
G	16384	lučenec
G	16448	lviv
G	32	ly
G	16384	lyantor
G	16384	lyasny
G	16384	lydenburg
G	16	lydia
G	16	lyla
G	16	lyle
G	16385	lyman
G	16384	lymington
G	16	lyn
G	16	lyna
G	16384	lynbrook
G	262177	lynch
G	16384	lynchburg
G	16	lynda
G	1	lynda chalker
G	16640	lyndhurst
G	16	lyndon
G	16	lyndsey
G	16	lyne
G	16	lynette
G	4	lyngby
G	16400	lynn
G	16384	lynn haven
G	16	lynna
G	16	lynne
G	1	lynne o'donnell
G	16	lynnette
G	16384	lynnwood
G	16	lynsey
G	16384	lynwood
G	16452	lyon
G	16384	lyskovo
G	16384	lytham st annes
G	16384	lytkarino
G	16384	lyubertsy
G	16384	lyublino
G	16384	lyubotyn
G	16384	lyudinovo
G	16384	lào cai
G	16384	lárisa
G	16384	lázaro cárdenas
G	16384	léo
G	16384	léogâne
G	16384	lérida
G	16384	lévis
G	16384	líbano
G	16384	löbau
G	16384	löhne
G	16384	lökbatan
G	16384	lörrach
G	16384	lübbecke
G	16384	lübbenau
G	16384	lübeck
G	16384	lüdenscheid
G	16384	lüderitz
G	16384	lüdinghausen
G	16384	lüleburgaz
G	16384	lüneburg
G	16384	lünen
G	16384	lüshun
G	16384	lādnūn
G	16384	lādwa
G	16384	lāharpur
G	16384	lākheri
G	16384	lākshām
G	16384	lālganj
G	16384	lālgola
G	16384	lālmohan
G	16384	lālpur
G	16384	lālsot
G	16384	lātehār
G	16384	lāthi
G	16384	lāwar khās
G	16384	lębork
G	16384	lędziny
G	16384	lūnāvāda
G	16384	lạng sơn
G	4	m&r
G	4	m'bishi gas
G	1	m. alleyne
G	1	m. atherton
G	1	m. azharuddin
G	1	m. bevan
G	1	m. dekker
G	1	m. dowman
G	1	m. karunanidhi
G	1	m. lathwell
G	1	m. lynch
G	1	m. maynard
G	1	m. moxon
G	1	m. ramprakash
G	1	m. saggers
G	1	m. sivasiththamparam
G	1	m. slater
G	1	m. vaughan
G	1	m. walker
G	1	m. watkinson
G	1	m. waugh
G	2	m3
G	16384	ma
G	16384	ma'an
G	16384	ma'rib
G	1	maakinen
G	16384	maalot tarshīhā
G	16384	maao
G	16384	maardu
G	4	maariv
G	16384	maarssen
G	1	maarten den bakker
G	16384	maaseik
G	16384	maasin
G	16384	maasmechelen
G	16384	maassluis
G	16384	maastricht
G	16	maayan
G	16384	maba
G	16384	mabai
G	16384	mabalacat city
G	16384	mabama
G	16	mabel
G	16	mable
G	16384	mableton
G	16384	mabopane
G	128	macao
G	16384	macapá
G	16384	macas
G	16384	macatuba
G	16448	macau
G	16	macaulay
G	16384	macaé
G	16384	macaíba
G	4	maccabi haifa
G	4	maccabi herzliya
G	4	maccabi petah tikva
G	16384	macclesfield
G	130	macedonia
G	74752	macedonian
G	4	macedonian communist party
G	66560	macedonians
G	16384	maceió
G	16384	macenta
G	16384	macerata
G	16384	mach
G	16384	machachi
G	16385	machado
G	16384	machagai
G	16384	machakos
G	16384	machala
G	16384	machalí
G	16384	macheng
G	16384	machesney park
G	16384	machhlīshahr
G	16384	machida
G	16384	machilīpatnam
G	16384	machiques
G	1	machnee
G	256	machu picchu
G	16384	macia
G	16	macie
G	16	maciej
G	16	mack
G	16384	mackay
G	2048	macklemore
G	16384	macomb
G	16384	macon
G	32768	macron
G	512	macs milk
G	16384	macuspana
G	16	macy
G	524418	madagascar
G	16	madalyn
G	16384	madambakkam
G	8	madame bovary
G	16384	madanapalle
G	16384	madang
G	16384	madaoua
G	16384	maddagiri
G	16384	maddaloni
G	16	maddie
G	16384	maddūr
G	16	madeleine
G	16	madelina
G	16	madeline
G	16	madelyn
G	16384	madera
G	16384	madgaon
G	16	madge
G	16384	madhipura
G	16384	madhubani
G	2	madhumalla
G	16384	madhupur
G	1	madhusudan munakarmi
G	256	madhya pradesh
G	16384	madhyamgram
G	16384	madhyapur thimi
G	16384	madikeri
G	16384	madingou
G	16384	madipakkam
G	16402	madison
G	16384	madison heights
G	16384	madisonville
G	16384	madiun
G	16	madonna
G	16450	madrid
G	4	madrid newsroom
G	32	madrigal
G	16384	madruga
G	16	mads
G	32	madsen
G	16384	madukkarai
G	16384	madukkūr
G	16384	madurai
G	32768	maduro
G	16384	madurāntakam
G	16384	madīnat sittah uktūbar
G	16384	madīnat ḩamad
G	16	mae
G	16384	mae chan
G	16384	mae ramat
G	16384	mae sai
G	16386	mae sot
G	16384	maebaru - chūō
G	16384	maebaru-chūō
G	16384	maebashi
G	32	maeda
G	16384	maesteg
G	16384	maevatanana
G	16384	mafeteng
G	16384	mafinga
G	16384	mafra
G	16384	mafraq
G	16640	magadan
G	16384	magalang
G	1	magali faure
G	16384	magangué
G	16384	maganoy
G	16384	magarao
G	16384	magaria
G	16	magda
G	16400	magdalena
G	16384	magdalena atlicpac
G	16384	magdalena contreras
G	16384	magdalena de kino
G	1	magdalena grzybowska
G	1	magdalena maleeva
G	16	magdalene
G	16384	magdeburg
G	16384	magelang
G	16384	magenta
G	16	maggie
G	1	maggie maleeva
G	16384	maghar
G	16384	maghull
G	16384	maghār
G	16384	magna
G	16384	magnitogorsk
G	16	magnus
G	1	magnus gustafsson
G	1	magnus larsson
G	32	magnusson
G	16384	magog
G	16384	magole
G	16384	magomeni
G	16384	magong
G	16384	magsaysay
G	16384	magugpo poblacion
G	16384	magugu
G	16384	magumeri
G	16384	magway
G	16	maha
G	16384	maha sarakham
G	16384	mahajanga
G	2	mahala
G	16384	mahalapye
G	16384	maham
G	16	mahamadou
G	16	mahammad
G	16384	mahanje
G	16384	mahanoro
G	16384	maharagama
G	256	maharashtra
G	16384	mahayag
G	16384	mahbūbnagar
G	16384	mahbūbābād
G	16	mahdi
G	16384	mahdia
G	16384	mahdishahr
G	16384	mahemdāvād
G	16384	mahendragarh
G	16384	mahendranagar
G	524288	maher
G	16	mahesh
G	16384	maheshwar
G	16384	mahgawān
G	16384	mahiari
G	16384	mahilyow
G	16384	mahlsdorf
G	16	mahmoud
G	1	mahmoud abbas
G	16384	mahmudābād
G	16384	mahmutlar
G	16384	mahobā
G	16384	maholi
G	16384	mahrīz
G	16384	mahudha
G	16384	mahwah
G	16384	mahébourg
G	16384	mahābād
G	16384	mahād
G	16384	mahālingpur
G	16384	mahārāganj
G	16384	mahārājgani
G	16384	mahāsamund
G	16384	mahē
G	16384	mahīshādal
G	16400	maia
G	16384	maicao
G	1	maicel malone
G	131072	maidan revolution
G	16384	maidenhead
G	16640	maidstone
G	16384	maiduguri
G	32	maier
G	16384	maihar
G	16384	mailsi
G	256	main st
G	256	main street
G	258	maine
G	16384	mainpuri
G	4	mainstay international funds
G	16384	maintal
G	16384	maintirano
G	16384	mainz
G	16384	maināguri
G	16384	maiquetía
G	16	maire
G	16384	mairena del alcor
G	16384	mairena del aljarafe
G	16384	mairinque
G	16384	mairiporã
G	16384	mairwa
G	16	maisie
G	16384	maisons - alfort
G	16384	maisons - laffitte
G	16384	maisons-alfort
G	16384	maisons-laffitte
G	16384	maisí
G	16	maite
G	16384	maitland
G	16384	maiurno
G	16384	maizuru
G	4096	maj
G	16	maja
G	16384	majadahonda
G	16384	majalengka
G	16	majd
G	16384	majenang
G	16384	majene
G	32	majerus
G	1	majid takht ravanchi
G	16384	majie
G	1	majoli
G	8	major league
G	8	major league baseball
G	16384	majorna
G	16384	majuro
G	16384	makabe
G	16384	makakilo
G	16384	makakilo city
G	16384	makamba
G	32	makarov
G	16448	makassar
G	16384	makati city
G	32	makela
G	16384	makeni
G	16384	makhachkala
G	16384	maki
G	33	makinen
G	16384	makinsk
G	16384	makiyivka
G	16384	makoko
G	16384	makouda
G	16384	makrāna
G	16384	maksi
G	16	maksim
G	16384	makubetsu
G	16384	makueni boma
G	16384	makumbako
G	16384	makurazaki
G	16384	makurdi
G	16384	makuyuni
G	16384	makó
G	16384	mala
G	16384	malabanban norte
G	16384	malabo
G	16640	malacca
G	16	malachai
G	16	malachy
G	16384	malacky
G	16384	maladzyechna
G	1024	malagasies
G	1024	malagasy
G	16384	malahide
G	16	malak
G	16384	malakal
G	16384	malakanagiri
G	16384	malakhovka
G	16384	malakoff
G	16384	malakwal
G	16384	malakwal city
G	16384	malambo
G	16384	malampaka
G	16384	malanday
G	16384	malang
G	16384	malanje
G	16384	malanville
G	16384	malapatan
G	16384	malappuram
G	16384	malatya
G	16384	malaut
G	16384	malavalli
G	130	malawi
G	16384	malaybalay
G	130	malaysia
G	9216	malaysian
G	8	malaysian open
G	1024	malaysians
G	16384	malazgirt
G	16384	malaṅgawā
G	4	malbak
G	4	malbak ltd
G	16384	malbork
G	16	malcolm
G	1	malcolm marshall
G	1	malcolm rifkind
G	16384	maldegem
G	16384	malden
G	128	maldives
G	16384	maldon
G	16384	maldonado
G	16384	male
G	1	maleeva
G	16	malen
G	16384	malgobek
G	1	malgorzata rydz
G	16384	malgrat de mar
G	128	mali
G	16	malia
G	16384	maliana
G	256	malibu
G	16	malik
G	16	malika
G	16384	malilipot
G	16	malinda
G	16384	malindi
G	16384	malingao
G	16384	malinyi
G	16384	malir cantonment
G	16384	malita
G	1	malivai washington
G	16384	malkajgiri
G	16384	malkapur
G	16384	malkara
G	16384	malkāpur
G	16384	mallasamudram
G	16384	mallawī
G	4	mallinckrodt group inc
G	16	mallory
G	16384	malmesbury
G	64	malmo
G	16384	malmö
G	16384	malnate
G	16384	malolos
G	16384	maloyaroslavets
G	16384	malpe
G	130	malta
G	2	malta freeport
G	16384	maltby
G	16384	maltepe
G	8	maltese
G	256	malton
G	1	malu
G	16384	malumfashi
G	16384	maluso
G	16384	maluñgun
G	16384	malvar
G	256	malvern
G	16384	malvern east
G	16384	malyn
G	16384	malārd
G	16384	malāyer
G	16384	malīhābād
G	16	mamadou
G	16384	mamanguape
G	32	mamani
G	16384	mamaroneck
G	16384	mamatid
G	16384	mamburao
G	16384	mamfe
G	32	mammadov
G	16384	mamou
G	16384	mamoudzou
G	16384	mampong
G	16384	mamu kanjan
G	16384	mamuju
G	16384	man
G	4	man city
G	16384	manacapuru
G	16384	manacor
G	16384	manado
G	16384	manage
G	16386	managua
G	16	manaia
G	16384	manakara
G	16384	manali
G	16386	manama
G	16384	manamadurai
G	16384	mananara
G	16384	mananjary
G	16384	mananwala
G	16384	manaoag
G	16384	manapla
G	16384	manapparai
G	16384	manassas
G	16384	manassas park
G	16384	manatí
G	16448	manaus
G	16384	manavgat
G	16384	manay
G	540672	manbij
G	16384	mancherāl
G	16450	manchester
G	516	manchester city
G	6	manchester united
G	32	mancini
G	16384	mandaguari
G	16	mandakranta
G	16448	mandalay
G	16384	mandalgovi
G	16384	mandaluyong city
G	16384	mandalī
G	16384	mandamarri
G	16384	mandan
G	16384	mandapam
G	16384	mandapeta
G	16384	mandaue city
G	16384	mandelieu - la - napoule
G	16384	mandelieu-la-napoule
G	16384	mandera
G	16384	mandeville
G	16384	mandi
G	16384	mandi bahauddin
G	16384	mandideep
G	16384	mandimba
G	16384	mandlā
G	1	mandolina zelic
G	16386	mandsaur
G	16384	mandurah
G	16384	manduria
G	16	mandy
G	16384	mandya
G	16384	mandāwar
G	16384	maner
G	16384	manfalūţ
G	16	manfred
G	1	manfred kanther
G	16384	manfredonia
G	16384	manga
G	16384	mangai
G	1	mangala das
G	16384	mangalagiri
G	16384	mangaldai
G	16384	mangaldan
G	16384	mangalia
G	16384	mangalore
G	16384	mangaratiba
G	16384	mangere
G	16384	manggar
G	16384	manghit
G	16384	mangilao village
G	16384	mangla
G	16384	manglaur
G	16384	mangochi
G	16384	mangotsfield
G	16384	mangrūl pīr
G	540930	manhattan
G	16386	manhattan beach
G	16384	manhuaçu
G	16384	manhumirim
G	16384	maniar
G	16384	manibaug pasig
G	16384	manicaragua
G	2	maniema
G	16384	manihāri
G	16384	manikchari
G	16450	manila
G	16384	manipal
G	256	manipur
G	16384	manisa
G	16384	manises
G	16	manish
G	16384	manismata
G	258	manitoba
G	16384	manitowoc
G	16384	manizales
G	16384	manjakandriana
G	16384	manjeri
G	16384	manjhanpur
G	16384	manjo
G	16384	mankato
G	16384	mankayan
G	16384	mankono
G	16384	mankāchar
G	16384	manlleu
G	16388	manly
G	16384	manmād
G	32	mann
G	16384	mannargudi
G	16384	mannheim
G	16	manny
G	16384	mannārakkāt
G	2	mano junction
G	16384	manoharpur
G	16384	manokwari
G	16384	manolo fortich
G	16	manon
G	16384	manosque
G	16384	manouba
G	16384	manresa
G	16384	mansa
G	16384	mansalay
G	16384	mansehra
G	16644	mansfield
G	16384	mansfield city
G	16384	mansfield woodhouse
G	16384	mansilingan
G	16384	mansourah
G	16384	mansoûra
G	16384	manta
G	16384	mantampay
G	16384	manteca
G	16384	mantes - la - jolie
G	16384	mantes - la - ville
G	16384	mantes-la-jolie
G	16384	mantes-la-ville
G	16384	manthani
G	16384	mantova
G	16384	manturovo
G	16	manuel
G	1	manuel alvarado
G	16384	manuel ojinaga
G	16	manuela
G	16384	manuguru
G	16384	manukau city
G	16384	manzanares
G	16384	manzanillo
G	16384	manzhouli
G	16384	manzini
G	16384	manāsa
G	16384	manāwar
G	16384	mao
G	73728	maoist
G	73728	maoists
G	16384	mapastepec
G	4	mapei
G	16640	maple grove
G	16384	maple heights
G	16384	maple ridge
G	16384	maple shade
G	16384	maple valley
G	16640	maplewood
G	16384	maposeni
G	2	mapourdit
G	16386	maputo
G	16384	maputsoe
G	16384	mar del plata
G	1	mar'ie muhammad
G	16	mara
G	16384	marabella
G	16384	marabá
G	16450	maracaibo
G	16384	maracaju
G	16384	maracanaú
G	16448	maracay
G	16384	maracena
G	16384	maracás
G	16384	maradi
G	16384	maragogi
G	16384	maragogipe
G	16384	maragondon
G	16384	marakkanam
G	16384	maralal
G	16384	maramag
G	16384	maramba
G	16384	marana
G	16384	marand
G	16384	marang
G	256	maranhao
G	16384	marano di napoli
G	16384	marataizes
G	16384	marau
G	16384	maravatío de ocampo
G	16384	marawi city
G	16384	marayur
G	16384	marbach am neckar
G	16384	marbella
G	16384	marblehead
G	16384	marburg an der lahn
G	16	marc
G	1	marc dollendorf
G	1	marc dutroux
G	1	marc duvillard
G	1	marc hottiger
G	1	marc overmars
G	1	marc rosset
G	1	marc wilkins
G	1	marc-vivien foe
G	16384	marcavelica
G	16	marcel
G	1	marcel desailly
G	1	marcel malone
G	16	marcela
G	16	marcell
G	16	marcella
G	16	marcelle
G	16	marcello
G	17	marcelo
G	1	marcelo filippini
G	1	marcelo levingston
G	1	marcelo rios
G	1	marcelo salas
G	540672	march
G	1	marchal
G	16384	marche - en - famenne
G	16384	marche-en-famenne
G	16384	marchena
G	16	marci
G	16	marcia
G	16384	marcianise
G	16	marcie
G	16	marcin
G	1	marcin mieciel
G	1	marcio santos
G	16	marco
G	1	marco bode
G	1	marco giampaolo
G	16384	marco island
G	1	marco lietti
G	1	marco pascolo
G	1	marco vaccari
G	1	marco villa
G	16	marcos
G	16384	marcos juárez
G	8	marcos lm600 162
G	1	marcos ondruska
G	16384	marcq - en - barœul
G	16384	marcq-en-barœul
G	16	marcus
G	1	marcus gronholm
G	1	marcus o'sullivan
G	1	marcus wills
G	16	marcy
G	16384	mardakan
G	16384	mardan
G	16384	mardin
G	16384	marechal cândido rondon
G	16384	marechal deodoro
G	1	marek citko
G	16384	marfil
G	16384	margahayukencana
G	16	margaret
G	1	margaret crowley
G	1	margaret mccullough
G	32768	margaret thatcher
G	16	margarette
G	16	margarida
G	16	margarita
G	16384	margasari
G	16384	margate
G	16	marge
G	16	margery
G	16384	margherita
G	16	margie
G	1	margit borg
G	16	margo
G	16	margot
G	16	margret
G	1	margret crowley
G	16	margrette
G	16	marguerite
G	16384	marhaura
G	16400	mari
G	256	mari el
G	16	maria
G	1	maria antonio sanchez lorenzo
G	1	maria jose gaidano
G	1	maria marco
G	1	maria mutola
G	1	maria szabo
G	32768	maria zakharova
G	1	mariaan de swardt
G	1	mariacarla bresciani
G	16	mariah
G	16384	marialva
G	16	mariam
G	16	mariamawit
G	16	mariami
G	16	marian
G	16400	mariana
G	16	mariane
G	32	mariani
G	16	marianna
G	16	marianne
G	1	marianne werdel witmeyer
G	16400	mariano
G	16384	mariano comense
G	1	mariano friedick
G	1	mariano juan
G	16384	mariano roque alonso
G	16384	mariara
G	16	maribel
G	16450	maribor
G	32	maric
G	16384	maricopa
G	16384	maricá
G	16	marie
G	1	marie-jose perec
G	16384	mariel
G	16	mariela
G	16	mariella
G	16384	mariendorf
G	16384	marienfelde
G	16384	marienthal
G	16384	mariestad
G	16384	marietta
G	16384	marigliano
G	16384	marignane
G	16384	mariinsk
G	16	marija
G	16384	marijampolė
G	16384	marilao
G	16	marilyn
G	32	marin
G	16400	marina
G	1	marina andrievskaqya
G	16384	marina di ardea - tor san lorenzo
G	16384	marina di ardea-tor san lorenzo
G	16384	marina di carrara
G	16384	marina di massa
G	1	marina trandenkova
G	1	marina volkova
G	32768	marine le pen
G	1	mariner darren bragg
G	4	mariners
G	16384	mariners harbor
G	4	marines
G	16384	maringá
G	16384	marinha grande
G	16384	marinilla
G	16416	marino
G	262160	mario
G	1	mario basler
G	1	mario covas
G	1	mario jardel
G	1	mario stieglmair
G	16400	marion
G	4	marion county board of education
G	16	marios
G	16	maris
G	16	marisa
G	16	marisol
G	16	marissa
G	16	maritza
G	2113536	mariupol
G	16	marius
G	1	mariusz
G	16384	mariveles
G	16384	mariāhu
G	16384	mariāni
G	16	marjorie
G	524305	mark
G	1	mark acre
G	1	mark brooks
G	1	mark cairns
G	1	mark chaloner
G	1	mark davis
G	1	mark dekker
G	1	mark dutroux
G	1	mark ealham
G	1	mark gildea
G	1	mark gleeson
G	1	mark hodges
G	1	mark hutton
G	1	mark ilott
G	1	mark kennedy
G	1	mark knowles
G	1	mark mcnulty
G	1	mark mouland
G	1	mark o'meara
G	1	mark pembridge
G	1	mark petkovsek
G	1	mark philippoussis
G	1	mark prescott
G	1	mark richardson
G	1	mark roe
G	1	mark rutherford
G	1	mark spitz
G	1	mark thompson
G	1	mark trevelyan
G	1	mark waugh
G	1	mark wolf
G	1	mark woodforde
G	16384	marka
G	16384	markala
G	16384	markaz - e woluswalī - ye āchīn
G	16384	markaz-e woluswalī-ye āchīn
G	16	markel
G	16384	market harborough
G	1	markgraaff
G	16640	markham
G	16384	marki
G	16384	markkleeberg
G	16	marko
G	16	markos
G	2048	markov
G	16384	markova
G	32	markovic
G	16384	marks
G	16384	marktoberdorf
G	16384	marktredwitz
G	16	markus
G	1	markus babbel
G	1	markus feldhoff
G	16384	marl
G	16	marla
G	16384	marlboro
G	16384	marlborough
G	16	marlena
G	16	marlene
G	1	marlene thomsen
G	16	marlin
G	4	marlins
G	16	marlo
G	16	marlon
G	16384	marlow
G	16384	marly - le - roi
G	16384	marly-le-roi
G	16384	marmande
G	16384	marmaris
G	16384	marneuli
G	16	marnie
G	16384	maroantsetra
G	16384	marolambo
G	16384	marondera
G	4	maronite
G	16384	maroochydore
G	16384	maros
G	16384	maroua
G	16384	maroubra
G	16384	marovoay
G	16384	maroúsi
G	16384	marple
G	32	marques
G	16384	marquette
G	16	marquis
G	16452	marrakesh
G	16384	marratxí
G	16384	marrero
G	16384	marrickville
G	1	marriner
G	32	marroquin
G	16384	marsabit
G	16384	marsala
G	16384	marsberg
G	16452	marseille
G	16	marsha
G	16	marshal
G	16400	marshall
G	128	marshall islands
G	16384	marshalltown
G	16384	marshfield
G	16	marta
G	1	marta fajardo
G	16384	martaban
G	16384	martapura
G	16384	marte
G	1	martens
G	16	martha
G	16384	martha lake
G	16	marti
G	16384	martigues
G	16384	martil
G	16	martim
G	16401	martin
G	1	martin ayres
G	1	martin brooks
G	1	martin brundle
G	1	martin damm
G	1	martin erdmann
G	1	martin gates
G	1	martin heath
G	1	martin keino
G	1	martin max
G	1	martin stenning
G	1	martin wolk
G	16	martina
G	16384	martina franca
G	1	martina hingis
G	16	martine
G	16417	martinez
G	128	martinique
G	32	martins
G	16384	martinsburg
G	16384	martinópolis
G	16384	martorell
G	16384	martos
G	16	marty
G	1	marty cordova
G	1	marty jemison
G	1	marty nothstein
G	16384	martínez de la torre
G	4	marubeni
G	16384	marudi
G	16384	marugame
G	16384	marumori
G	16384	maruoka
G	1	maruyama
G	16384	marvdasht
G	16	marvin
G	16	marwa
G	1	marwan muasher
G	32768	marx
G	65544	marxist
G	65536	marxists
G	16400	mary
G	1	mary batchelor
G	1	mary joe fernandez
G	1	mary onyali
G	1	mary pierce
G	16	maryam
G	16	maryan
G	16	maryann
G	16	marybeth
G	16385	maryborough
G	16	maryjane
G	524544	maryland
G	16384	maryland city
G	16384	maryland heights
G	16	marylou
G	16384	marysville
G	16384	maryvale
G	16384	maryville
G	16384	marzahn
G	16384	maría la baja
G	16384	marília
G	16384	marín
G	16384	marīvān
G	16384	masaka
G	16384	masaki - chō
G	16384	masaki-chō
G	16384	masallātah
G	16384	masan
G	1	masanaga shiohara
G	16384	masantol
G	16384	masasi
G	16384	masatepe
G	16384	masaurhi buzurg
G	16384	masaya
G	1	masayoshi takemura
G	16384	masbate
G	16384	mascalucia
G	16384	mascara
G	16384	mascot
G	16384	mascote
G	16384	mascouche
G	16384	maseru
G	16448	mashhad
G	16384	mashiko
G	16384	mashtūl as sūq
G	16384	masina
G	16384	masindi
G	16384	masinloc
G	16384	masis
G	16384	masjed soleymān
G	1	maskhadov
G	1	maslova
G	18432	mason
G	16384	mason city
G	1	masood
G	16	masoud
G	16	masoumeh
G	16384	maspalomas
G	16384	maspeth
G	2	mass
G	16384	massa
G	258	massachusetts
G	4	massachusetts association of realtors
G	16384	massafra
G	16384	massaguet
G	16384	massakory
G	16384	massamagrell
G	16384	massamá
G	16384	massapequa
G	16384	massapequa park
G	16384	massawa
G	1	masserigne ndiaye
G	16384	massillon
G	1	massoud barzani
G	1	massoud rajavi
G	16384	massy
G	1	masterkova
G	16384	masterton
G	16384	mastic
G	16384	mastung
G	16384	masuda
G	16384	masumbwe
G	16384	masvingo
G	16384	maswa
G	16384	mata de são joão
G	2048	mata hari
G	16384	matadi
G	16386	matagalpa
G	4	matahari
G	16384	matai
G	16384	matale
G	16384	matam
G	16384	matamey
G	16384	matamoros
G	16384	matanzas
G	16384	matara
G	16384	mataram
G	16384	mataró
G	1	mate granic
G	16384	matehuala
G	32	matei
G	16	matej
G	16	mateo
G	16384	matera
G	16384	mateur
G	16384	mateus leme
G	16384	mathba
G	16	matheus
G	16	mathew
G	16	mathias
G	1	mathias ntawulikura
G	16	mathieu
G	16	mathilde
G	16	mathis
G	16384	mathura
G	16384	mati
G	16384	matiari
G	16	matias
G	32	matic
G	16	matilda
G	16	matilde
G	16384	matiri
G	16384	matli
G	16384	matola
G	1	matos
G	16384	matosinhos
G	16384	matoury
G	16384	matozinhos
G	16384	matriz de camaragibe
G	1	mats
G	1	mats lanner
G	1	mats wilander
G	16384	matsubara
G	16384	matsubase
G	16384	matsudo
G	16384	matsue
G	16416	matsumoto
G	16384	matsushima
G	16384	matsutō
G	16384	matsuyama
G	16	matt
G	1	matt lawton
G	1	matt stairs
G	1	matt windows
G	16384	mattanur
G	512	mattel
G	16	matteo
G	16384	matteson
G	16	matthew
G	1	matthew maynard
G	1	matthew pinsent
G	16416	matthews
G	16	matthias
G	1	matthias sammer
G	16	matti
G	16	mattia
G	16	mattias
G	16	mattie
G	16384	mattoon
G	16	matty
G	16384	matui
G	16384	maturín
G	16	matus
G	2	matuzici
G	16384	matveyevskoye
G	16	matyas
G	16384	matão
G	16384	matías romero
G	16384	mau
G	16384	mau aimma
G	16384	mauban
G	16384	maubara
G	16384	maubeuge
G	16384	maubin
G	16	maud
G	16384	maudaha
G	16	maude
G	16384	mauganj
G	16384	mauguio
G	16384	maulavi bāzār
G	16384	mauldin
G	16384	maumelle
G	16384	maumere
G	16384	maun
G	16384	maur
G	16	maura
G	16	maureen
G	1	maureen carey
G	1	maureen garrity
G	16384	maurepas
G	16	maurice
G	16	mauricio
G	1	mauricio hadad
G	130	mauritania
G	8	mauritian
G	130	mauritius
G	1	maurizio fondriest
G	16384	mauá
G	16384	maués
G	16	mavis
G	16384	mavoor
G	16384	mawlaik
G	16384	mawlamyine
G	16384	mawlamyinegyunn
G	16384	mawāna
G	1	max
G	1	max anglert
G	1	max delbruck
G	1	max marriner
G	1	max sciandri
G	1	max van heeswijk
G	16	maxime
G	16	maximilian
G	16	maximiliano
G	16	maxina
G	16	maxine
G	16384	maxixe
G	16	maxwell
G	524288	may
G	16384	may pen
G	2048	maya angelou
G	16384	mayagüez
G	16384	mayahi
G	16	maybell
G	16384	mayen
G	16384	mayenne
G	32	mayer
G	1	mayfair
G	1	mayfiar
G	16384	mayfield heights
G	16384	mayiladuthurai
G	16384	maykop
G	16384	mayma
G	16384	maymana
G	4096	mayor
G	1	mayor antonio gonzalez garcia
G	128	mayotte
G	32	mayr
G	16	mayra
G	16	maysoun
G	16384	maywood
G	16384	mayāng imphāl
G	16384	mazabuka
G	16384	mazara del vallo
G	16384	mazargues
G	16384	mazarrón
G	16384	mazatenango
G	16384	mazatlan
G	16384	mazatlán
G	512	mazda
G	16384	mazeikiai
G	16	mazie
G	16384	mazinde
G	16384	mazouna
G	16384	mazyr
G	16384	mazār - e sharīf
G	16384	mazār-e sharīf
G	16384	maó
G	16384	maştağa
G	16384	maşyāf
G	16384	maţāy
G	16384	mbabane
G	16384	mbaké
G	16384	mbala
G	16384	mbale
G	16384	mbalmayo
G	540672	mbandaka
G	16384	mbandjok
G	16384	mbanga
G	16384	mbanza - ngungu
G	16384	mbanza kongo
G	16384	mbanza-ngungu
G	16384	mbarara
G	16384	mbaïki
G	16384	mbeya
G	16384	mbinga
G	16384	mbouda
G	16384	mboursou léré
G	16384	mbuguni
G	16384	mbuji - mayi
G	16384	mbuji-mayi
G	16384	mcalester
G	16384	mcallen
G	4	mcc
G	262144	mccabe
G	524288	mccarrick
G	37	mccarthy
G	294912	mcconnell
G	1	mccullough
G	1	mccurry
G	512	mcdonalds
G	16384	mcdonough
G	1	mcewen
G	524288	mcgill
G	1	mcgrath
G	1	mcgriff
G	16384	mchenry
G	16384	mchinji
G	16384	mckeesport
G	16	mckenzie
G	16384	mckinley park
G	16384	mckinleyville
G	16384	mckinney
G	4	mclaren
G	8	mclaren fi gtr
G	32	mclaughlin
G	16416	mclean
G	1	mcmanaman
G	16384	mcminnville
G	1	mcrae
G	262144	mcvay
G	4	mds
G	16384	mead valley
G	16384	meadow woods
G	16384	meadowbrook
G	256	meadowlands
G	16384	meads
G	16	meagan
G	262144	means
G	16384	meaux
G	16450	mecca
G	16384	mechanicsville
G	16388	mechelen
G	16384	mechernich
G	16384	mechraa bel ksiri
G	16384	meckenheim
G	2	med
G	16384	meda
G	16384	medak
G	16448	medan
G	16384	medeiros neto
G	66	medellin
G	16384	medellín
G	16384	medemblik
G	16384	medenine
G	16384	medford
G	16384	medgidia
G	16384	media luna
G	16384	medianeira
G	4	mediaset
G	16384	mediaş
G	520	medicaid
G	520	medicare
G	16384	medicine hat
G	16448	medina
G	16384	medina del campo
G	16384	medina estates
G	16384	medinīpur
G	8	mediterranean
G	16384	medjez el bab
G	16384	mednogorsk
G	1048576	meduza
G	32769	medvedev
G	16384	medvedevo
G	16384	medvedovskaya
G	16384	meerane
G	16384	meerbusch
G	16384	meerut
G	8	mees
G	16384	meftah
G	16	meg
G	16	megan
G	16384	megarine
G	1	megawati
G	1	megawati sukarnoputri
G	256	meghalaya
G	16	meghan
G	1	meghann shaughnessy
G	16384	megion
G	16384	mehar
G	16	mehdi
G	16384	mehdia daira de meghila
G	16384	mehekar
G	16384	mehendiganj
G	16384	mehlville
G	32	mehmedovic
G	16	mehmet
G	1	mehmet scholl
G	32	mehmeti
G	16384	mehndāwal
G	16384	mehrabpur
G	1	mehrtens
G	16384	mehtar lām
G	16	mei
G	16384	meiderich
G	16384	meidling
G	32	meier
G	16384	meihekou
G	32	meijer
G	16384	meiktila
G	16384	meinerzhagen
G	16384	meiningen
G	16384	meise
G	16384	meissen
G	16384	meizhou
G	32	mejia
G	16384	mejicanos
G	16384	mejorada del campo
G	16384	mek'ele
G	16384	mekla
G	4	meknes
G	16384	meknès
G	256	mekong
G	16	mel
G	16	melanie
G	1	melanie cheary
G	1	melanie schnell
G	16384	melati
G	540742	melbourne
G	16384	melbourne city centre
G	16384	melchor ocampo
G	16384	melegnano
G	16384	melenki
G	16384	meleuz
G	16384	melgar
G	16384	melilla
G	16	melina
G	16	melinda
G	16384	melipilla
G	16	melisa
G	17	melissa
G	1	melissa russo
G	16384	melito di napoli
G	16384	melitopol
G	16384	melksham
G	16384	melle
G	16	mellisa
G	16384	mellunkylä
G	32	melnyk
G	16416	melo
G	16	melokuhle
G	16384	melong
G	32768	meloni
G	16384	melouza
G	16384	melrose
G	16384	melrose park
G	16384	melton mowbray
G	16384	melton west
G	1	meluawati
G	16384	melun
G	16384	melur
G	16384	melville
G	16	melvin
G	1	melvin nieves
G	16384	melzo
G	16384	melíssia
G	16384	memmingen
G	8	memoires d'outre tombe
G	16448	memphis
G	512	memphis grizzlies
G	16384	memāri
G	16384	menasha
G	16384	mendaha
G	16384	mendarda
G	16384	mendefera
G	16384	mendeleyevsk
G	16384	menden
G	16384	menderes
G	16416	mendes
G	32	mendez
G	16384	mendez - nuñez
G	16384	mendez-nuñez
G	16384	mendi
G	16384	mendip
G	16448	mendoza
G	16384	mendī
G	16384	menemen
G	16384	meneméni
G	16384	menen
G	16384	mengcheng chengguanzhen
G	16384	mengyin
G	16384	menifee
G	16386	menlo park
G	16384	mennzel bou zelfa
G	16384	menomonee falls
G	16384	menomonie
G	16384	menongue
G	65536	menshevik
G	65536	mensheviks
G	16384	mentana
G	16384	mentekab
G	4	mentmore
G	4	mentmore abbey
G	16384	menton
G	16384	mentor
G	16384	mentougou
G	16384	menuma
G	16384	menzel abderhaman
G	16384	menzel bourguiba
G	16384	menzel jemil
G	16384	menzelinsk
G	16384	meoqui
G	16384	meppel
G	16384	meppen
G	16384	mequon
G	16384	merano
G	4	mercantile & general
G	16384	merced
G	16384	mercedes
G	512	mercedes benz
G	16384	mercer island
G	16384	mercerville - hamilton square
G	16384	mercerville-hamilton square
G	32	mercier
G	16	meredith
G	1	meredith mcgrath
G	16384	merefa
G	16384	merelani
G	16384	merelbeke
G	16384	merenwijk
G	1	meri
G	16384	meriden
G	16384	meridian
G	16	meriem
G	16	merissa
G	16	merjem
G	16384	merke
G	294912	merkel
G	16384	merkezefendi
G	16	merle
G	1	merlene ottey
G	2048	merlin
G	16384	merlo
G	16384	mermoz boabab
G	16384	mernda
G	16	meron
G	16384	merouana
G	16384	merrick
G	16384	merrifield
G	16	merrill
G	4	merrill lynch
G	16384	merrillville
G	16384	merrimack
G	4	merrion insurance company inc
G	16384	merritt island
G	16384	merrylands
G	16384	mers el kebir
G	16384	mersa matruh
G	16384	merseburg
G	16384	mersin
G	16384	mersing
G	16384	merta
G	16384	merter keresteciler
G	16384	merthyr tydfil
G	16384	mertoyudan
G	16384	meru
G	16	mervin
G	16	mervyn
G	16	meryem
G	16	meryl
G	16384	merzifon
G	16384	merzig
G	540672	mesa
G	16384	mesagne
G	16384	meschede
G	16384	meskiana
G	16384	mesquite
G	16384	messaad
G	32	messi
G	2048	messiaen
G	32	messier
G	16448	messina
G	4096	messrs
G	16384	mestre
G	1048576	meta
G	16384	metahāra
G	16384	metairie
G	16384	metairie terrace
G	512	metallica
G	16384	metallostroy
G	4	metalurg
G	4	metalurg zaporizhya
G	16384	metamórfosi
G	16384	metapán
G	16384	metepec
G	16384	methuen
G	16384	metlaoui
G	16384	metlili chaamba
G	16388	metro
G	4	metro holdings
G	16384	metrogorodok
G	2	metropolitan museum
G	4	metrostav
G	516	mets
G	1	mette bergmann
G	16384	mettmann
G	16384	mettupalayam
G	16384	mettur
G	16384	metu
G	16388	metz
G	16384	metzingen
G	16384	meudon
G	16384	meulaboh
G	16384	mevasseret ẕiyyon
G	16384	mexborough
G	16384	mexicali
G	9216	mexican
G	4	mexican army
G	1024	mexicans
G	540802	mexico
G	16386	mexico city
G	16384	meybod
G	16384	meycauayan
G	32	meyer
G	32	meyers
G	16384	meylan
G	16384	meyrin
G	16384	meyzieu
G	16384	mezcales
G	16384	mezgor'e
G	16384	mezhdurechensk
G	16384	mezőkövesd
G	16384	mezőtúr
G	16384	meïganga
G	4	mfs
G	4	mfs communications co inc
G	4	mg-technogym
G	16384	mgandu
G	262144	mgm
G	16384	mhango
G	2	mhow
G	16384	mhāsvād
G	8	mi-17
G	17	mia
G	16384	miahuatlán de porfirio díaz
G	16450	miami
G	16384	miami beach
G	512	miami dolphins
G	16384	miami gardens
G	512	miami heat
G	4	miami herald
G	16384	miami lakes
G	512	miami marlins
G	16384	miamisburg
G	16384	mian channun
G	16384	miandrarivo
G	16384	miandrivazo
G	16384	mianke mor
G	16384	miano
G	16384	mianwali
G	16384	mianyang
G	16384	miass
G	16384	mibu
G	16	micaela
G	16	micah
G	2	mich
G	17	michael
G	1	michael andersson
G	1	michael astrue
G	1	michael atherton
G	1	michael barton
G	1	michael bevan
G	1	michael campbell
G	1	michael chang
G	1	michael conlon
G	1	michael doohan
G	1	michael faust
G	1	michael hubner
G	1	michael johnson
G	1	michael jones
G	1	michael jonzon
G	1	michael joyce
G	1	michael marsh
G	1	michael mollenbeck
G	1	michael penrose
G	1	michael perelstein
G	1	michael posner
G	1	michael reiziger
G	1	michael sandstod
G	1	michael schumacher
G	1	michael slater
G	1	michael stich
G	1	michael stroud
G	1	michael tebbutt
G	1	michael tucker
G	1	michael van der wolf
G	16	michaela
G	16	michal
G	16384	michalovce
G	16	micheal
G	16	michel
G	1	michel bourlet
G	1	michel zanoli
G	16	michele
G	1	michele bartoli
G	1	michele buiatti
G	1	michele fanton
G	512	michelin
G	16	michelle
G	1	michelle ferris
G	1	michelle freeman
G	1	michelle harper
G	1	michelle martin
G	16384	michelstadt
G	258	michigan
G	16386	michigan city
G	256	michoacan
G	16384	michurinsk
G	16	mick
G	1	mick mccarthy
G	1	mickelson
G	16	mickey
G	1	mickey cochrane
G	16	micky
G	32	micrachi
G	128	micronesia
G	128	micronesia , federated states of
G	516	microsoft
G	4	microsoft corp.
G	4	mid-east minerals ltd
G	8	mid-norway
G	16384	middelburg
G	16384	middelharnis
G	16384	middelkerke
G	2	middle
G	2	middle east
G	8	middle east economic survey
G	2	middle east gulf
G	2	middle kingdom
G	16384	middle river
G	16384	middle village
G	16384	middleborough
G	16384	middleburg heights
G	16388	middlesbrough
G	4	middlesex
G	16384	middleton
G	16384	middletown
G	2	mideast
G	2	mideast gulf
G	16384	midelt
G	16384	midland
G	256	midlands
G	16384	midlothian
G	16	midori
G	16384	midoun
G	16384	midrand
G	16384	midsayap
G	16384	midstream
G	256	midtown
G	16384	midvale
G	16384	midway
G	2	midwest
G	16384	midwest city
G	16384	midyat
G	16384	mielec
G	16384	miercurea - ciuc
G	16384	miercurea-ciuc
G	16384	mieres
G	8	mig-19
G	16384	migori
G	16	miguel
G	1	miguel angel jimenez
G	1	miguel angel martin
G	16384	miguel hidalgo
G	16384	miguel pereira
G	16384	miguelópolis
G	16	mihai
G	16384	mihara
G	16384	miharu
G	32	mihhailov
G	16384	mihona
G	16384	mijas
G	16384	mijdrecht
G	16	mika
G	1	mika hakkinen
G	1	mika salo
G	1	mikael tillstrom
G	16	mikaela
G	16	mikaere
G	17	mike
G	1	mike atherton
G	1	mike clayton
G	1	mike devereaux
G	1	mike gatting
G	1	mike mccurry
G	32768	mike pence
G	1	mike piazza
G	32768	mike pompeo
G	1	mike stanley
G	1	mike williams
G	16	mikel
G	16	mikhail
G	32768	mikhail gorbachev
G	16384	mikhalkovo
G	16384	mikhaylovka
G	16384	mikhaylovsk
G	16384	miki
G	16384	mikkeli
G	32	mikkelsen
G	16	mikolaj
G	16384	mikołów
G	16384	mikumi
G	16384	mikuni
G	16400	mila
G	1	miladin
G	1	miladin becanovic
G	16384	milagro
G	16	milagros
G	16384	milak
G	16454	milan
G	1	milan kucan
G	16384	milanówek
G	16384	milas
G	16384	milazzo
G	16	mildred
G	16384	mildura
G	16	milena
G	1	milenko kovasevic
G	1	miles kan
G	1	miles tunnicliff
G	16384	milford
G	16384	milford mill
G	16	milhouse
G	16	milica
G	16384	mililani town
G	1	milinko pantic
G	4	military college
G	1	miljenko mumler
G	16384	mill creek
G	16384	mill creek east
G	16384	mill park
G	16384	millau
G	16384	millbrae
G	16384	millbrook
G	16384	millcreek
G	16384	milledgeville
G	32	miller
G	16384	millerovo
G	16	millicent
G	16	millie
G	256	millington
G	9	millns
G	16384	millville
G	4	millwall
G	16	milly
G	16	milo
G	16	milos
G	32801	milosevic
G	16384	milpa alta
G	16384	milpitas
G	1	miltiadis evert
G	16400	milton
G	16384	milton keynes
G	16454	milwaukee
G	516	milwaukee brewers
G	512	milwaukee bucks
G	16384	milwaukie
G	16384	mimarsinan
G	16	mimi
G	16	mina
G	16384	minakuchichō - matoba
G	16384	minakuchichō-matoba
G	16384	minamata
G	16384	minamirinkan
G	4	minardi
G	16384	minas
G	16384	minas de marcona
G	16384	minas de matahambre
G	256	minas gerais
G	16384	minatitlán
G	16400	minato
G	16384	minaçu
G	16384	minbu
G	16384	minchianabad
G	1	mind games
G	16384	mindelo
G	16384	minden
G	16	mindy
G	16384	mineiros
G	16	minenhle
G	16384	mineola
G	16384	mineralnye vody
G	16	minerva
G	4	ming pao daily news
G	16384	mingelchaur
G	16384	minggang
G	16384	mingguang
G	16384	minglanilla
G	16384	mingora
G	16384	mingshui
G	16384	mingyue
G	16	minh
G	16	minik
G	4096	minister
G	262144	ministry
G	4	ministry of commerce
G	4	ministry of finance
G	4	ministry of petroleum and minerals
G	258	minn
G	16384	minna
G	16386	minneapolis
G	524550	minnesota
G	512	minnesota timberwolves
G	516	minnesota twins
G	512	minnesota vikings
G	16386	minnetonka
G	16384	minnetonka mills
G	16	minnie
G	16384	mino
G	16384	minokamo
G	4	minorco
G	16384	minot
G	16448	minsk
G	16384	mint hill
G	16384	minturno
G	16384	minusinsk
G	2	minutka square
G	16384	minyat an naşr
G	16384	minzhu
G	16384	mioveni
G	1	mir zaman gul
G	16	mira
G	16384	mira mesa
G	16384	mira taglio
G	16384	mirabel
G	16384	miracema
G	16384	miracema do tocantins
G	16384	miragoâne
G	16	miral
G	16384	miramar
G	16384	miramas
G	16384	miramichi
G	16400	miranda
G	16384	miranda de ebro
G	2048	miranda july
G	16384	mirandola
G	16384	mirandopólis
G	16384	mirano
G	16384	mirfield
G	1	mirhunisa komarica
G	16384	miri
G	16	miriam
G	1	miriam oremans
G	16384	miriālgūda
G	16	mirlande
G	16384	mirny
G	16384	mirnyy
G	1	miron cozma
G	4	mironivka
G	4	mironivka wheat institute
G	1	miroslav bak
G	16384	mirpur khas
G	16384	mirpur mathelo
G	16384	mirriah
G	16384	miryang
G	16384	mirzāpur
G	1	misael valerio
G	16384	misantla
G	16384	misawa
G	16384	mishan
G	16384	mishawaka
G	16384	mishima
G	16384	misilmeri
G	16448	miskolc
G	16384	mislata
G	16384	misrikh
G	8	miss poland
G	8	miss universe
G	4	miss universe inc
G	4	miss universe inc.
G	4	miss venezuela organisation
G	16392	mission
G	8	mission : impossible
G	16384	mission bend
G	16384	mission district
G	16384	mission viejo
G	4	missionaries of charity
G	16448	mississauga
G	258	mississippi
G	16384	missoula
G	524546	missouri
G	16384	missouri city
G	2	mister baileys
G	16384	misterbianco
G	16384	misungwi
G	4	mit
G	16384	mitake
G	512	mitas
G	16	mitch
G	16384	mitcham
G	16401	mitchell
G	16384	mitha tiwana
G	16384	mithi
G	16384	mito
G	16384	mitras poniente
G	16384	mitrovicë
G	16384	mitry - mory
G	16384	mitry-mory
G	516	mitsubishi
G	4	mitsubishi gas chemical co ltd
G	8	mitsubishi lancer
G	4	mitsui
G	16384	mitsukaidō
G	16384	mitsuke
G	2048	mitt romney
G	16384	mitte
G	16384	mittweida
G	16384	mityana
G	16	mitzi
G	16384	miura
G	16384	mixco
G	16384	mixquiahuala de juarez
G	16384	miyako
G	16384	miyakonojō
G	16384	miyang
G	16	miyar
G	16384	miyata
G	16384	miyazaki
G	16384	miyazu
G	16384	miyoshi
G	16384	mizdah
G	16384	mizhou
G	16384	mizil
G	256	mizoram
G	16384	mizque
G	16384	mizunami
G	16384	mizusawa
G	16384	międzyrzec podlaski
G	16384	międzyrzecz
G	16384	mińsk mazowiecki
G	16384	mişrātah
G	16384	mkuranga
G	32768	mladic
G	4	mladost ( bj )
G	4	mladost ( l )
G	16384	mladá boleslav
G	16384	mlalo
G	16384	mlandizi
G	16384	mlangali
G	512	mlb
G	16384	mlimba
G	4096	mlle
G	16384	mlonggo
G	16384	mlowo
G	16384	mmabatho
G	4096	mme
G	2	mo
G	16384	mo i rana
G	1	mo vaughn
G	16384	moa
G	16384	moabit
G	1	moada
G	16384	moanda
G	16384	moaña
G	16384	mobara
G	16384	mobaye
G	512	mobil
G	16384	mobile
G	16	mobina
G	1	mobutu
G	1	mobutu sese seko
G	2048	moby
G	16384	moca
G	16384	mocajuba
G	16384	moche
G	16384	mochudi
G	16384	mocoa
G	16384	mococa
G	16384	mocímboa
G	16384	modakeke
G	16384	modena
G	16384	modesto
G	32768	modi
G	16	modibo
G	16384	modica
G	16384	modiin ilit
G	16384	modimolle
G	16384	modugno
G	16384	modāsa
G	16384	modřany
G	16	moe
G	1	moeller
G	2	moengo
G	16384	moers
G	4	mof
G	16384	moga
G	16448	mogadishu
G	16384	mogi das cruzes
G	16384	mogi guaçu
G	16384	mogi mirim
G	16384	mogliano veneto
G	16384	mogoditshane
G	16384	mogok
G	16384	moguer
G	16384	mogán
G	4	mohajir national movement
G	16386	mohali
G	16	mohamad
G	16	mohamed
G	1	mohamed abu liwaya
G	1	mohamed ali khalfallah
G	1	mohamed azharuddin
G	1	mohamed fahim rayyan
G	1	mohamed moada
G	1	mohamed zejjari
G	16	mohammad
G	1	mohammad akam
G	1	mohammad akram
G	1	mohammad dahman
G	17	mohammed
G	1	mohammed azharuddin
G	1	mohammed saleh
G	16388	mohammedia
G	32	mohan
G	4	mohib textile mills
G	16384	mohr
G	16384	mohyliv - podilskyi
G	16384	mohyliv-podilskyi
G	16384	mohács
G	1	moin
G	1	moin khan
G	16384	moineşti
G	16	moira
G	1	moira lynch
G	16384	moirāng
G	16	moises
G	16384	moissy - cramayel
G	16384	moissy-cramayel
G	16384	moita
G	16384	mojo
G	16384	mojoagung
G	16384	mojokerto
G	16384	moju
G	16384	mokameh
G	16384	mokena
G	1	mokhoff
G	16384	mokokchūng
G	16384	mokolo
G	16384	mokopane
G	16384	mokotów
G	16384	mokpo
G	16384	mokwa
G	16384	mol
G	16384	mola di bari
G	1	molata
G	16384	molave
G	16388	molde
G	130	moldova
G	128	moldova , republic of
G	65536	moldovan
G	65536	moldovans
G	4	molenbeek
G	16384	molepolole
G	16384	molfetta
G	2048	moliere
G	16416	molina
G	16384	molina de segura
G	16384	moline
G	16384	molins de rei
G	16384	mollendo
G	32	moller
G	16384	mollet del vallès
G	16	mollie
G	16	molly
G	16384	molo
G	16384	mombasa
G	16384	mombaça
G	16384	mombetsu
G	16384	momostenango
G	16384	mompós
G	16384	mon
G	16384	mon repos
G	16	mona
G	16518	monaco
G	16384	monastir
G	16384	moncada
G	16384	moncalieri
G	16384	monchegorsk
G	16384	moncloa - aravaca
G	16384	moncloa-aravaca
G	16384	monclova
G	16384	moncton
G	16384	mondlo
G	16384	mondovì
G	16384	mondragone
G	2048	monet
G	16384	monfalcone
G	16384	monforte de lemos
G	16384	mongaguá
G	16384	monghyr
G	16384	mongo
G	130	mongolia
G	1024	mongolian
G	1024	mongolians
G	16384	mongu
G	16384	monguno
G	16384	monheim am rhein
G	16	monica
G	1	monica seles
G	16	monika
G	16384	monino
G	16	monique
G	16384	monkayo
G	16384	monoharpur
G	16384	monopoli
G	16384	monor
G	16384	monreale
G	16416	monroe
G	16384	monroeville
G	16386	monrovia
G	16384	mons
G	16384	mons - en - barœul
G	1	mons ivar mjelde
G	16384	mons-en-barœul
G	16896	monsanto
G	16384	monsefú
G	16384	monselice
G	16384	monserrato
G	16384	monsey
G	4	monstrose
G	16384	mont - de - marsan
G	16384	mont - dore
G	16384	mont - royal
G	16384	mont - saint - aignan
G	16384	mont - saint - hilaire
G	16384	mont-de-marsan
G	16384	mont-dore
G	16384	mont-royal
G	16384	mont-saint-aignan
G	16384	mont-saint-hilaire
G	2	mont-sur-marchienne
G	16384	montagu
G	16384	montalvo
G	16642	montana
G	16384	montargis
G	16384	montauban
G	16384	montbrison
G	16384	montbéliard
G	16384	montcada i reixac
G	16384	montceau - les - mines
G	16384	montceau-les-mines
G	16384	montclair
G	16	monte
G	16384	monte - carlo
G	16384	monte alegre
G	16384	monte alto
G	2	monte aperto
G	16384	monte aprazível
G	16384	monte azul paulista
G	2	monte carlo
G	16384	monte carmelo
G	16384	monte caseros
G	16384	monte estoril
G	16384	monte llano
G	16384	monte mor
G	16384	monte plata
G	16384	monte santo de minas
G	16384	monte-carlo
G	16384	montebello
G	16384	montebelluna
G	16384	montecalvario
G	16384	montecanal
G	16384	montecarlo
G	16384	montecatini - terme
G	16384	montecatini-terme
G	16384	montecchio maggiore - alte ceccato
G	16384	montecchio maggiore-alte ceccato
G	16384	montecristi
G	16384	montego bay
G	16384	monteiro
G	16384	montelíbano
G	16384	montemurlo
G	65544	montenegrin
G	65536	montenegrins
G	16514	montenegro
G	16384	montepuez
G	16384	montereau - fault - yonne
G	16384	montereau-fault-yonne
G	16386	monterey
G	16384	monterey park
G	16384	montero
G	16384	monteros
G	16384	monterotondo
G	16388	monterrey
G	16384	monterusciello
G	16384	montería
G	16384	montes claros
G	16384	montesilvano marina
G	16384	montesson
G	16384	montevarchi
G	16448	montevideo
G	16384	montfermeil
G	16384	montgeron
G	1	montgomerie
G	16418	montgomery
G	16384	montgomery village
G	16384	monthey
G	16384	montichiari
G	16384	montigny - le - bretonneux
G	16384	montigny - lès - cormeilles
G	16384	montigny - lès - metz
G	16384	montigny-le-bretonneux
G	16384	montigny-lès-cormeilles
G	16384	montigny-lès-metz
G	16384	montijo
G	16384	montilla
G	16384	montivilliers
G	16384	montluçon
G	16384	montmorency
G	16384	montornès del vallès
G	2	montpelier
G	16452	montpellier
G	70	montreal
G	4	montreal expos
G	512	montreal impact
G	16384	montreuil
G	16384	montreux
G	16388	montrose
G	16384	montrouge
G	16384	montréal
G	130	montserrat
G	8	montserratians
G	16384	montville center
G	16	monty
G	16384	montélimar
G	16384	monywa
G	16388	monza
G	16384	monze
G	16384	monzón
G	16384	monção
G	4	moody 's
G	4	moody 's investors service
G	512	moody blues
G	16384	mooka
G	16417	moore
G	16384	mooresville
G	16384	moorhead
G	16384	mooroolbark
G	16384	moorpark
G	16384	moosburg
G	16384	moose jaw
G	16384	mopti
G	16384	moquegua
G	16416	mora
G	16384	morada nova
G	16384	moraga
G	16416	morales
G	16384	moram
G	16384	moramanga
G	16384	moratalaz
G	16384	moratuwa
G	4	morav.chemic. zav
G	16384	morayfield
G	16384	morbi
G	16384	morden
G	256	mordovia
G	33	moreau
G	16384	morecambe
G	32	moreira
G	16388	morelia
G	256	morelos
G	16384	morena
G	16384	moreni
G	278560	moreno
G	16384	moreno valley
G	16384	moreton
G	32	moretti
G	16	morgan
G	16384	morgan hill
G	16384	morgan park
G	4	morgan stanley
G	4	morgan stanley and co inc
G	16384	morganton
G	16384	morgantown
G	16416	mori
G	16384	morigaon
G	16384	moriguchi
G	16384	moriki
G	32	morin
G	32	morina
G	16384	morinda
G	2	morinville
G	16384	morioka
G	16	moritz
G	16384	moriya
G	16384	moriyama
G	16384	morlaix
G	16384	morlanwelz - mariemont
G	16384	morlanwelz-mariemont
G	16384	morley
G	16384	mormugao
G	16384	morningside heights
G	16384	mornington
G	16384	moro
G	9216	moroccan
G	1024	moroccans
G	130	morocco
G	16384	morogoro
G	16384	morohongō
G	16384	moroleón
G	16384	morondava
G	16384	morong
G	16384	moroni
G	32	morozov
G	16384	morozovsk
G	16384	morphett vale
G	16384	morrelgonj
G	16384	morrinhos
G	33	morris
G	16384	morris heights
G	16384	morrisania
G	32	morrison
G	2048	morrissey
G	16384	morristown
G	16384	morrisville
G	16384	morro agudo
G	16384	morro do chapéu
G	16384	morsang - sur - orge
G	16384	morsang-sur-orge
G	16384	morshansk
G	16384	morsi
G	32	mortensen
G	16384	morteros
G	16421	morton
G	16384	morton grove
G	16384	mortsel
G	16384	morwa
G	16384	morón
G	16384	morón de la frontera
G	16384	morādābād
G	16384	morār
G	16384	mosbach
G	16384	moscavide e portela
G	540738	moscow
G	4	moscow newsroom
G	1048576	moscow times
G	4	mosenergo
G	32	moser
G	16	moses
G	1	moses kiptanui
G	16384	moses lake
G	16	moshe
G	1	moshe sabag
G	16384	moshi
G	1	mosier
G	16384	moskháton
G	16384	moskovskiy
G	8192	moslem
G	8	moslem arabs
G	8	moslem-croat
G	2	moslem-croat federation
G	8	moslem-led
G	8192	moslems
G	16384	mosman
G	16384	mosonmagyaróvár
G	16384	mosopa
G	16384	mosquera
G	16420	moss
G	4	moss landing marine laboratories
G	16384	mossel bay
G	16384	mossendjo
G	16384	mossoró
G	16384	most
G	8	most valuable player
G	16384	mosta
G	16384	mostaganem
G	16384	mostar
G	4	mostostal
G	4	mostostal z
G	4	mostostal zabrze holding sa
G	16384	mostovskoy
G	16384	mosty
G	16448	mosul
G	16384	motala
G	16384	motegi
G	512	motel 6
G	1	mother
G	2	mother house
G	1	mother teresa
G	16388	motherwell
G	1	mothusi nkgowe
G	16384	mothīhāri
G	512	motley crue
G	16384	motomachi
G	16384	motomiya
G	516	motorola
G	16384	motozintla
G	16384	motril
G	16384	motru
G	16384	mott haven
G	16384	motul
G	16384	mougins
G	16384	mouila
G	16384	moulins
G	16384	moundou
G	16384	mount clemens
G	16384	mount druitt
G	16384	mount eliza
G	16384	mount gambier
G	16384	mount greenwood
G	16384	mount hagen
G	16384	mount isa
G	16384	mount juliet
G	16384	mount laurel
G	16386	mount lebanon
G	16384	mount martha
G	16384	mount pearl
G	16384	mount pleasant
G	16384	mount prospect
G	16384	mount vernon
G	16384	mount waverley
G	2	mount zion missionary baptist church
G	2	mountain
G	16384	mountain brook
G	16386	mountain view
G	16384	mountlake terrace
G	16384	mountsorrel
G	1	moura
G	16388	mouscron
G	17	moussa
G	16384	moussoro
G	16384	moutsamoudou
G	16384	mouzaïa
G	4	movement of socialist democrats
G	1	movladi udugov
G	16384	moyale
G	1	moyer
G	16384	moyo
G	16384	moyobamba
G	16384	moyotzingo
G	8	mozambican
G	130	mozambique
G	32	mozart
G	16384	mozdok
G	16384	mozhaysk
G	16384	mozhga
G	16384	mpanda
G	16384	mpika
G	16384	mpophomeni
G	16384	mpumalanga
G	2	mpumulanga
G	16384	mpwapwa
G	4	mqm
G	528384	mr
G	1	mr clean
G	4096	mr.
G	16384	mranggen
G	8	mri
G	16	mrignayani
G	4096	mrs
G	4096	mrs.
G	16384	mrągowo
G	4096	ms
G	8	ms-nbc news
G	4096	ms.
G	16384	msaken
G	4	msk zilina
G	1048576	msnbc
G	16384	msowero
G	4096	mstr
G	4	msv duisberg
G	4	msv duisburg
G	2	mt
G	16384	mthatha
G	16384	mtinko
G	4	mtk
G	16384	mto wa mbu
G	16384	mtsensk
G	512	mtv
G	16384	mtwango
G	16384	mtwara
G	16384	muan
G	16384	muang không
G	16384	muang phônsavan
G	16384	muang xay
G	16384	muar
G	1	mubarak
G	2048	mubarek
G	16384	mubende
G	16384	mubi
G	16384	muborak
G	16384	mubārakpur
G	16384	much
G	16384	mucumpiz
G	16384	mucur
G	16384	mucuri
G	16384	mudanjiang
G	16384	mudanya
G	16384	muddebihāl
G	16384	mudgal
G	16384	mudhol
G	16384	mudkhed
G	16384	mudon
G	16384	mudu
G	16384	mueang nonthaburi
G	32768	mueller
G	2	muenster
G	16384	mufulira
G	16384	muggiò
G	16384	mughal sarāi
G	16384	mugnano di napoli
G	16384	mugumu
G	16	muhamed
G	16	muhammad
G	16384	muhammadābād
G	16	muhammed
G	16384	muheza
G	16384	muhoroni
G	16384	muikamachi
G	4	mujahideen khalq
G	16384	mujiayingzi
G	16384	mukacheve
G	16384	mukah
G	16384	mukalla
G	16384	mukdahan
G	16384	mukeriān
G	16384	mukher
G	16384	mukilteo
G	16384	mukono
G	16384	muktsar
G	16384	muktāgācha
G	16384	mukō
G	16384	mula
G	16384	mulanje
G	16384	mulbāgal
G	16384	mulchén
G	33	mulder
G	16384	mulgrave
G	16384	mulgund
G	16384	mulhouse
G	1	mullally
G	32	muller
G	8	muller mclaren f1 gtr
G	16384	mulleriyawa
G	16384	multai
G	16384	multan
G	16384	muluppilagadu
G	16448	mumbai
G	16384	mumbwa
G	16384	mumias
G	1	munakarmi
G	16384	muncar
G	16384	muncie
G	16384	mundargi
G	16384	mundelein
G	16384	mundgod
G	16384	mundra
G	16384	mungaa
G	16384	mungaoli
G	16384	mungeli
G	16384	mungia
G	16384	mungyeong
G	540738	munich
G	4	munich 1860
G	16384	munkkiniemi
G	16384	munnar
G	32	munoz
G	16384	munsan
G	16384	munster
G	32	munteanu
G	16384	muntilan
G	16384	muntok
G	16384	munūf
G	16	murad
G	16384	murakami
G	1	muralitharan
G	16384	muramatsu
G	16384	muramvya
G	1	murat yakin
G	32	murati
G	33	muratovic
G	16384	muratpaşa
G	16384	muravlenko
G	16384	murbād
G	16384	murcia
G	16384	muret
G	16384	murfreesboro
G	16384	muriaé
G	16384	muricay
G	16384	murici
G	16384	muridke
G	16	muriel
G	16384	muriti
G	16384	muritiba
G	16384	murlīganj
G	16384	murmansk
G	16384	murom
G	16384	muroran
G	16384	muroto - misakicho
G	16384	muroto-misakicho
G	16416	murphy
G	1	murphy jensen
G	16416	murray
G	16384	murree
G	16384	murrieta
G	16384	murrysville
G	16384	murshidābād
G	16384	murtajāpur
G	16384	murudeshwara
G	16384	murun - kuren
G	16384	murun-kuren
G	16384	murwāra
G	16384	murzuq
G	16384	murādnagar
G	1	musa hamiti
G	16384	musaffah
G	16384	musan - ŭp
G	16384	musan-ŭp
G	16384	musanze
G	16384	musashino
G	16448	muscat
G	16384	muscatine
G	65536	muscovite
G	65536	muscovites
G	1	museeuw
G	16384	mushie
G	1	mushota
G	1	mushtaq ahmed
G	16384	mushābani
G	16384	musiri
G	16384	muskego
G	16384	muskegon
G	16384	muskogee
G	4	muslim commercial bank
G	16384	musoma
G	16384	musselburgh
G	32800	mussolini
G	16384	mussoorie
G	16	mustafa
G	16384	mustafakemalpaşa
G	16384	mustafābād
G	16384	mustang
G	16	mustapha
G	1	mustapha ben jaafar
G	1	mustapha hadji
G	1	muster
G	16384	mut
G	16384	mutare
G	1	mutawakel taha
G	16384	mutengene
G	1	muthiah muralitharan
G	1	mutola
G	16384	mutsu
G	16384	muttenz
G	1	muttiah muralitharan
G	16384	muttupet
G	16384	mutuáli
G	16384	mutxamel
G	16384	muvattupuzha
G	16384	muyinga
G	16384	muyuka
G	2	muzaffarabad
G	16384	muzaffargarh
G	16384	muzaffarnagar
G	16384	muzaffarpur
G	16384	muzaffarābād
G	16384	muzambinho
G	16384	muñiz
G	16384	muñoz
G	16384	muğla
G	16384	muş
G	16384	mvomero
G	16384	mwadui
G	16384	mwandiga
G	16384	mwanza
G	16384	mweka
G	16384	mwene - ditu
G	16384	mwene-ditu
G	4	mx onda
G	16	mya
G	16384	myanaung
G	128	myanmar
G	16384	myawadi
G	16384	myaydo
G	16384	myeik
G	32	myers
G	16384	myingyan
G	16384	myitkyina
G	16384	mykolayiv
G	16	myles
G	1	myles frechette
G	16384	mymensingh
G	4	mypa-47
G	16	myra
G	16384	myrhorod
G	16	myriam
G	16	myrlande
G	16	myrna
G	16384	myrnohrad
G	16	myron
G	16	myrtle
G	16384	myrtle beach
G	16384	myrtle grove
G	16384	myski
G	16384	mysore
G	512	myspace
G	16384	myszków
G	16384	mysłowice
G	16384	mytilene
G	16384	mytishchi
G	16384	myślenice
G	16384	mzimba
G	16384	mzuzu
G	16384	málaga
G	16384	mátészalka
G	16384	mâcon
G	16384	mäntsälä
G	16384	märkisches viertel
G	16384	märsta
G	16384	médéa
G	16384	mégara
G	16384	mékhé
G	16384	mérida
G	16384	mérignac
G	16384	móng cái
G	16384	móstoles
G	16384	mödling
G	16384	mölln
G	16384	mölndal
G	16384	mölnlycke
G	16384	mönchengladbach
G	16384	mörfelden - walldorf
G	16384	mörfelden-walldorf
G	16384	mössingen
G	16384	mühlacker
G	16384	mühldorf
G	16384	mühlhausen
G	16384	mühlheim am main
G	16384	mülheim
G	262144	müller
G	16384	müllheim
G	16384	münster
G	16384	mācherla
G	16384	māchhīwāra
G	16384	mādabā
G	16384	mādārīpur
G	16384	māgadi
G	16384	mājalgaon
G	16384	mākum
G	16384	mālegaon
G	16384	māler kotla
G	16384	mālpura
G	16384	mālvan
G	16384	mālūr
G	16384	māndal
G	16384	māndalgarh
G	16384	māndvi
G	16384	māngrol
G	16384	mānsa
G	16384	mānvi
G	16384	mānwat
G	16384	mānāvadar
G	16384	māpuca
G	16384	mārahra
G	16384	mārkāpur
G	16384	mātābhānga
G	16384	māvelikara
G	16384	mělník
G	16384	mīnjūr
G	16384	mīnāb
G	16384	mīrganj
G	16384	mīrānpur
G	16384	mīrānpur katra
G	16384	mīāndoāb
G	16384	mława
G	16384	mūdbidri
G	16384	mūl
G	16384	mūlki
G	16384	mūndwa
G	16384	mūvattupula
G	16384	mỹ tho
G	16386	n'djamena
G	16384	n'zeto
G	1	n. fairbrother
G	1	n. furuya
G	1	n. hussain
G	1	n. knight
G	1	n. lenham
G	1	n. llong
G	1	n. mongia
G	1	n. speak
G	1	n. williams
G	2	n.c.
G	2	n.j.
G	1	n.j. bose
G	2	n.y.
G	16384	na klang
G	16384	naaldwijk
G	16384	naarden
G	16384	naas
G	16	naasunnguaq
G	16384	nabagrām
G	16384	nabari
G	16384	nabatîyé et tahta
G	16384	naberezhnyye chelny
G	16384	nabeul
G	1	nabil abu rdainah
G	16384	nabire
G	16386	nablus
G	8	nablus-based
G	16384	nabua
G	16384	nabunturan
G	16384	nabīnagar
G	4	nac
G	4	nac breda
G	16384	nacala
G	1	nacar
G	16384	nachingwea
G	16384	nacimiento
G	16384	naciria
G	16384	nacka
G	16384	nacogdoches
G	1	nadarajah muralidaran
G	16	nadene
G	262144	nader
G	16384	nadi
G	16	nadia
G	16	nadina
G	16	nadine
G	16384	nadiād
G	16384	nador
G	16384	naduvannūr
G	16384	nadvirna
G	16	nadya
G	16384	nadym
G	16384	naesŏ
G	16384	nafada
G	16384	naga
G	16384	nagahama
G	16384	nagai
G	256	nagaland
G	16448	nagano
G	16384	nagaoka
G	16384	nagar
G	16384	nagareyama
G	16384	nagari
G	16384	nagarote
G	16448	nagasaki
G	16384	nagato
G	16384	nagcarlan
G	16384	nagda
G	16384	nageswari
G	16384	nago
G	16384	nagold
G	2097152	nagorno - karabakh
G	2097152	nagorno-karabakh
G	16384	nagornyy
G	16448	nagoya
G	16448	nagpur
G	16384	nagqu
G	16384	nagua
G	32	nagy
G	2	nagyatad
G	16384	nagykanizsa
G	16384	nagykőrös
G	16384	nagīna
G	16384	naha
G	2	nahar
G	16384	nahariyya
G	16384	naharlagun
G	1	nahed dahlan
G	16	nahia
G	16384	nahiyat ghammas
G	16	nahom
G	16384	nahorkatiya
G	16384	nahrīn
G	16384	nahualá
G	16384	nahāvand
G	16384	naic
G	16384	naihāti
G	1	nail besirovic
G	16384	nailsea
G	16	naima
G	1	naina
G	1	naina yeltsin
G	16384	naini tāl
G	16384	nainpur
G	16384	nainwa
G	16450	nairobi
G	1	naish
G	16384	naivasha
G	16384	naja' ḥammādī
G	16384	najaf
G	16384	najafgarh
G	16384	najafābād
G	16384	najrān
G	16384	naju
G	16384	najībābād
G	16384	naka
G	32	nakajima
G	16384	nakama
G	16416	nakamura
G	16384	nakano
G	16384	nakanojōmachi
G	32	nakashima
G	16384	nakatsu
G	16384	nakatsugawa
G	16384	nakhabino
G	16384	nakhchivan
G	16384	nakhodka
G	16384	nakhon luang
G	16384	nakhon nayok
G	16384	nakhon pathom
G	16384	nakhon phanom
G	16384	nakhon ratchasima
G	16384	nakhon sawan
G	16384	nakhon si thammarat
G	16384	nakodar
G	16384	naksalbāri
G	16384	nakuru
G	16384	nakło nad notecią
G	16384	nakūr
G	16384	naldurg
G	16384	nalgonda
G	16384	nalhāti
G	2	nalkhera
G	16	nalla
G	16384	nallıhan
G	16384	nam som
G	16384	nam định
G	16384	namangan
G	16384	namanyere
G	16384	namasuba
G	16384	nambiyūr
G	8	name
G	16384	namerikawa
G	8	names
G	16384	namibe
G	130	namibia
G	1024	namibian
G	1024	namibians
G	16384	namie
G	16384	namioka
G	16384	nampa
G	16384	nampula
G	16384	namur
G	16384	namyang
G	16384	namyangju
G	16384	namysłów
G	16388	nan
G	1	nana miyaga
G	1	nana miyagi
G	16384	nanaimo
G	16384	nanao
G	16384	nanauta
G	16448	nanchang
G	16384	nanchital de lázaro cárdenas del río
G	16448	nanchong
G	16404	nancy
G	32768	nancy pelosi
G	1	nancy reagan
G	1	nanda gopal bhattacharya
G	16384	nandaime
G	16384	nanded
G	16384	nandigāma
G	16384	nandikotkūr
G	16384	nanding
G	512	nandos
G	16384	nandu
G	16384	nandurbar
G	16384	nandyāl
G	16	nanette
G	16384	nanfeng
G	16384	nang rong
G	16384	nanga eboko
G	16384	nangal
G	16384	nanganga
G	16384	nangen
G	16384	nangi
G	16384	nangomba
G	16384	nangong
G	16384	nangwa
G	1	nani palkhivala
G	16384	nanjangūd
G	16448	nanjing
G	16384	nankana sahib
G	16384	nanlong
G	16384	nanma
G	1	nanne dahlman
G	16384	nanning
G	16384	nanpiao
G	16384	nanping
G	16384	nantai
G	16384	nanterre
G	16452	nantes
G	16384	nanto - shi
G	16384	nanto-shi
G	16448	nantong
G	16384	nantou
G	16384	nantwich
G	16384	nanuet
G	16384	nanuque
G	16384	nanyamba
G	16384	nanyang
G	16384	nanyuki
G	16384	nanzhang chengguanzhen
G	16384	nanzhou
G	1	naoko kijimuta
G	1	naoko sawamatsu
G	16	naomi
G	16	naomie
G	1	naoto kan
G	16384	napa
G	16384	naperville
G	16384	napier
G	16448	naples
G	2048	napoleon
G	1	napoleon iii
G	4	napoli
G	16384	napāsar
G	16384	naqadeh
G	16384	nar'yan - mar
G	16384	nar'yan-mar
G	16384	nara - shi
G	16384	nara-shi
G	16384	narail
G	16384	naraina
G	16384	naraini
G	16384	narang mandi
G	16384	narangba
G	16384	naranjal
G	16384	naranjito
G	16384	naranjos
G	16384	narasannapeta
G	16384	narasapur
G	16384	narasaraopet
G	16384	narathiwat
G	16384	narauli
G	16384	naraura
G	32	narayan
G	16384	narbonne
G	1	narciso
G	16384	nardò
G	16384	naregal
G	16384	narela
G	32768	narendra modi
G	16	narges
G	16384	nargund
G	2	narino
G	16384	narita
G	16384	naro - fominsk
G	16384	naro-fominsk
G	16384	narok
G	16384	narowal
G	16384	narra
G	16384	narragansett
G	16384	narre warren
G	16384	narre warren south
G	16384	narsimhapur
G	16384	narsingdi
G	16384	narsinghgarh
G	16384	narsīpatnam
G	16384	nartkala
G	16384	narutochō - mitsuishi
G	16384	narutochō-mitsuishi
G	16384	narutō
G	16384	narva
G	16384	narwar
G	16384	narwāna
G	16384	naryn
G	16384	narón
G	16384	narāyangarh
G	2048	nas
G	512	nasa
G	16384	nasarawa
G	512	nascar
G	520	nasdaq
G	8	nasdaq index
G	32	nash
G	16384	nashik
G	16384	nashua
G	16448	nashville
G	16384	nasirabad
G	16384	nasiriyah
G	4	nasr
G	16384	nasrullāhganj
G	16384	nassau
G	1	nasser hussain
G	1	nastase
G	1	nastja rysich
G	16384	nasugbu
G	16384	nasīrābād
G	16384	natahoyo
G	16384	natal
G	16	natalia
G	1	natalia baudone
G	1	natalia voronova
G	16	natalie
G	16	natalya
G	1	natalya sadova
G	1	natalya shikolenko
G	1	natalya sypron
G	1	natalya torshina
G	1	natalya voronova
G	16	natasha
G	1	natasha zvereva
G	16384	natchez
G	16384	natchitoches
G	16	nate
G	16	nathalie
G	1	nathalie dechy
G	1	nathalie lancien
G	1	nathalie tauziat
G	16	nathan
G	16	nathanael
G	16	nathaniel
G	16	nathy
G	16384	natick
G	262144	nation
G	4	national
G	4	national abortion rights action league
G	512	national academy of sciences
G	4	national archives
G	4	national assembly
G	4	national association of securities dealers
G	4	national bank
G	4	national bank of hungary
G	4	national basketball association
G	16384	national city
G	4	national conference of bishops of brazil
G	4	national council of christian churches of brazil
G	4	national customs board
G	4	national democratic alliance
G	4	national election commission
G	4	national farmers union
G	4	national guard
G	4	national human rights commission
G	4	national hurricane center
G	4	national islamic front
G	8	national league
G	8	national league central
G	8	national league central division
G	8	national league championship series
G	8	national league eastern division
G	8	national league west
G	4	national park service
G	4	national party
G	4	national rifle association
G	4	national security council
G	4	national socialist battle cry
G	4	national socialist german workers ' party foreign organisation
G	8	national socialists
G	2	national tennis centre
G	4	national transportation safety board
G	4	national unity party
G	16384	natitingou
G	1049092	nato
G	8	nato-led
G	16384	natore
G	16384	nattam
G	4	natural law party
G	4	nature
G	512	natwest
G	16384	naucalpan de juárez
G	16384	naudero
G	16384	nauen
G	262144	nauert
G	16384	naugachhia
G	16384	naugatuck
G	16384	naujamiestis
G	16384	naukot
G	16384	naumburg
G	128	nauru
G	16384	naushahra virkan
G	16384	naushahro firoz
G	16384	nautanwa
G	16384	nava
G	16384	navadwīp
G	16384	navalcarnero
G	16384	navalgund
G	16384	navalmoral de la mata
G	32768	navalny
G	16448	navan
G	16384	navapolatsk
G	16384	navarre
G	32	navarro
G	16384	navas
G	16384	navegantes
G	16384	navi mumbai
G	16384	naviraí
G	1	navjot singh sidhu
G	16384	navoiy
G	16384	navojoa
G	16384	navolato
G	16384	navotas
G	16384	navrongo
G	16384	navsāri
G	4	navy
G	16384	nawabshah
G	16384	nawalgarh
G	16384	nawanshahr
G	1	nawaz sharif
G	16384	nawābganj
G	16384	nawāda
G	16384	nay pyi taw
G	1	nayan mongia
G	256	nayarit
G	16384	nayoro
G	16384	nayāgarh
G	32768	nazarbayev
G	16384	nazareth
G	16384	nazarovo
G	16384	nazaré
G	16384	nazaré da mata
G	16384	nazca
G	16384	naze
G	73728	nazi
G	16384	nazilli
G	73728	nazis
G	8	nazism
G	16384	nazrēt
G	516	nba
G	516	nbc
G	4	nbh
G	4	ncb
G	16384	nchelenge
G	4	nd
G	16384	ndibène dahra
G	16384	ndola
G	2048	ne yo
G	1	neagle
G	16	neal
G	1	neal briggs
G	1	neale fraser
G	16384	neapoli
G	2	near east
G	8	near eastern
G	16384	near north side
G	16384	near south side
G	16384	neath
G	16384	nebaj
G	16384	nebbi
G	256	nebr
G	258	nebraska
G	512	nec
G	4	nec nijmegen
G	8	nec world series of golf
G	4	necaxa
G	16384	neckarsulm
G	1	necmettin erbakan
G	16384	necochea
G	16	ned
G	16384	nederland
G	16384	nedroma
G	16384	nedumangād
G	16384	needham
G	16384	neelankarai
G	16384	neem ka thana
G	2	neemuch
G	16384	neenah
G	16384	neerpelt
G	16384	nefta
G	16384	neftegorsk
G	16384	neftekamsk
G	16384	neftekumsk
G	16384	nefteyugansk
G	16384	neftçala
G	16384	negapatam
G	16384	negara
G	16384	negombo
G	16384	negotin
G	16384	negotino
G	16384	nehe
G	16	nehir
G	16384	neiba
G	16384	neietsu
G	16384	neijiang
G	16	neil
G	1	neil fairbrother
G	1	neil hodgson
G	1	neil williams
G	32	neilson
G	16384	neiva
G	16384	nejo
G	16384	nekā
G	16	nel
G	16	nela
G	16384	nelamangala
G	1	nele zilinskiene
G	16384	nelidovo
G	16	nelisa
G	16	nell
G	16	nellie
G	16384	nellikkuppam
G	16384	nellore
G	2048	nelly
G	16402	nelson
G	1	nelson mandela
G	1	nelson miles
G	16384	nelspruit
G	16384	nemby
G	32	nemcova
G	32	nemec
G	16384	nemuro
G	16	nena
G	16384	nenjiang
G	65544	neo-nazi
G	65536	neo-nazis
G	8	neo-nazism
G	130	nepal
G	8	nepalese
G	16384	nepalgunj
G	8	nepali
G	4	nepali congress
G	16384	nepean
G	16384	nepomuceno
G	4	neptune crux
G	16384	nepānagar
G	16384	neral
G	16384	nerang
G	16384	neratovice
G	16384	nerchinsk
G	16384	nerekhta
G	16	nerissa
G	16384	nerja
G	16384	nerviano
G	16384	neryungri
G	16384	nerópolis
G	16384	nesher
G	16	nesreen
G	16384	ness ziona
G	16384	nesterovskaya
G	512	nestle
G	16384	neston
G	1	nestor
G	8	net book agreement
G	16386	netanya
G	32769	netanyahu
G	512	netflix
G	2	netherland
G	130	netherlands
G	128	netherlands (kingdom of the)
G	2	neths
G	16384	netishyn
G	16384	netivot
G	16384	netphen
G	16384	netrakona
G	16384	nettetal
G	2048	nettie
G	16384	nettuno
G	4	networks services division
G	16384	neu - anspach
G	16384	neu - hohenschönhausen
G	16384	neu - ulm
G	16384	neu isenburg
G	16384	neu wulmstorf
G	16384	neu-anspach
G	16384	neu-hohenschönhausen
G	16384	neu-ulm
G	16384	neubrandenburg
G	16384	neubrück
G	16384	neuburg an der donau
G	4	neuchatel
G	4	neuchatel xamax
G	16384	neuchâtel
G	16384	neue neustadt
G	16384	neuehrenfeld
G	16384	neuenhagen
G	16384	neufahrn bei freising
G	2	neufchateau
G	16384	neuilly - plaisance
G	16384	neuilly - sur - marne
G	16384	neuilly - sur - seine
G	16384	neuilly-plaisance
G	16384	neuilly-sur-marne
G	16384	neuilly-sur-seine
G	16384	neukölln
G	1	neumann
G	16384	neumarkt in der oberpfalz
G	16384	neumünster
G	16384	neunkirchen
G	16384	neuquén
G	16384	neuruppin
G	256	neuschwanstein
G	16384	neuss
G	16384	neustadt
G	16384	neustadt am rübenberge
G	16384	neustadt bei coburg
G	16384	neustadt in holstein
G	16384	neustrelitz
G	16384	neuwied
G	524544	nevada
G	16384	nevers
G	16	neville
G	1	neville godwin
G	16384	nevinnomyssk
G	16384	nevşehir
G	16384	new albany
G	16384	new amsterdam
G	4	new aspiration party
G	16384	new bedford
G	16384	new berlin
G	16384	new bern
G	16384	new braunfels
G	16384	new brighton
G	16384	new britain
G	16640	new brunswick
G	16384	new bādāh
G	16384	new cairo
G	128	new caledonia
G	16384	new canaan
G	16384	new castle
G	16384	new city
G	16384	new corella
G	16450	new delhi
G	4	new democracy
G	258	new england
G	512	new england patriots
G	512	new england revolution
G	16384	new glasgow
G	256	new hampshire
G	16386	new haven
G	16384	new hope
G	16384	new iberia
G	8	new independent states
G	258	new jersey
G	512	new kids on the block
G	16384	new kingston
G	16384	new lenox
G	16384	new london
G	16384	new malden
G	4	new media
G	258	new mexico
G	16384	new milford
G	16384	new mills
G	16384	new milton
G	16384	new mirpur
G	16448	new orleans
G	512	new orleans pelicans
G	512	new orleans saints
G	4	new party sakigake
G	16384	new philadelphia
G	16384	new plymouth
G	16384	new port richey
G	16384	new rochelle
G	4	new scientist
G	16384	new smyrna beach
G	16384	new south memphis
G	16384	new springville
G	64	new taipei
G	2	new territories
G	16384	new territory
G	16384	new westminster
G	8	new year 's day
G	16384	new yekepa
G	262	new york
G	16386	new york city
G	4	new york commodities
G	4	new york energy desk
G	512	new york giants
G	512	new york jets
G	512	new york knicks
G	516	new york mets
G	4	new york newsdesk
G	4	new york post
G	4	new york power desk
G	512	new york red bulls
G	256	new york state
G	4	new york stock exchange
G	1049092	new york times
G	516	new york yankees
G	8	new york-based
G	65544	new yorker
G	65544	new yorkers
G	130	new zealand
G	4	new zealand press association
G	8	new zealander
G	8	new zealands
G	16384	newala kisimani
G	540930	newark
G	16384	newark on trent
G	16384	newberg
G	16384	newburg
G	16384	newburgh
G	16384	newburn
G	16386	newbury
G	16384	newburyport
G	16452	newcastle
G	16384	newcastle under lyme
G	16384	newcastle upon tyne
G	1	newcombe
G	4	newcrest
G	4	newcrest mining ltd
G	4	newcrest q4
G	4	newell 's old boys
G	4	newell old boys
G	256	newfoundland
G	256	newfoundland and labrador
G	256	newham
G	16384	newington
G	2048	newman
G	16642	newmarket
G	16384	newnan
G	16640	newport
G	16384	newport beach
G	16384	newport news
G	16384	newport pagnell
G	16384	newquay
G	16384	newry
G	4	news
G	4	news agency of nigeria
G	4	news corp
G	4	news corp ltd
G	512	newsweek
G	1	newt gingrich
G	16384	newton
G	16384	newton - le - willows
G	16384	newton abbot
G	16384	newton aycliffe
G	16384	newton mearns
G	16384	newton-le-willows
G	16384	newtownabbey
G	16384	newtownards
G	16384	neyagawa
G	16384	neyrīz
G	16384	neyshābūr
G	16384	neyyāttinkara
G	4	neza
G	16384	nezlobnaya
G	512	nfl
G	4	nfu
G	16384	nganjuk
G	16384	ngaoundéré
G	16384	ngara
G	16384	ngawi
G	16384	ngemplak
G	16384	ngerengere
G	16384	ngoro
G	16384	ngozi
G	16384	ngudu
G	16384	nguigmi
G	16384	ngunut
G	16384	nguru
G	16384	nguruka
G	16	nguyen
G	16384	nguékhokh
G	16384	nha trang
G	2	nhamavila
G	512	nhl
G	512	nhs
G	16	nia
G	16384	nia valencia
G	16384	niagara falls
G	1	niall quinn
G	16384	niamey
G	16	niamh
G	16384	niamtougou
G	16384	nianzishan
G	16384	nibong tebal
G	130	nicaragua
G	9216	nicaraguan
G	9216	nicaraguans
G	16384	nicastro
G	16390	nice
G	16384	nichelino
G	16384	nichinan
G	16384	nichlaul
G	16	nicholas
G	1	nicholas gcaleka
G	1	nicholas shaxson
G	16384	nicholasville
G	16	nichole
G	32	nichols
G	32	nicholson
G	16	nick
G	1	nick faldo
G	1	nick knight
G	1	nick mokhoff
G	1	nick nieland
G	16	nicki
G	1	nicklas kulti
G	16	nickolas
G	16	nicky
G	1	nicky boje
G	1	niclas fasth
G	16	nico
G	24	nicola
G	16	nicolas
G	1	nicolas charlier
G	1	nicolas lapentti
G	32768	nicolas maduro
G	1	nicolas pereira
G	16	nicole
G	1	nicole arendt
G	1	nicole bradtke
G	1	nicole brown simpson
G	1	nicoleta grasu
G	16	nicolette
G	16384	nicolás r casillas
G	16384	nicolás romero
G	16386	nicosia
G	16384	nicoya
G	4	nida'a al-watan
G	16384	nidadavole
G	16384	nidda
G	16384	nidderau
G	16384	nieder - ingelheim
G	16384	nieder-ingelheim
G	16384	niederkassel
G	16384	niederkrüchten
G	16384	niederrad
G	16384	niederschönhausen
G	16	niels
G	262176	nielsen
G	32	niemi
G	32	nieminen
G	16384	nienburg
G	16384	nieuwegein
G	16400	nigel
G	32768	nigel farage
G	1	nigel mobbs
G	128	niger
G	524418	nigeria
G	9216	nigerian
G	1024	nigerians
G	1024	nigerien
G	1024	nigeriens
G	16384	nigrán
G	16	niharika
G	16384	nihommatsu
G	16384	nihtaur
G	16384	niigata
G	16384	niihama
G	16	niilo
G	16384	niimi
G	16384	niitsu - honchō
G	16384	niitsu-honchō
G	16384	nijkerk
G	16384	nijlen
G	16384	nijmegen
G	4	nijmeh
G	16	nik
G	16	nika
G	16	nikau
G	512	nike
G	16384	nikel
G	16	nikhil
G	16	niki
G	16	nikita
G	8	nikkei
G	16400	nikki
G	1	nikki campbell
G	16384	nikkō
G	16	niklas
G	16	niko
G	16	nikola
G	16	nikolai
G	16384	nikolassee
G	1	nikolaus van der pas
G	16	nikolay
G	16384	nikolayevsk
G	16384	nikolayevsk - on - amure
G	16384	nikolayevsk-on-amure
G	32	nikolic
G	32	nikolov
G	32	nikolova
G	16384	nikopol
G	16	nikos
G	16384	niksar
G	16384	nikulino
G	16384	nikšić
G	16	nila
G	16384	nilakottai
G	16384	nilanga
G	16	nilay
G	256	nile
G	16400	niles
G	2048	niles crane
G	1	nilis
G	16	nils
G	32	nilsen
G	32	nilsson
G	16384	nilópolis
G	16384	nimāparha
G	16	nina
G	1	nine
G	16448	ningbo
G	16384	ningde
G	16384	ninghai
G	16384	ningyang
G	16384	ninh bình
G	16384	ninomiya
G	16384	ninove
G	512	nintendo
G	4	ninth circuit
G	16384	nioki
G	16384	nioro du rip
G	16384	niort
G	16384	nipomo
G	16384	nippes
G	16384	nipāni
G	16384	niquelândia
G	16384	niquero
G	16384	nirasaki
G	16384	nirgua
G	16384	nirmal
G	2	nirmal hriday
G	16384	nirmāli
G	8	nis
G	16	nisanur
G	16384	niscemi
G	16	nisha
G	16384	nishi - tokyo - shi
G	16384	nishi-tokyo-shi
G	16384	nishifukuma
G	16384	nishinomiya - hama
G	16384	nishinomiya-hama
G	16384	nishinoomote
G	16384	nishio
G	16384	nishishinminato
G	16384	nishiwaki
G	16384	nisko
G	512	nissan
G	1	nissan kapeta
G	16	nita
G	16384	niterói
G	16384	nitra
G	1	nitto santapaola
G	128	niue
G	4	niugini
G	4	niugini mining
G	4	niugini mining ltd
G	512	nivea
G	16384	nivelles
G	16	nivi
G	16384	niwai
G	16384	nixa
G	32	nixon
G	16384	nizhnekamsk
G	16384	nizhnesortymskiy
G	16384	nizhneudinsk
G	16384	nizhnevartovsk
G	16384	nizhniy lomov
G	16384	nizhniy novgorod
G	16384	nizhny tagil
G	16384	nizhnyaya salda
G	16384	nizhnyaya tura
G	16384	nizhyn
G	16384	nizip
G	16384	nizwá
G	16384	nizāmābād
G	16384	niğde
G	16384	niš
G	16384	njeru
G	16384	njombe
G	16384	nkhotakota
G	16384	nkongsamba
G	16384	nkoteng
G	16384	nkowakowa
G	16384	nkpor
G	16384	nkwerre
G	8	nl central division
G	8	nl east
G	16384	nnewi
G	8	no 1676/96
G	8	no 2454/93
G	8	no 2913/92
G	16	noa
G	16	noah
G	16	noam
G	8	nobel peace
G	8	nobel peace prize
G	8	nobel peace prize-winning
G	8	nobel prize
G	16384	nobeoka
G	16384	noble park
G	16384	noblesville
G	16384	nocera inferiore
G	16384	nocera superiore
G	4	nocerina
G	16384	nochistlán de mejía
G	16384	noci
G	16384	noda
G	16384	noe valley
G	17	noel
G	1	noel gallagher
G	16	noella
G	16	noelle
G	16	noemi
G	16384	nof hagalil
G	16384	nogales
G	16384	nogent - sur - marne
G	16384	nogent - sur - oise
G	16384	nogent-sur-marne
G	16384	nogent-sur-oise
G	16384	noginsk
G	16384	nohar
G	16384	noicattaro
G	16384	noida
G	16384	noisiel
G	16384	noisy - le - grand
G	16384	noisy - le - sec
G	16384	noisy-le-grand
G	16384	noisy-le-sec
G	16	nojus
G	16384	nokha
G	16896	nokia
G	16384	nola
G	16	nolan
G	16	nomaan
G	1	nomo
G	4	nomura
G	4	nomura research institute ltd
G	4	nomura securities co ltd
G	16384	non sung
G	8	non-eu
G	8	non-medicare
G	16384	nong bua lamphu
G	16384	nong khae
G	16384	nong khai
G	16384	nong kung si
G	16384	nong phai
G	16384	nongstoin
G	16384	nonoichi
G	16384	nonsan
G	16	noor
G	16384	noordwijk - binnen
G	16384	noordwijk-binnen
G	16	nora
G	16	norah
G	16384	norak
G	4	noranda
G	16	norbert
G	16384	norco
G	16384	norcross
G	8	nordegg
G	16384	norden
G	16384	nordenham
G	16384	norderstedt
G	16384	nordhausen
G	16384	nordhorn
G	16	noreen
G	16640	norfolk
G	16384	norfolk county
G	128	norfolk island
G	1	norifumi abe
G	1	norihiko fujiwara
G	16384	norilsk
G	1	noriyuki haga
G	16384	norland
G	1	norm charlton
G	16	norma
G	16384	normal
G	16401	norman
G	256	normandy
G	32	norodahl
G	33	norris
G	16384	norristown
G	16384	norrköping
G	16384	norrtälje
G	2	north
G	8	north afghan
G	8	north african
G	2	north america
G	16384	north amityville
G	16384	north andover
G	16384	north arlington
G	16384	north atlanta
G	4	north atlantic treaty organisation
G	16384	north attleborough center
G	16384	north augusta
G	16384	north aurora
G	16384	north babylon
G	16386	north battleford
G	16384	north bay
G	16384	north bay shore
G	16384	north bel air
G	16384	north bellmore
G	16384	north bergen
G	16384	north bethesda
G	16384	north canton
G	256	north carolina
G	2	north caucasus
G	16384	north center
G	16384	north charleston
G	16384	north chicago
G	16384	north chicopee
G	16384	north cowichan
G	16384	north creek
G	258	north dakota
G	16384	north decatur
G	16384	north druid hills
G	256	north end
G	16384	north fort myers
G	16384	north guwāhāti
G	16384	north haven
G	16384	north highlands
G	16384	north hills
G	16384	north hollywood
G	1	north island
G	16384	north kingstown
G	130	north korea
G	16384	north la crosse
G	16384	north lakes
G	16384	north lakhimpur
G	16384	north las vegas
G	16384	north lauderdale
G	16384	north lawndale
G	16384	north liberty
G	16384	north little rock
G	128	north macedonia
G	16384	north massapequa
G	16388	north melbourne
G	16384	north miami
G	16384	north miami beach
G	16384	north myrtle beach
G	16384	north ogden
G	16384	north olmsted
G	16384	north peoria
G	16384	north plainfield
G	16384	north platte
G	16384	north port
G	16384	north potomac
G	16384	north providence
G	4	north queensland
G	16384	north richland hills
G	16384	north ridgeville
G	16384	north royalton
G	16384	north salt lake
G	16384	north shields
G	16386	north shore
G	256	north side
G	16384	north stamford
G	4	north sydney
G	16384	north tonawanda
G	16384	north tustin
G	16384	north valley stream
G	16384	north vancouver
G	2	north yemen
G	16384	north york
G	256	north yorkshire
G	16384	northallerton
G	16646	northampton
G	260	northamptonshire
G	16384	northbrook
G	16384	northcote
G	4	northcote college
G	16384	northdale
G	16384	northeim
G	2	northern ireland
G	4	northern league
G	128	northern mariana islands
G	4	northern states power co
G	4	northern transvaal
G	16384	northfield
G	2	northfield mountains
G	16384	northglenn
G	16384	northolt
G	16384	northport
G	16384	northridge
G	4	northsea chaser
G	16384	northwich
G	16385	norton
G	16384	norton shores
G	16384	norwalk
G	130	norway
G	9216	norwegian
G	1024	norwegians
G	16644	norwich
G	16384	norwood
G	16384	norzagaray
G	16384	noshiro
G	16384	nosivka
G	16384	nossa senhora da glória
G	16384	nossa senhora do socorro
G	2048	nostradamus
G	16384	nosy varika
G	4	noticias
G	16384	noto
G	16384	notre - dame - de - grâce
G	512	notre dame
G	16384	notre-dame-de-grâce
G	16384	notsé
G	8	notting hill carnival
G	16642	nottingham
G	6	nottingham forest
G	260	nottinghamshire
G	4	notts
G	4	notts county
G	16384	nottuln
G	16384	nou barris
G	16384	nouadhibou
G	16386	nouakchott
G	16	nouf
G	16384	nouméa
G	16384	nouna
G	16	nour
G	1	noureddine morceli
G	16384	nova cruz
G	16384	nova era
G	16384	nova friburgo
G	16384	nova granada
G	16384	nova iguaçu
G	16384	nova kakhovka
G	16384	nova lima
G	16384	nova milanese
G	16384	nova odessa
G	16384	nova olímpia
G	16384	nova pazova
G	16384	nova petrópolis
G	16384	nova prata
G	16384	nova russas
G	256	nova scotia
G	16384	nova venécia
G	16384	nova viçosa
G	16384	nova xavantina
G	16384	nova zagora
G	32	novak
G	32	novakova
G	16384	novara
G	512	novartis
G	16384	novate milanese
G	16384	novato
G	16384	novaya balakhna
G	16384	novaya derevnya
G	1048576	novaya gazeta
G	16384	novelda
G	16384	noveleta
G	524288	november
G	16384	novi
G	16384	novi ligure
G	16384	novi pazar
G	16384	novi sad
G	32	novikov
G	16384	novo - peredelkino
G	16384	novo hamburgo
G	16384	novo horizonte
G	16384	novo mesto
G	16384	novo-peredelkino
G	16384	novoaleksandrovsk
G	16384	novoaltaysk
G	16384	novoanninskiy
G	16384	novocheboksarsk
G	16384	novocherkassk
G	16384	novodvinsk
G	16384	novogireyevo
G	16384	novogrudok
G	16384	novohrad - volynskyi
G	16384	novohrad-volynskyi
G	16384	novokazalinsk
G	16384	novokhovrino
G	16384	novokubansk
G	16384	novokuybyshevsk
G	16384	novokuznetsk
G	16384	novomichurinsk
G	16384	novomoskovsk
G	16384	novopavlovsk
G	16384	novopokrovskaya
G	16384	novorossiysk
G	16384	novoshakhtinsk
G	16448	novosibirsk
G	16384	novosilikatnyy
G	16384	novotitarovskaya
G	32	novotna
G	32	novotny
G	16384	novotroitsk
G	16384	novoukrayinka
G	16384	novouzensk
G	16384	novovladykino
G	16384	novovoronezh
G	16384	novoyavorivs'k
G	16384	novozybkov
G	2	novye atagi
G	16384	novyy buh
G	16384	novyy oskol
G	16384	novyy urengoy
G	16384	novyye cherëmushki
G	16384	nové mesto nad váhom
G	16384	nové zámky
G	16384	nový jičín
G	16384	nowa ruda
G	16384	nowa sól
G	32	nowak
G	16384	nowogard
G	16384	nowrangapur
G	16384	nowshahr
G	16384	nowshera cantonment
G	16384	nowy dwór mazowiecki
G	16384	nowy sącz
G	16384	nowy targ
G	16384	nowy tomyśl
G	16384	noyabrsk
G	16384	noyon
G	16384	noāmundi
G	4	ns kampfruf
G	512	nsa
G	16384	nsanje
G	1	nsanze terence
G	16384	nsawam
G	4	nsdap-ao
G	16384	nshamba
G	16384	nsukka
G	16384	nsunga
G	8	nt
G	4	ntb
G	16384	ntungamo
G	4	ntv
G	16384	nubl
G	16384	nuenen
G	16384	nueva gerona
G	16384	nueva guinea
G	16384	nueva imperial
G	16384	nueva italia de ruiz
G	16384	nueva loja
G	16384	nueva rosita
G	16384	nueve de julio
G	16384	nuevitas
G	16384	nuevo belén
G	16384	nuevo casas grandes
G	16384	nuevo imperial
G	16384	nuevo laredo
G	256	nuevo leon
G	16384	nuevo méxico
G	16384	nuevo san carlos
G	16	nuka
G	2	nuku'alofa
G	16384	nukus
G	32768	nuland
G	16384	numan
G	16384	numata
G	16384	numazu
G	256	nunavut
G	262144	nuncio
G	16384	nuneaton
G	32	nunes
G	32	nunez
G	16384	nungua
G	16384	nunspeet
G	8	nunthorpe stakes
G	1	nunung subandoro
G	16384	nuoro
G	1	nuour marial
G	16	nur
G	16384	nur - sultan
G	16384	nur-sultan
G	16	nuray
G	2	nuremberg
G	8	nuremberg-based
G	16384	nurlat
G	16384	nurmijärvi
G	16384	nurota
G	16	nurul
G	16384	nusaybin
G	16384	nushki
G	16384	nutley
G	4	nutricia
G	16384	nuwara eliya
G	512	nvidia
G	512	nwa
G	16384	nyachera
G	16384	nyagan
G	16384	nyahururu
G	16384	nyakabindi
G	16384	nyala
G	16384	nyalikungu
G	16384	nyamuswa
G	16384	nyandoma
G	16384	nyangao
G	16384	nyaungdon
G	16384	nyaunglebin
G	16384	nyborg
G	64	nyc
G	8	nyc time
G	16384	nyeri
G	16384	nyköping
G	16384	nykøbing falster
G	16	nyla
G	32	nyman
G	16384	nyon
G	16384	nysa
G	16384	nytva
G	4	nyva
G	4	nyva ternopil
G	4	nyva vinnytsya
G	16384	nyíregyháza
G	16384	nyūzen
G	2	nz
G	8	nz$
G	16384	nzega
G	4	nzpa
G	16384	nzérékoré
G	16384	náchod
G	16384	náousa
G	16384	nässjö
G	16384	næstved
G	16384	néa erythraía
G	16384	néa filadélfeia
G	16384	néa ionía
G	16384	néa mákri
G	16384	néa smýrni
G	16384	néma
G	16384	níjar
G	16384	níkaia
G	16384	nîmes
G	16384	nördlingen
G	16384	nørresundby
G	16384	nümbrecht
G	16384	nürnberg
G	16384	nürtingen
G	16384	nābha
G	16384	nādbai
G	16384	nādāpuram
G	16384	nāgamangala
G	16384	nāgar karnūl
G	16384	nāgarpur
G	16384	nāgaur
G	16384	nāgercoil
G	16384	nāgod
G	16384	nāhan
G	16384	nālchiti
G	16384	nālūt
G	16384	nāmagiripettai
G	16384	nāmakkal
G	16384	nāmrup
G	16384	nāndgaon
G	16384	nāndūra buzurg
G	16384	nāngloi jāt
G	16384	nānpāra
G	16384	nāravārikuppam
G	16384	nārnaul
G	16384	nārnaund
G	16384	nārāyanganj
G	16384	nārāyanpet
G	16384	nāspur
G	16384	nāsriganj
G	16384	nāthdwāra
G	16384	nāwa
G	16384	nāyudupet
G	16384	nāḩiyat al fuhūd
G	16384	nāḩiyat ash shināfīyah
G	16384	nāḩīyat saddat al hindīyah
G	16384	năvodari
G	16384	nīkshahr
G	16384	nīlgiri
G	16384	nīlokheri
G	16384	nīlēshwar
G	16384	nīmbāhera
G	16384	nīmāj
G	16384	nōgata
G	16384	nūrpur
G	16384	nūrābād
G	16384	nūzvīd
G	4	o globo
G	1	o'brien
G	16384	o'fallon
G	262144	o'malley
G	1	o'meara
G	1	o'neal
G	1	o'neill
G	8	o-157
G	1	o.j. simpson
G	1	o.k. likkason
G	16384	oadby
G	16384	oak bay
G	16384	oak creek
G	16384	oak forest
G	16384	oak grove
G	16384	oak harbor
G	16384	oak hill
G	16384	oak lawn
G	16384	oak park
G	16384	oak ridge
G	16384	oakdale
G	278596	oakland
G	516	oakland athletics
G	16384	oakland park
G	512	oakland raiders
G	16384	oakleaf plantation
G	16384	oakley
G	4	oakley inc
G	256	oakmont
G	16384	oakton
G	16384	oakville
G	256	oakwood
G	4	oasis
G	16642	oaxaca
G	4	ob
G	16384	obala
G	49184	obama
G	16384	obanazawa
G	16384	obando
G	16384	ober - ramstadt
G	16384	ober-ramstadt
G	16384	oberasbach
G	16384	oberhausen
G	16384	oberkirch
G	16384	oberschöneweide
G	16384	obertshausen
G	16384	oberursel
G	16384	oberá
G	16384	obihiro
G	4	obilic
G	16384	obita
G	16384	obninsk
G	16384	obock
G	16384	obonoma
G	16384	oborniki
G	16384	obra
G	1	obree
G	16384	obrenovac
G	32	obrien
G	16384	obuase
G	16384	obudu
G	16384	obukhiv
G	16384	obukhovo
G	16384	ocala
G	32768	ocasio - cortez
G	32768	ocasio-cortez
G	16384	ocaña
G	16384	ocean acres
G	16384	ocean springs
G	1	oceano cruz
G	16384	oceanside
G	4	ocei
G	16384	ochakiv
G	16384	ochakovo - matveyevskoye
G	16384	ochakovo-matveyevskoye
G	16384	ochota
G	16384	ochtrup
G	16384	ochër
G	16384	ocna mureş
G	16384	ocoee
G	32	oconnor
G	16384	oconomowoc
G	16384	ocosingo
G	16384	ocotal
G	16384	ocotlán
G	16384	ocotlán de morelos
G	16384	ocoyoacac
G	16384	ocozocoautla de espinosa
G	16	octavia
G	16	octavio
G	16384	octeville
G	524288	october
G	131072	october revolution
G	16384	ocumare del tuy
G	16384	odawara
G	16384	ode
G	16	odelia
G	16384	odense
G	16384	odenthal
G	16384	odenton
G	16384	oderzo
G	2097152	odesa
G	2113600	odessa
G	16	odette
G	16384	odienné
G	16384	odintsovo
G	256	odisha
G	16384	odivelas
G	1	odnosum
G	16384	odorheiu secuiesc
G	4	odra
G	4	odra wodzislaw
G	16	odval
G	16384	oegstgeest
G	16384	oeiras
G	16384	oelde
G	16384	oer - erkenschwick
G	16384	oer-erkenschwick
G	2	oerlikon
G	16384	oerlinghausen
G	16384	of
G	16384	ofaqim
G	16	ofelia
G	16384	offa
G	16384	offenbach
G	16384	offenburg
G	8	office 95
G	4	official journal
G	4	ofk beograd
G	4	ofk kikinda
G	16384	ogaminana
G	16416	ogawa
G	16384	ogden
G	16384	ogoja
G	16384	ogre
G	16384	oguta
G	16384	ogwashi - uku
G	16384	ogwashi-uku
G	16384	ogōri - shimogō
G	16384	ogōri-shimogō
G	2	oh
G	16384	ohafia - ifigh
G	16384	ohafia-ifigh
G	16384	ohangaron
G	524546	ohio
G	4	ohio building authority
G	16384	ohrid
G	4	oic
G	16	oier
G	16384	oildale
G	16	oisha
G	16384	oisterwijk
G	4	oj
G	16384	ojinaga
G	16384	ojiya
G	16384	ojo de agua
G	16384	ojus
G	16384	okahandja
G	16384	okanagan
G	16384	okap
G	16384	okara
G	16384	okaya
G	16384	okayama
G	16384	okazaki
G	16384	okcheon
G	4	okd
G	16384	oke ila
G	16384	oke mesi
G	16384	okegawa
G	16384	okemos
G	16384	okene
G	16384	okha
G	16384	okhtyrka
G	16384	okigwe
G	16386	okinawa
G	256	okla
G	258	oklahoma
G	16384	oklahoma city
G	512	oklahoma city thunder
G	8	oklahoma climatological survey
G	4	oklahoma state university
G	4	oklahoma wheat commission
G	16384	okolona
G	16384	okrika
G	16	oksana
G	1	oksana grichina
G	1	oksana ovchinnikova
G	16384	okunoya
G	16384	okuta
G	16384	ol kalou
G	16	ola
G	16	olaf
G	1	olaf ludwig
G	32768	olaf scholz
G	16384	olanchito
G	16384	olathe
G	16	olav
G	16384	olavarría
G	1	olazabal
G	16384	olbia
G	16384	olching
G	16384	old bridge
G	16386	old city
G	16384	old harbour
G	16384	old jamestown
G	512	old navy
G	16384	old shinyanga
G	8	old testament
G	256	old town
G	2	old trafford
G	16384	oldenburg
G	16384	oldenzaal
G	16388	oldham
G	16384	olecko
G	2048	oleg
G	16384	oleiros
G	16	oleksandr
G	16384	oleksandriya
G	16384	olenegorsk
G	16384	olesa de montserrat
G	16384	oleśnica
G	16	olga
G	1	olga boshova
G	1	olga chernyavskaya
G	16384	olhão
G	4	olimpija
G	16384	olinda
G	16384	oliva
G	16384	olivais
G	16384	olive branch
G	16416	oliveira
G	16384	oliveira do douro
G	16	oliver
G	16384	oliver - valdefierro
G	1	oliver bierhoff
G	1	oliver kahn
G	1	oliver ludwig
G	1	oliver reck
G	16384	oliver-valdefierro
G	16384	olivet
G	17	olivia
G	16	olivier
G	1	olivier grouillard
G	1	olivier panis
G	32	oliynyk
G	16384	olkusz
G	16	ollie
G	1	olly
G	16384	olmaliq
G	16384	olney
G	1	olo brown
G	33	olofsson
G	16384	olomouc
G	16384	olongapo
G	16384	olot
G	16384	olpe
G	16384	olsberg
G	32	olsen
G	32	olson
G	32	olsson
G	1	olsza
G	16384	olsztyn
G	16384	olten
G	16384	olteniţa
G	16384	oltiariq
G	16384	oltu
G	16384	olupona
G	16384	olympia
G	8	olympiad
G	4	olympiakos
G	8	olympic
G	8	olympic committee
G	8	olympic games
G	8	olympics
G	16384	olímpia
G	4	om
G	4	om gruppen
G	4	om gruppen ab
G	4	om stockholm
G	16384	omagh
G	16386	omaha
G	524418	oman
G	16384	oman smart future city
G	1024	omani
G	1024	omanis
G	16	omar
G	1	omar bongo
G	1	omar karame
G	1	omar lugo
G	2	omari
G	16384	omdurman
G	16	omer
G	1	omer akbel
G	16384	ometepec
G	16384	omigawa
G	4	omlx
G	16384	ommoord
G	16448	omsk
G	16384	omutninsk
G	16384	omīdīyeh
G	16384	onalaska
G	1	oncins
G	16384	onda
G	16384	ondo
G	16	ondrej
G	8	one-month
G	8	one-year
G	16384	onega
G	32	oneill
G	16384	onex
G	1	ong ewe hock
G	16384	ongjin
G	16384	ongole
G	4	onic
G	16384	onitsha
G	16384	ono
G	16384	onoda
G	16384	onomichi
G	16384	onsŏng
G	16640	ontario
G	16384	ontinyent
G	16384	oosterhout
G	16384	oostkamp
G	16384	ooty
G	16384	opa - locka
G	16384	opa-locka
G	16384	opava
G	512	opec
G	4	opel ag
G	16384	opelika
G	16384	opelousas
G	8	open
G	2	opera
G	8	operation provide comfort
G	16	ophelia
G	8	ophran drug act
G	16384	opladen
G	16384	opoczno
G	16384	opole
G	4	oppenheimer capital
G	4	oppenheimer capital lp
G	16384	opportunity
G	2048	oprah winfrey
G	8	opthalmic
G	16384	oqtosh
G	2	or
G	16384	or yehuda
G	2048	ora
G	4	oracle systems
G	16384	oradea
G	16384	orahovac
G	16384	orai
G	16384	oraiókastro
G	16384	oral
G	16450	oran
G	16384	orange
G	256	orange county
G	512	orange julius
G	131072	orange revolution
G	16384	orange walk
G	16384	orangevale
G	16384	orangeville
G	16384	orani
G	16384	oranienburg
G	16384	oranjestad
G	294912	orban
G	16384	orbassano
G	262144	orbán
G	16384	orchards
G	16384	orcutt
G	16448	ordos
G	16384	ordu
G	540928	oregon
G	16384	oregon city
G	16384	orekhovo - borisovo
G	16384	orekhovo - borisovo severnoye
G	16384	orekhovo - zuyevo
G	16384	orekhovo-borisovo
G	16384	orekhovo-borisovo severnoye
G	16384	orekhovo-zuyevo
G	1	orel hershiser
G	32	orellana
G	16384	orem
G	16384	orenburg
G	16384	orestiáda
G	256	orford
G	4	organisation for security and cooperation in europe
G	4	organisation of the islamic conference
G	16384	orhangazi
G	16384	orhei
G	16	ori
G	1	ori lewis
G	16384	oria
G	4	oriente
G	16384	orihuela
G	4	orii
G	4	orii corp
G	16384	orikhiv
G	16384	orillia
G	16384	orinda
G	256	orinoco
G	8	oriole
G	4	orioles
G	16384	orion
G	16384	oristano
G	16384	orita eruwa
G	16384	oriximiná
G	16384	orizaba
G	16384	orkney
G	16384	orland park
G	18432	orlando
G	512	orlando magic
G	1	orlando miller
G	1	orlando pirates
G	16384	orleans
G	16384	orlovskiy
G	16384	orlová
G	16384	orly
G	16384	orlândia
G	16384	orléans
G	16384	ormoc
G	16384	ormond beach
G	16384	ormskirk
G	16384	oro valley
G	16384	oroqen zizhiqi
G	16384	oroquieta
G	16384	orosháza
G	16384	oroszlány
G	16384	oroville
G	8	orphan drug law
G	16384	orpington
G	16384	orsay
G	16384	orsha
G	16384	orsk
G	16384	orta di atella
G	16384	orta nova
G	16384	ortaca
G	16384	ortaköy
G	32	ortega
G	32	ortiz
G	16384	oruro
G	16384	orvault
G	2	orvieto
G	16	orville
G	32	orwell
G	16384	orzesze
G	16384	orël
G	16384	orós
G	16384	orăştie
G	16384	orūmīyeh
G	16384	osa
G	16450	osaka
G	16	osama
G	32768	osama bin laden
G	16384	osan
G	16384	osasco
G	32	osborne
G	17	oscar
G	1	oscar tabarez
G	8	oscars
G	1048580	osce
G	16384	oschatz
G	16384	oschersleben
G	16384	osh
G	16384	oshakati
G	16384	oshawa
G	16384	oshkosh
G	16384	oshnavīyeh
G	16384	osiedle kosmonautów
G	16384	osijek
G	16384	osimo
G	16384	osinniki
G	16	oskar
G	16384	oskarshamn
G	16450	oslo
G	4	oslobodjenje
G	16	osman
G	16384	osmanabad
G	16384	osmancık
G	16384	osmaneli
G	16384	osmaniye
G	1	osmond ezinwa
G	2	osnabrueck
G	16384	osnabrück
G	16384	osny
G	16384	osogbo
G	540672	osorno
G	16384	oss
G	256	ossetia
G	65536	ossetian
G	65536	ossetians
G	16384	ossett
G	16384	ossining
G	16384	ostankinskiy
G	16384	ostashkov
G	16384	ostend
G	16384	osterholz - scharmbeck
G	16384	osterholz-scharmbeck
G	16384	ostfildern
G	16384	ostrava
G	16384	ostrogozhsk
G	16384	ostrov
G	16384	ostrowiec świętokrzyski
G	16384	ostrołęka
G	16384	ostróda
G	16384	ostrów mazowiecka
G	16384	ostrów wielkopolski
G	16384	ostuncalco
G	16384	ostuni
G	16384	osuna
G	16	osvaldo
G	16384	osvaldo cruz
G	1	osvaldo fenandez
G	16	oswald
G	16384	oswego
G	16384	oswestry
G	16384	osório
G	1048576	otan
G	16384	otan ayegbaju
G	16384	otaru
G	16384	otavalo
G	16384	otegen batyra
G	4	otelul galati
G	8	othello
G	16	otis
G	1	otis nixon
G	16384	otjiwarongo
G	16384	otofuke
G	16384	otradnaya
G	16384	otradnoye
G	16384	otradnyy
G	16384	otrokovice
G	16384	otsego
G	16384	ottakring
G	16384	ottappālam
G	16384	ottaviano
G	1	ottavio palladini
G	16450	ottawa
G	16384	ottensen
G	1	ottey
G	16	otto
G	16384	ottobrunn
G	2097152	ottoman empire
G	16384	ottumwa
G	16384	ottweiler
G	16384	otukpa
G	16384	otwock
G	16384	ouagadougou
G	16384	ouahigouya
G	16384	ouardenine
G	16384	ouargla
G	16384	ouarzazat
G	16384	oud - beijerland
G	16384	oud-beijerland
G	16384	oudenaarde
G	16384	oudtshoorn
G	16384	oued el abtal
G	16384	oued el alleug
G	16384	oued fodda
G	16384	oued lill
G	16384	oued rhiou
G	16384	oued sly
G	16384	oued zem
G	16384	ouezzane
G	16384	ouidah
G	4	oujda
G	16384	oujda - angad
G	16384	oujda-angad
G	16384	oulad teïma
G	16384	ouled mimoun
G	16384	oullins
G	16384	oulmes
G	16384	oulu
G	16384	oum el bouaghi
G	16384	oum hadjer
G	16	oumar
G	16	oumou
G	16384	oumé
G	16384	oupeye
G	16384	ourense
G	16384	ouricuri
G	16384	ourilândia do norte
G	16384	ourinhos
G	16384	ouro branco
G	16384	ouro preto
G	16384	ouro preto do oeste
G	1	ousmane kaba
G	16384	outreau
G	16384	ouésso
G	2	oval
G	16384	ovalle
G	16384	ovar
G	1	ove sellberg
G	16384	overath
G	16384	overijse
G	16384	overland
G	16384	overland park
G	4	overseas development administration
G	16384	oviedo
G	16384	ovruch
G	16384	owando
G	16384	owase
G	16384	owasso
G	16384	owatonna
G	16	owen
G	16384	owen sound
G	1	owen-jones
G	33	owens
G	16384	owensboro
G	16384	owerri
G	16384	owings mills
G	16384	owo
G	512	oxfam
G	16646	oxford
G	4	oxford university
G	256	oxfordshire
G	16384	oxkutzkab
G	256	oxley
G	16384	oxnard
G	16384	oxon hill
G	16384	oxon hill - glassmanor
G	16384	oxon hill-glassmanor
G	16384	oyama
G	16384	oyan
G	16384	oyem
G	16384	oyo
G	16384	oyonnax
G	16384	oyten
G	16	oyunbileg
G	1	oyvind rojahn
G	16384	ozamiz city
G	16384	ozar
G	16384	ozark
G	32	ozdemir
G	16384	ozerki
G	1	ozers
G	16384	ozersk
G	16384	ozoir - la - ferrière
G	16384	ozoir-la-ferrière
G	16384	ozone park
G	16384	ozorków
G	32	ozturk
G	16384	ozubulu
G	16384	ozumba de alzate
G	16384	ozurgeti
G	1	ozzie guillen
G	16384	ozëry
G	16384	oława
G	16384	oświęcim
G	1	p. arulanandam
G	1	p. cottey
G	1	p. kantharoopan
G	1	p. nixon
G	1	p. prichard
G	1	p. reiffel
G	1	p. simmons
G	1	p. strang
G	1	p. weston
G	1	p.v. krishnamoorthy
G	1	p.w. botha
G	6	pa
G	16384	pa sang
G	16384	paarl
G	16384	pabbi
G	16384	pabellón de arteaga
G	16384	pabianice
G	16	pablo
G	1	pablo campana
G	1	pablo sanchez
G	16384	pacajus
G	16384	pacasmayo
G	16384	pacatuba
G	16384	pace
G	16384	pachino
G	16384	pacho
G	16384	pachperwa
G	4	pachuca
G	16384	pachuca de soto
G	2	pacific
G	16384	pacific grove
G	2	pacific northwest
G	256	pacific ocean
G	16384	pacific pines
G	4	pacific stock exchange
G	16384	pacifica
G	16384	paciran
G	16384	pacol
G	16384	pad idan
G	16384	padalarang
G	16384	padam
G	16384	padampur
G	16384	padang
G	16384	padangsidempuan
G	2	padania
G	524288	paddock
G	16384	paderborn
G	16384	paderno dugnano
G	16384	padmanābhapuram
G	16384	padova
G	16384	padra
G	16	padraig
G	1	padraig harrington
G	16384	padrauna
G	16384	padre bernardo
G	516	padres
G	16448	padua
G	16384	paducah
G	16384	paete
G	16384	pagadian
G	16384	pagaluñgan
G	16384	pagani
G	16384	pagar alam
G	16384	pagbilao
G	524288	page
G	16384	paghmān
G	256	pahang
G	16384	paharpur
G	32	pahk
G	32	pahng
G	16384	pahrump
G	16384	pahāsu
G	16384	paidha
G	16	paige
G	16384	paignton
G	16384	paiján
G	16384	pailin
G	16384	paine
G	16384	painesville
G	16384	paiporta
G	16384	paisley
G	16384	paita
G	16384	paithan
G	16384	paiçandu
G	16384	pajok
G	32	pak
G	16384	pak chong
G	16384	pak kret
G	16384	pak phanang
G	16384	paka
G	16384	pakenham
G	16384	pakisaji
G	524418	pakistan
G	4	pakistan muslim league
G	4	pakistan people 's party
G	8	pakistan-ruled
G	9216	pakistani
G	2	pakistani kashmir
G	1024	pakistanis
G	16384	pakokku
G	16384	pakpattan
G	16384	paks
G	16384	pakse
G	16384	pakur
G	16384	pakxan
G	16384	pala
G	16384	palafrugell
G	16384	palagiano
G	16384	palagonia
G	16384	palaiseau
G	16384	palaió fáliro
G	16384	palamós
G	16384	palanga
G	16384	palangkaraya
G	16384	palani
G	512	palantir
G	16384	palapye
G	16384	palatine
G	16512	palau
G	16384	palayan city
G	16384	palazzolo sull'oglio
G	16384	palembang
G	16384	palencia
G	16384	palenque
G	16384	palera
G	16452	palermo
G	16512	palestine
G	4	palestine liberation organisation
G	74752	palestinian
G	8	palestinian arabs
G	4	palestinian authority
G	4	palestinian information ministry
G	8	palestinian islamist
G	4	palestinian legislative council
G	4	palestinian self-rule authority
G	8	palestinian-ruled
G	74752	palestinians
G	16384	palhoça
G	16384	palimanan
G	16384	palisades park
G	16384	paliā kalān
G	2	palk strait
G	1	palkhivala
G	16384	palladam
G	16384	pallanza - intra - suna
G	16384	pallanza-intra-suna
G	16384	pallappatti
G	16384	pallasovka
G	16384	pallikondai
G	16384	pallippatti
G	16384	pallisa
G	16384	pallāvaram
G	16384	palm bay
G	16384	palm beach
G	16384	palm beach gardens
G	16384	palm city
G	16384	palm coast
G	16384	palm desert
G	16384	palm harbor
G	16384	palm river - clair mel
G	16384	palm river-clair mel
G	16384	palm springs
G	16384	palm valley
G	16384	palma
G	16384	palma del río
G	16384	palma di montechiaro
G	16384	palma soriano
G	16384	palmaner
G	4	palmans
G	16384	palmar de varela
G	16384	palmares
G	16384	palmarito tochapan
G	16384	palmas
G	16384	palmdale
G	16384	palmeira
G	16384	palmeira das missões
G	4	palmeiras
G	1	palmeiro
G	16384	palmela
G	18432	palmer
G	16384	palmerston
G	16384	palmerston north
G	16384	palmetto bay
G	16384	palmi
G	16384	palmira
G	16384	palmital
G	16384	palo
G	16384	palo alto
G	16384	palo del colle
G	16384	palo negro
G	16384	palopo
G	16384	palos hills
G	16384	palotina
G	16384	palpalá
G	16384	paltan
G	16384	palu
G	16384	palwal
G	16384	palwancha
G	16384	palín
G	16384	palāsa
G	16	pam
G	1	pam shriver
G	16384	pamanukan
G	16384	pamekasan
G	16	pamela
G	16384	pameungpeuk
G	16384	pamiers
G	16384	pampa
G	16384	pampierstad
G	16384	pamplona
G	16384	pamulang
G	512	pan am
G	8	pan-turkism
G	16384	panabo
G	16384	panadura
G	16384	panagyurishte
G	16448	panaji
G	16384	panalanoy
G	130	panama
G	16384	panama city
G	1024	panamanian
G	1024	panamanians
G	16384	panambi
G	16384	panamá
G	16384	panarukan
G	512	panasonic
G	16384	panauti
G	16384	panchagarh
G	16384	panchkula
G	512	panda express
G	16384	pandaan
G	16384	pandacaqui
G	16384	pandak
G	16384	pandan
G	16384	pandeglang
G	16384	pandharpur
G	16384	pandi
G	16384	pando
G	16	pandora
G	16384	pandua
G	16384	panevėžys
G	1	pang chen
G	16384	pangil
G	16384	pangkalan brandan
G	16384	pangkalanbuun
G	16384	pangkalpinang
G	16384	panguipulli
G	16	paninnguaq
G	16384	paniqui
G	16384	panjakent
G	16384	panji
G	16384	pankow
G	16384	pankshin
G	16384	panna
G	16384	pano aqil
G	16384	panruti
G	16384	panshan
G	16384	panshi
G	16384	pantai cenang
G	16384	pantai remis
G	16384	pantelimon
G	1	pantic
G	16384	pantin
G	16384	pantubig
G	16384	panvel
G	16384	panzos
G	16384	panórama
G	16384	panāgar
G	16384	pančevo
G	4	pao
G	4	pao de acucar
G	16	paola
G	1	paola suarez
G	16	paolo
G	16384	paolo vi
G	16384	paombong
G	16384	paoua
G	16384	paoy paet
G	4	pap
G	32	papadopoulos
G	256	papahanaumokuakea
G	16384	papakura
G	16384	papalotla
G	16384	papanasam
G	16384	papantla de olarte
G	16384	papar
G	16384	papaya
G	16384	papeete
G	16384	papenburg
G	16386	papendrecht
G	16384	paphos
G	16384	papillion
G	130	papua new guinea
G	258	para
G	16384	parabiago
G	16384	paracambi
G	16384	paracatu
G	16384	paracho de verduzco
G	16384	paracuru
G	16384	paradise
G	16384	parafield gardens
G	16384	paragominas
G	16384	paragould
G	130	paraguay
G	1024	paraguayan
G	1024	paraguayans
G	16384	paraguaçu
G	16384	paraguaçu paulista
G	16384	paraipaba
G	16384	paraiso
G	16384	parakou
G	16384	paralowie
G	8	paralympic games
G	8	paralympics
G	16384	paramagudi
G	16386	paramaribo
G	16384	paramonga
G	16390	paramount
G	4	paramount pictures
G	16384	paramus
G	260	parana
G	16384	paranaguá
G	16384	paranapanema
G	16384	paranavaí
G	16384	paranaíba
G	16384	parang
G	16384	paraná
G	16384	paraparaumu
G	16384	paraty
G	16384	parauapebas
G	16384	paravūr tekkumbhāgam
G	16384	paraíba do sul
G	16384	paraíso
G	16384	parbatipur
G	16384	parbhani
G	2	parc des princes
G	16384	parchim
G	16384	pardubice
G	16384	pare
G	16384	parede
G	16384	paredes
G	16384	parelhas
G	16384	parepare
G	16384	parets del vallès
G	16384	pariaman
G	4	paribas
G	4	paribas capital markets otc
G	16384	parintins
G	540742	paris
G	2048	paris hilton
G	4	paris newsroom
G	4	paris saint-germain
G	4	paris sg
G	4	paris st germain
G	65536	parisian
G	65544	parisians
G	16384	parit buntar
G	16384	parit raja
G	16384	pariyāpuram
G	16384	park forest
G	16384	park ridge
G	16384	park slope
G	16384	parkchester
G	16384	parkent
G	16416	parker
G	16384	parkersburg
G	540672	parkland
G	256	parkside
G	16384	parkville
G	4	parkway middle school
G	256	parkwood
G	16384	parla
G	16384	parli vaijnāth
G	524288	parliament
G	16384	parlier
G	16384	parlākimidi
G	16388	parma
G	16384	parma heights
G	4	parmalat / fehervar fc
G	16384	parnamirim
G	16384	parnas
G	16384	parnaíba
G	16384	parobé
G	16384	parola
G	16384	parole
G	16384	parque industrial ciudad mitras
G	16384	parque lefevre
G	16384	parral
G	16388	parramatta
G	16384	parras de la fuente
G	16384	parsippany
G	256	parthenon
G	4	partick
G	16384	partille
G	16384	partinico
G	2	partition
G	4	partizan
G	16384	partizansk
G	16384	partizánske
G	8	partnership for peace
G	262144	party
G	4	party of social democracy
G	16384	partūr
G	16384	parung
G	16	parvati
G	16384	parvatsar
G	16384	parvomay
G	16384	parys
G	16384	pará de minas
G	16384	parádsasvár
G	16384	parādīp garh
G	16384	parāsia
G	16384	parīchhatgarh
G	16384	pasadena
G	16384	pasaia
G	16384	pasaje
G	16384	pasarkemis
G	16384	pasay
G	16384	pascagoula
G	16	pascal
G	1	pascal jongsma
G	1	pascal zuberbuehler
G	16384	pasco
G	16384	pascoe vale
G	16384	paseh
G	32768	pashinyan
G	16384	pashkovskiy
G	65536	pashtun
G	65536	pashtuns
G	16384	pasig city
G	16384	pasing
G	16384	pasinler
G	16384	pasir mas
G	16384	pasni
G	16384	paso de carrasco
G	16384	paso de los libres
G	16384	paso robles
G	4	pasok
G	16384	pasragad branch
G	16384	pasrur
G	16384	passaic
G	16384	passau
G	16384	passi
G	16384	passo fundo
G	16384	passos
G	16384	pastavy
G	16384	pasto
G	16384	pasuruan
G	16384	pasān
G	16	pat
G	1	pat cash
G	1	pat hentgen
G	1	pat manson
G	1	pat symcox
G	16384	patancheru
G	16384	patarrá
G	16384	pataskala
G	16384	pataudi
G	262176	patel
G	16384	paterna
G	16384	paternò
G	16384	paterson
G	16384	pathalgaon
G	16384	pathanāmthitta
G	16384	patharia
G	16384	pathein
G	16384	pathum thani
G	16384	pathānkot
G	16384	pati
G	16384	patigi
G	16384	patiya
G	16384	patiāla
G	16448	patna
G	16384	patnos
G	16384	patnāgarh
G	16384	pato branco
G	16384	patos
G	16384	patos de minas
G	16384	patos fshat
G	64	patras
G	16	patrica
G	16	patrice
G	1	patrice loko
G	16	patricia
G	1	patricia djate
G	1	patricia girard-leno
G	1	patricia lezama
G	1	patricia smith
G	1	patricia vowinkel
G	16	patrick
G	1	patrick kluivert
G	1	patrick rafter
G	1	patrick sang
G	1	patrick seale
G	1	patrick stevens
G	1	patrick sylvestre
G	16	patrik
G	1	patrik sjoberg
G	4	patriotic salvation movement
G	4	patriotic union of kurdistan
G	16384	patrocínio
G	1	patsy kensit
G	16384	pattani
G	16386	pattaya
G	16416	patterson
G	16400	patti
G	16	pattie
G	16384	pattoki
G	16384	pattukkottai
G	16	patty
G	16384	patuto
G	16384	paty do alferes
G	16384	patzicía
G	16384	patzún
G	16384	patía
G	16384	patāmundai
G	16384	pau
G	262161	paul
G	1	paul adams
G	1	paul bloch
G	1	paul broadhurst
G	1	paul curry
G	1	paul eales
G	1	paul gascoigne
G	1	paul goydos
G	1	paul haarhuis
G	1	paul johnson
G	1	paul koech
G	1	paul lawrie
G	1	paul malin
G	1	paul mcginley
G	1	paul mcgrath
G	1	paul newlove
G	1	paul o'neill
G	1	paul prichard
G	1	paul reiffel
G	1	paul sorrento
G	1	paul stankowski
G	1	paul strang
G	1	paul tergat
G	1	paul thompson
G	1	paul ting
G	16	paula
G	1	paula radcliffe
G	1	paulao
G	16	paulette
G	16	paulie
G	16	paulina
G	16	pauline
G	1	pauline davis
G	1	pauline konga
G	1	paulinho santos
G	16384	paulista
G	16	paulo
G	16384	paulo afonso
G	1	paulo sergio
G	1	paulo sousa
G	16	paulos
G	16384	paulínia
G	16384	paungde
G	16384	pauri
G	16	pavel
G	1	pavel buran
G	16384	pavia
G	32	pavic
G	16	pavlo
G	16384	pavlodar
G	16384	pavlohrad
G	1	pavlos markou
G	32	pavlov
G	32	pavlovic
G	16384	pavlovo
G	16384	pavlovsk
G	16384	pavlovskaya
G	16384	pavlovskiy posad
G	16384	pawni
G	16384	pawtucket
G	16384	pawāyan
G	16384	paxtakor shahri
G	16384	payakumbuh
G	16384	payandé
G	512	paypal
G	16384	paysandú
G	16384	payshamba shahri
G	16384	payson
G	16384	payyannūr
G	16384	pazarcık
G	16384	pazardzhik
G	16384	paço de arcos
G	16384	paşcani
G	16384	pašilaičiai
G	4	pbr
G	512	pbs
G	4	pc data inc
G	4	pdi
G	4	pds
G	4	pdsr
G	16384	peabody
G	2	peace river valley
G	16384	peacehaven
G	16384	peachtree city
G	16384	peachtree corners
G	16384	pearl
G	16384	pearl city
G	16384	pearl river
G	16384	pearland
G	32	pearson
G	4	pec
G	16384	pecan grove
G	16384	pecangaan
G	16384	pechora
G	16384	peckham
G	4	pecs
G	16384	pedana
G	16384	peddapalli
G	16384	peddāpuram
G	16384	pederneiras
G	32	pedersen
G	16384	pedra azul
G	16384	pedra branca
G	16384	pedregal
G	16384	pedreira
G	16	pedro
G	16384	pedro betancourt
G	16384	pedro carbo
G	1	pedro diniz
G	16384	pedro ii
G	16384	pedro juan caballero
G	1	pedro lamy
G	16384	pedro leopoldo
G	1	pedro linhart
G	1	pedro martinez
G	16384	pedroso
G	16384	peekskill
G	16384	peer
G	8	peer gynt suite
G	32	peeters
G	16	peg
G	16	peggy
G	16384	pehowa
G	256	pei
G	16384	peine
G	1	peiris
G	16384	pekalongan
G	16384	pekan
G	16384	pekan bahapal
G	16384	pekan nenas
G	16384	pekanbaru
G	16384	pekin
G	64	peking
G	16384	pelabuhan klang
G	16384	pelabuhanratu
G	2048	pele
G	16640	pelham
G	16384	pelhřimov
G	16384	pelileo
G	16384	peliyagoda
G	1	pelletreau
G	32768	pelosi
G	16384	pelotas
G	16384	pemalang
G	16384	pemangkat
G	16384	pematangsiantar
G	16384	pemba
G	2	pemberton
G	16642	pembroke
G	16386	pembroke pines
G	16384	pen
G	32	pena
G	16384	penalva
G	256	penang
G	16384	penarth
G	32768	pence
G	16384	penco
G	16384	pendino
G	16386	pendleton
G	16384	penedo
G	16	penelope
G	16384	pengcheng
G	16384	penha
G	16384	peniche
G	16384	penicuik
G	16384	penja
G	262144	penkoski
G	256	penn
G	16384	penn hills
G	4	penn treaty
G	4	penn treaty american corp
G	256	penna
G	256	pennington
G	16384	pennsauken
G	16384	pennsport
G	524546	pennsylvania
G	16384	pennādam
G	16384	pennāgaram
G	16384	penonomé
G	16388	penrith
G	1	penrose
G	16384	pensacola
G	1048580	pentagon
G	16384	pentecoste
G	16384	penticton
G	16384	penugonda
G	16384	penukonda
G	16384	penza
G	16640	penzance
G	16384	penzberg
G	16384	penápolis
G	4	people 's daily
G	8	people , people
G	128	people's republic of china
G	16384	peoria
G	512	pepsi
G	512	pepsico
G	1	per nyman
G	16384	perai
G	256	perak
G	16384	perambalur
G	16384	peranāmpattu
G	16384	peravurani
G	16384	peraía
G	16384	perbaungan
G	16384	perchtoldsdorf
G	16384	percut
G	16	percy
G	16384	perdões
G	16384	pereiaslav - khmelnytskyi
G	16384	pereiaslav-khmelnytskyi
G	16416	pereira
G	16384	pereira barreto
G	1	perelstein
G	32	perera
G	1	peres
G	16384	peresvet
G	32	peretz
G	32	perez
G	1	perfetti
G	16384	pergamino
G	16384	peribán de ramos
G	32	peric
G	16384	perico
G	16384	peringat
G	16384	peristéri
G	16384	periyakulam
G	16384	periyanayakkanpalaiyam
G	32	perkins
G	16	perla
G	16386	perm
G	16384	permatang kuching
G	256	pernambuco
G	16384	pernik
G	1	peron
G	65536	peronist
G	65540	peronists
G	1	perot
G	16384	perote
G	16384	perpignan
G	16384	perris
G	18433	perry
G	16384	perry hall
G	16384	perrysburg
G	16384	persianovka
G	32	persson
G	16642	perth
G	16384	perth amboy
G	16384	pertuis
G	130	peru
G	16388	perugia
G	16384	perumbavoor
G	16384	perumpāvūr
G	16384	perundurai
G	16384	perungudi
G	9216	peruvian
G	1024	peruvians
G	16384	peruíbe
G	2	pesalai
G	16384	pesaro
G	16388	pescara
G	16384	peshawar
G	16384	peshtera
G	32768	peskov
G	16384	pesqueira
G	16384	pessac
G	1	pessina
G	16384	pestovo
G	64	petah tikva
G	16384	petaling jaya
G	16384	petaluma
G	16384	petapa
G	16	petar
G	16384	petare
G	16384	petatlán
G	16384	petauke
G	16384	petawawa
G	16384	petaẖ tiqwa
G	16	pete
G	1	pete sampras
G	1	pete wilson
G	17	peter
G	1	peter atherton
G	1	peter baker
G	1	peter blackburn
G	1	peter blank
G	1	peter dirkx
G	1	peter edwards
G	1	peter greste
G	1	peter griffiths
G	1	peter hedblom
G	1	peter johansson
G	1	peter kox
G	1	peter laca
G	1	peter lerner
G	1	peter machungwa
G	1	peter martin
G	1	peter mitchell
G	1	peter munk
G	1	peter nicol
G	1	peter o'malley
G	1	peter pieters
G	1	peter roe
G	1	peter smerdon
G	1	peter tramacchi
G	16388	peterborough
G	16384	peterhead
G	16384	peterhof
G	16384	peterlee
G	32	peters
G	16386	petersburg
G	32	petersen
G	16384	petershagen
G	32	peterson
G	16384	petit - bourg
G	16384	petit-bourg
G	16384	petlād
G	16384	peto
G	17	petr
G	1	petr gunda
G	1	petr korda
G	20	petra
G	1	petra begerow
G	4	petra drnovice
G	1	petra langrova
G	1	petre roman
G	16384	petrich
G	16384	petrila
G	4	petrimex prievidza
G	16	petro
G	32768	petro poroshenko
G	512	petrobras
G	4	petrobulk rainbow
G	512	petrochina
G	16384	petrodvorets
G	4	petroecuador
G	16384	petrogradka
G	16384	petrolina
G	512	petronas
G	16384	petropavl
G	16384	petropavlovsk - kamchatsky
G	16384	petropavlovsk-kamchatsky
G	16	petros
G	2	petrosan
G	32	petrov
G	32	petrova
G	33	petrovic
G	16384	petrovsk
G	16384	petrovskaya
G	16384	petrozavodsk
G	16384	petroúpolis
G	16384	petroşani
G	16384	petrópolis
G	32	pettersen
G	32	pettersson
G	16384	petushki
G	512	peugeot
G	16384	pezinok
G	16384	peñaflor
G	16384	peñaranda
G	16384	peć
G	4	pf iks kb plus
G	16384	pfaffenhofen an der ilm
G	512	pfizer
G	16384	pflugerville
G	16384	pforzheim
G	16384	pfullingen
G	16384	pfungstadt
G	8	pga tour
G	16384	phagwāra
G	32	phak
G	16384	phak hai
G	16384	phalaborwa
G	16384	phalauda
G	16384	phalia
G	16384	phalodi
G	16384	phaltan
G	32	pham
G	33	phan
G	16384	phan rang - tháp chàm
G	16384	phan rang-tháp chàm
G	16384	phan thiết
G	16384	phan thong
G	16384	phanat nikhom
G	32	phang
G	16384	phanom sarakham
G	16384	phaphūnd
G	16384	pharr
G	16384	phatthalung
G	16384	phayao
G	4096	phd
G	16384	phek
G	1	phelan
G	16384	phenix city
G	16384	phetchabun
G	16384	phetchaburi
G	16384	phibun mangsahan
G	16384	phichit
G	17	phil
G	1	phil babb
G	1	phil mickelson
G	1	phil regan
G	540742	philadelphia
G	512	philadelphia eagles
G	516	philadelphia phillies
G	512	philadelphia union
G	16	philip
G	1	philip blenkinsop
G	1	philip cocu
G	1	philip kibitok
G	1	philip maslowe
G	516	philip morris
G	4	philip morris cos inc
G	1	philip walton
G	1	philip wilcox
G	16	philipp
G	16	philippe
G	1	philippe seguin
G	9216	philippine
G	4	philippine basketball association
G	1152	philippines
G	1	philippoussis
G	512	philips
G	16384	phillaur
G	516	phillies
G	16	phillip
G	1	phillip defreitas
G	32	phillips
G	16	philomena
G	16384	phirangipuram
G	16384	phitsanulok
G	16450	phnom penh
G	16	phoebe
G	540738	phoenix
G	512	phoenix suns
G	16384	phoenixville
G	16384	phon charoen
G	16384	photharam
G	16384	phra nakhon si ayutthaya
G	16384	phra phutthabat
G	16384	phra pradaeng
G	16384	phrae
G	16384	phu khiao
G	16384	phu kradueng
G	16384	phuket
G	16384	phulbāni
G	16384	phulera
G	16384	phulpur
G	16384	phultala
G	16384	phumĭ véal srê
G	16384	phuntsholing
G	16384	phuthaditjhaba
G	16	phylis
G	1	phylis smith
G	16	phyllis
G	4	physicians insurance co
G	16384	phú khương
G	16384	phủ lý
G	16	pia
G	16388	piacenza
G	16384	pianura
G	16384	piaseczno
G	16384	piastów
G	16384	piatra neamţ
G	16384	piatykhatky
G	16384	piazza armerina
G	16384	picassent
G	32	picasso
G	32	pichler
G	16640	pickering
G	16384	pickerington
G	16384	picnic point - north lynnwood
G	16384	picnic point-north lynnwood
G	16384	pico rivera
G	16384	picos
G	16384	picsi
G	256	picton
G	16384	pidhorodne
G	16384	piedade
G	16384	piedecuesta
G	16384	piedras negras
G	16384	piekary śląskie
G	16384	piendamo
G	1	pier francesco chili
G	16	pierce
G	2	pierina
G	32	piero
G	16	pierre
G	1	pierre buyoya
G	1	pierre claverie
G	1	pierre fulke
G	1	pierre-henri raphanel
G	16384	pierrefitte - sur - seine
G	16384	pierrefitte-sur-seine
G	16384	piet retief
G	16	pieter
G	1	pieter hendriks
G	16384	pietermaritzburg
G	16384	pietrasanta
G	16	pietro
G	1	pietro t.
G	16384	piešťany
G	16384	pihānī
G	16384	pijijiapan
G	16384	pijnacker
G	16384	pikalëvo
G	16384	pikesville
G	16384	pikine
G	16384	pila
G	16384	pilaitė
G	18432	pilar
G	16384	pilar de la horadada
G	16384	pilar do sul
G	16384	pilibangan
G	16384	pililla
G	16384	pilkhua
G	16448	pilsen
G	16384	pilāni
G	16384	pimenta bueno
G	16384	pimentel
G	16384	pimpri
G	16384	pinamalayan
G	16384	pinamungahan
G	16384	pinar de chamartín
G	16384	pinar del río
G	33	pinas
G	16384	pind dadan khan
G	16384	pindamonhangaba
G	16384	pindaré mirim
G	16384	pindi bhattian
G	16384	pindi gheb
G	16384	pindiga
G	16384	pindobaçu
G	16384	pindwāra
G	16384	pine bluff
G	16384	pine hills
G	256	pine ridge
G	16640	pinecrest
G	16384	pineda de mar
G	16384	pinehurst
G	16384	pinellas park
G	16384	pinerolo
G	16384	pinewood
G	16384	pingdingshan
G	16384	pingdu
G	16384	pingliang
G	16384	pingnan
G	16384	pingshan
G	16384	pingxiang
G	16384	pingyi
G	16384	pingyin
G	16384	pingzhuang
G	16384	pinhais
G	16384	pinhal novo
G	16384	pinheiral
G	16384	pinheiro
G	16384	pinhão
G	16384	pinjaur
G	512	pink floyd
G	16384	pinneberg
G	16384	pinner
G	16384	pinole
G	16384	pinotepa nacional
G	16384	pinsk
G	16416	pinto
G	16384	pināhat
G	16384	pio
G	1	pioline
G	16384	pioltello
G	16384	piombino
G	16384	pionki
G	16384	piossasco
G	16	piotr
G	1	piotr grabowski
G	16384	piotrków trybunalski
G	1	piotti
G	16	pipaluk
G	2048	piper
G	4	piper jaffray
G	4	piper jaffray inc
G	16384	pipili
G	16384	pipraich
G	16384	piqua
G	16384	pir jo goth
G	16384	pir mahal
G	16384	piracaia
G	16384	piracanjuba
G	16384	piracicaba
G	16384	piracuruca
G	16448	piraeus
G	16384	piraju
G	16384	pirajuí
G	16384	piranshahr
G	16384	pirané
G	16384	pirapora
G	16384	pirapozinho
G	16384	piraquara
G	16384	pirassununga
G	4	pirates
G	16384	piravam
G	16384	piraí
G	16384	piraí do sul
G	1	pires
G	16384	pires do rio
G	16384	piripiri
G	16384	piritiba
G	16384	piriyāpatna
G	16384	pirkkala
G	16384	pirmasens
G	16384	pirna
G	16384	piro
G	16384	pirojpur
G	16384	pirot
G	16384	pisa
G	16384	piscataway
G	16384	piscinola
G	16384	pisco
G	16384	pishin
G	16384	piskent
G	16384	pistoia
G	16384	pisz
G	16384	pita
G	16384	pita kotte
G	16384	pitalito
G	16384	pitanga
G	16384	pitangueiras
G	16384	pitangui
G	384	pitcairn
G	128	pitcairn islands
G	16384	piteå
G	16384	piteşti
G	16384	pithampur
G	16384	pithorāgarh
G	16384	pithāpuram
G	16384	piton saint - leu
G	16384	piton saint-leu
G	16384	pitsea
G	16384	pitt meadows
G	16384	pittsburg
G	16454	pittsburgh
G	516	pittsburgh pirates
G	512	pittsburgh steelers
G	16384	pittsfield
G	16384	piura
G	16384	piuí
G	16384	pivijay
G	1	pivotal
G	16384	pizhou
G	512	pizza hut
G	1	pizzi
G	16384	piñas
G	16384	piúma
G	16384	piła
G	4	pkk
G	2	place beauvau
G	16384	placentia
G	16384	placetas
G	16384	plainfield
G	16384	plainview
G	16384	plainville
G	16384	plaisance - du - touch
G	16384	plaisance-du-touch
G	16384	plaisir
G	16384	planaltina
G	16384	planeta rica
G	16384	plano
G	16384	plant city
G	16384	plantation
G	16384	plaridel
G	16384	plasencia
G	16384	plast
G	4	platense
G	4	platignum
G	18432	plato
G	16384	plattsburgh
G	16384	plauen
G	16384	plavsk
G	16384	playa del carmen
G	16384	playa del ingles
G	16384	playas
G	16384	playas del rosario
G	16384	pleasant grove
G	16384	pleasant hill
G	16384	pleasant prairie
G	16384	pleasanton
G	16384	pleasantville
G	16384	pleasure ridge park
G	16384	pleiku
G	16384	pleszew
G	16384	plettenberg
G	16384	plettenberg bay
G	16384	pleven
G	16384	pljevlja
G	4	plo
G	4	plo council
G	8	plo-israel
G	16384	ploemeur
G	16384	ploieşti
G	16384	plottier
G	16384	plovdiv
G	16384	plum
G	16384	plumbon
G	16384	plunge
G	16388	plymouth
G	4	plymouth argyle
G	16384	plymstock
G	4	pmc
G	4	pmc-sierra
G	4	pnw
G	16384	poble sec
G	16384	pobé
G	2048	pocahontas
G	16384	pocatello
G	16384	pochep
G	16384	pocito
G	16384	poconé
G	16384	podgorica
G	16384	podilsk
G	16384	podolsk
G	16384	podujeva
G	2	podujevo
G	2048	poe
G	16384	poggibonsi
G	16384	poggiomarino
G	16384	poggioreale
G	16384	pogradec
G	16388	pohang
G	16384	poinciana
G	16384	point cook
G	16384	point fortin
G	16384	point pedro
G	16384	point pleasant
G	16384	pointe - claire
G	16384	pointe - noire
G	16384	pointe - à - pitre
G	16384	pointe-claire
G	16384	pointe-noire
G	16384	pointe-à-pitre
G	16384	poio
G	16384	poissy
G	16384	poitiers
G	16384	pokachi
G	16384	pokaran
G	16384	pokhara
G	16384	pokhvistnevo
G	8	pokka
G	16384	pokrov
G	16384	pokrovsk
G	16384	pokrovskoye - streshnëvo
G	16384	pokrovskoye-streshnëvo
G	1	pol pot
G	16384	polanco
G	524418	poland
G	16384	polangui
G	16384	polasara
G	16384	polatlı
G	16384	polatsk
G	16384	polavaram
G	8192	pole
G	16384	polevskoy
G	16384	polewali
G	16384	police
G	16	polina
G	8	polish
G	4	polish development bank
G	32	polishchuk
G	4	politehnica timisoara
G	1572864	politico
G	16384	polkowice
G	16384	pollachi
G	16384	pollença
G	1	pollock
G	16	polly
G	16384	polohy
G	16384	polokwane
G	16384	polomolok
G	4	polonia warsaw
G	4	polonia warszawa
G	16384	polonne
G	1	polster
G	16384	poltava
G	4	polti
G	16384	polyarnyy
G	16384	polyarnyye zori
G	16384	polysayevo
G	16384	políchni
G	16384	polūr
G	16384	pombal
G	16384	pombos
G	16384	pomerode
G	16384	pomezia
G	16384	pomigliano d'arco
G	16384	pomona
G	16384	pompano beach
G	16384	pompei
G	256	pompeii
G	294912	pompeo
G	16384	pompéia
G	16384	pompéu
G	16384	ponca city
G	16384	ponce
G	16384	ponda
G	16384	ponferrada
G	16384	ponmana
G	16384	ponneri
G	16384	ponnur
G	16384	ponnāni
G	16384	ponnūru
G	16384	ponorogo
G	16384	pont - à - celles
G	16384	pont - à - mousson
G	16384	pont-à-celles
G	16384	pont-à-mousson
G	16384	ponta delgada
G	16384	ponta grossa
G	16384	ponta porã
G	16384	pontal
G	16384	pontarlier
G	16384	pontault - combault
G	16384	pontault-combault
G	16384	ponte de lima
G	16384	ponte nova
G	16384	ponte vedra beach
G	16384	ponteareas
G	16384	pontedera
G	16386	pontefract
G	16384	pontes e lacerda
G	16384	pontevedra
G	16386	pontiac
G	2	pontiac osteopathic hospital
G	16384	pontian kechil
G	16384	pontianak
G	16384	ponticelli
G	1	ponting
G	16384	pontinha
G	16384	pontivy
G	16384	pontoise
G	16384	pontypool
G	16384	pontypridd
G	16384	poole
G	16384	pooler
G	16384	poonamalle
G	16384	pop
G	16384	popasna
G	16384	popayán
G	266240	pope
G	1	pope john paul
G	16384	poperinge
G	32	popescu
G	16384	popeşti - leordeni
G	16384	popeşti-leordeni
G	16384	poplar bluff
G	16384	popondetta
G	33	popov
G	32	popovic
G	16384	popovo
G	16384	poppenbüttel
G	16384	poprad
G	16384	poptún
G	4	popular party
G	4	popular revolutionary army
G	16384	porac
G	16384	porangatu
G	16384	porbandar
G	16384	pordenone
G	16384	pori
G	16384	porirua
G	16384	porlamar
G	16384	poronaysk
G	32768	poroshenko
G	16384	porriño
G	16384	porsa
G	4	porsche
G	16384	porsgrunn
G	16384	port - au - prince
G	16384	port - de - bouc
G	16384	port - de - paix
G	16384	port - gentil
G	16384	port - vila
G	16384	port alberni
G	16384	port alfred
G	16384	port angeles
G	16384	port area
G	16386	port arthur
G	64	port au prince
G	16384	port blair
G	16384	port charlotte
G	16384	port chester
G	4	port christine
G	16384	port colborne
G	16384	port coquitlam
G	16384	port dickson
G	16448	port elizabeth
G	16384	port glasgow
G	16384	port harcourt
G	16384	port hueneme
G	16384	port huron
G	16384	port loko
G	16384	port louis
G	16384	port macquarie
G	16384	port melbourne
G	16384	port moody
G	16384	port moresby
G	16384	port of spain
G	16384	port orange
G	16384	port richmond
G	16448	port said
G	16384	port saint lucie
G	16384	port shepstone
G	16384	port sudan
G	4	port vale
G	16384	port washington
G	16384	port-au-prince
G	16384	port-de-bouc
G	16384	port-de-paix
G	16384	port-gentil
G	16384	port-vila
G	16384	porta
G	16384	porta westfalica
G	16384	portadown
G	16384	portage
G	16384	portage park
G	16384	portalegre
G	16384	portel
G	16384	porterville
G	16384	porthcawl
G	16	portia
G	16384	portici
G	32	portillo
G	16384	portimão
G	16384	portishead
G	16450	portland
G	512	portland timbers
G	512	portland trail blazers
G	16384	portmore
G	16454	porto
G	16384	porto - novo
G	16384	porto alegre
G	16384	porto calvo
G	16384	porto empedocle
G	16384	porto feliz
G	16384	porto ferreira
G	16384	porto san giorgio
G	16384	porto sant'elpidio
G	16384	porto seguro
G	16384	porto torres
G	16384	porto união
G	16384	porto velho
G	16384	porto-novo
G	16384	portogruaro
G	16384	portoviejo
G	16384	portslade
G	16390	portsmouth
G	16384	portsmouth heights
G	130	portugal
G	16384	portugalete
G	4	portuguesa
G	9216	portuguese
G	1024	portugueses
G	16384	portão
G	16384	porur
G	16384	porvoo
G	16384	posadas
G	16384	posillipo
G	16384	poso
G	16384	posse
G	4	post
G	16384	post falls
G	8	post-second world war
G	8	post-soviet
G	16384	postmasburg
G	16384	posto da mata
G	16384	potchefstroom
G	16384	potenza
G	16384	potiskum
G	16384	potomac
G	16384	potosí
G	16384	potrerillos
G	16386	potsdam
G	16384	potters bar
G	16384	pottstown
G	16384	poughkeepsie
G	32	poulsen
G	16384	poulton - le - fylde
G	16384	poulton-le-fylde
G	16384	pourham
G	16384	pouso alegre
G	16384	pout
G	16384	považská bystrica
G	16384	povorino
G	16384	powai
G	16384	poway
G	32	powell
G	4	power
G	4	power corp
G	4	power corp of canada
G	4	power financial corp
G	4	power new zealand
G	4	power nz odv
G	16384	poyang
G	16384	poykovskiy
G	16384	poza rica de hidalgo
G	64	poznan
G	16384	poznań
G	16384	pozoblanco
G	16384	pozuelo de alarcón
G	16384	pozzallo
G	16384	pozzuoli
G	16384	poá
G	16384	poços de caldas
G	16384	poções
G	16384	požarevac
G	16384	požega
G	4	pp
G	16384	prabumulih
G	16384	prachin buri
G	16384	prachuap khiri khan
G	16384	pradera
G	16384	pradl
G	16384	prado
G	16384	praga południe
G	16384	praga północ
G	16450	prague
G	4	prague newsroom
G	4	prague stock exchange
G	16384	praia
G	16384	praia grande
G	16384	prairie village
G	2	prairies
G	16384	prairieville
G	16	prakash
G	1	prakash chandra lohani
G	16384	prakhon chai
G	16384	pran buri
G	33	prasad
G	1	prasad wagle
G	16384	prata
G	16448	prato
G	16384	prattville
G	16384	pratāpgarh
G	16	pravit
G	16384	praya
G	8	pre-soviet
G	1	predrosa
G	16384	preetz
G	16	prem
G	4	prem dan
G	4096	premier
G	512	premier league
G	512	premier oil
G	16384	premià de mar
G	16384	prenzlau
G	16384	prenzlauer berg
G	16384	prescot
G	16385	prescott
G	16384	prescott valley
G	16384	presidencia roque sáenz peña
G	266240	president
G	16384	presidente dutra
G	16384	presidente epitácio
G	16384	presidente franco
G	16384	presidente prudente
G	16384	presidente venceslau
G	16384	presnenskiy
G	4	press trust of india
G	16384	prestatyn
G	16384	prestea
G	16407	preston
G	16384	prestons
G	16384	prestwich
G	16450	pretoria
G	16384	prey veng
G	16384	prešov
G	16384	prichard
G	16384	pridonskoy
G	16384	priego de córdoba
G	16384	prievidza
G	32	prifti
G	16384	prigen
G	32768	prigozhin
G	16384	prijedor
G	16384	prilep
G	4096	prime minister
G	4	primedia
G	16384	primer ensanche
G	16384	primero de enero
G	16384	primorsko - akhtarsk
G	16384	primorsko-akhtarsk
G	4096	prince
G	1	prince abdullah
G	16384	prince albert
G	1	prince charles
G	16384	prince edward
G	256	prince edward island
G	16384	prince george
G	1	prince rainier
G	2	prince rupert
G	2	prince william sound
G	16384	princeton
G	1	princeton lyman
G	16384	prior lake
G	16384	priozërsk
G	16	priscila
G	16	priscilla
G	16384	pristina
G	4	privatisation commission
G	16384	privolzhsk
G	16384	privolzhskiy
G	8	prix de l ' abbaye
G	16	priyamvada
G	16384	priyutovo
G	16384	prizren
G	8	pro-baghdad
G	8	pro-israel
G	16384	probolinggo
G	32	prochazka
G	32	prochazkova
G	512	procter & gamble
G	16384	proddatūr
G	1	prodi
G	8	producer prices index
G	4096	prof
G	16384	progreso
G	16384	progreso de alvaro obregon
G	16384	prokhladnyy
G	16384	prokuplje
G	16384	proletar
G	16384	proletarsk
G	4	proleter
G	16384	promissão
G	4	promodes
G	16384	promyshlennaya
G	4	property capital
G	4	property capital trust
G	16384	propriá
G	16384	prosek
G	16384	prospect heights
G	16384	prosper
G	16384	prostějov
G	16384	protaras
G	16384	protvino
G	16384	provenals del poblenou
G	262144	proverbs
G	16384	providence
G	4	provisional election commission
G	16384	provo
G	16	prudence
G	516	prudential
G	16384	prudentópolis
G	16384	prudnik
G	16384	prunedale
G	16384	pruszcz gdański
G	16384	pruszków
G	16384	pruzhany
G	4	prykarpattya
G	4	prykarpattya ivano-frankivsk
G	16384	pryluky
G	16384	przasnysz
G	16384	przemyśl
G	16384	przeworsk
G	16384	préveza
G	4	psa
G	4	psc
G	4	pse
G	4	psg
G	4	psi net
G	16384	pskov
G	4	psv
G	4	psv eindhoven
G	16384	pszczyna
G	4	pt matahari putra prima
G	4	pt vdh teguh sakti
G	16384	ptolemaḯda
G	4	ptt
G	16384	ptuj
G	16384	puan
G	16384	pubal
G	4	public service , labour and social welfare
G	4	public service association
G	4	public service commission
G	4	public transport corporation
G	16384	pucallpa
G	16384	pucheng
G	16384	puchheim
G	4	puchon
G	16384	pucón
G	2	pudong new area
G	16384	pudsey
G	16384	puducherry
G	16384	pudukkottai
G	1	pudvah
G	16452	puebla
G	16384	pueblo
G	16384	pueblo nuevo
G	16384	pueblo west
G	16384	puente - genil
G	16384	puente alto
G	16384	puente de ixtla
G	16384	puente de vallecas
G	16384	puente-genil
G	16384	puerto asís
G	16384	puerto ayacucho
G	16384	puerto aysén
G	16384	puerto barrios
G	16384	puerto berrío
G	16384	puerto boyacá
G	16384	puerto cabello
G	16384	puerto cabezas
G	16384	puerto colombia
G	16384	puerto cortez
G	16384	puerto de la cruz
G	16384	puerto del carmen
G	16384	puerto del rosario
G	16384	puerto el triunfo
G	16384	puerto eldorado
G	16384	puerto escondido
G	16384	puerto esperanza
G	16384	puerto francisco de orellana
G	16384	puerto iguazú
G	16384	puerto la cruz
G	16384	puerto lópez
G	16384	puerto madryn
G	16384	puerto maldonado
G	16384	puerto montt
G	16384	puerto natales
G	16384	puerto padre
G	16384	puerto peñasco
G	16384	puerto plata
G	16384	puerto princesa
G	16384	puerto real
G	1032	puerto rican
G	1024	puerto ricans
G	16514	puerto rico
G	16384	puerto san josé
G	16384	puerto santander
G	16384	puerto tejada
G	16384	puerto vallarta
G	16384	puerto varas
G	16386	puertollano
G	2048	puff daddy
G	16384	pugachev
G	1	puglisi
G	16384	pujali
G	16384	pujilí
G	4	puk
G	8	puk-kdp
G	8	puk-run
G	16384	pukekohe east
G	16384	pukhrāyān
G	16384	pul - e khumrī
G	16384	pul-e khumrī
G	16384	pula
G	16384	pulandian
G	16384	pulgaon
G	16384	pulheim
G	16384	puli
G	16384	pulilan
G	16384	pulivendla
G	16384	puliyangudi
G	16384	pullman
G	16384	pully
G	16384	pulong santa cruz
G	4	pulpex
G	16384	pulupandan
G	16384	pulwama
G	16384	puma
G	16384	pumiao
G	16384	pumwani
G	16384	punaauia
G	16384	punalūr
G	16384	punata
G	16384	punchbowl
G	16384	pundong
G	16384	pune
G	16384	punganūru
G	16384	puning
G	258	punjab
G	16384	punjai puliyampatti
G	16384	puno
G	4	punr
G	16384	punta alta
G	16384	punta arenas
G	16384	punta cana
G	16384	punta cardón
G	16384	punta gorda
G	16384	punta gorda isles
G	16384	puntarenas
G	16384	punto fijo
G	16384	punākha
G	16384	punāsa
G	16384	pupri
G	16384	puqi
G	16384	purbalingga
G	4	purdue frederick co
G	4	purefoods hotdogs
G	4	purepac
G	4	purepac pharamceutical
G	16384	puri
G	16384	purley
G	16384	purmerend
G	16384	purnia
G	16384	purral
G	16384	pursat
G	16384	puruliya
G	16384	puruándiro
G	16384	purwakarta
G	16384	purwodadi
G	16384	purwokerto
G	16384	purwā
G	16384	purísima de bustos
G	16384	pusad
G	4	pusan
G	16384	pushchino
G	16384	pushkar
G	16384	pushkin
G	16384	pushkino
G	1	pushpakumara
G	16384	putatan
G	16384	puteaux
G	16	puteri
G	16384	puthia
G	16384	putian
G	16384	putignano
G	32800	putin
G	256	putnam
G	16384	putra heights
G	16384	putrajaya
G	16384	puttalam
G	16384	putte
G	16384	putten
G	16384	puttūr
G	16384	puurs
G	16384	puyallup
G	16448	puyang
G	16384	puyang chengguanzhen
G	16384	puyo
G	16384	puçol
G	16384	puławy
G	16384	pułtusk
G	4096	pvt
G	16384	pyapon
G	16384	pyatigorsk
G	16384	pyay
G	16384	pyin oo lwin
G	16384	pyinmana
G	16384	pylaía
G	540736	pyongyang
G	16	pyotr
G	16384	pyriatyn
G	16384	pyskowice
G	16384	pyt - yakh
G	16384	pyt-yakh
G	16384	pyu
G	16384	pájara
G	16384	pánuco
G	16384	pápa
G	16384	pátra
G	16384	pátzcuaro
G	16384	pärnu
G	16384	pécs
G	16384	péfki
G	16384	pénjamo
G	16384	pérama
G	16384	pérez
G	16384	pérgamos
G	16384	périgueux
G	16384	péruwelz
G	16384	pétionville
G	16384	písek
G	16384	pórticos de san antonio
G	16384	póvoa de santa iria
G	16384	póvoa de varzim
G	16384	pô
G	16384	pôsto fiscal rolim de moura
G	16384	púchov
G	16384	püspökladány
G	16384	püttlingen
G	16384	pýrgos
G	16384	pābna
G	16384	pāchora
G	16384	pādegān - e manjīl
G	16384	pādegān-e manjīl
G	16384	pākāla
G	16384	pālakkodu
G	16384	pālakollu
G	16384	pālang
G	16384	pālanpur
G	16384	pālghar
G	16384	pālghāt
G	16384	pāli
G	16384	pālitāna
G	16384	pālkonda
G	16384	pāloncha
G	16384	pānchla
G	16384	pāndhurnā
G	16384	pānihāti
G	16384	pānīpat
G	16384	pāonta sāhib
G	16384	pāppinisshēri
G	16384	pār naogaon
G	16384	pārdi
G	16384	pārsābād
G	16384	pārvatipuram
G	16384	pāsighāt
G	16384	pāsārgād
G	16384	pātan
G	16384	pāthardi
G	16384	pāthardih
G	16384	pāthri
G	16384	pātūr
G	16384	pāveh
G	16384	pāvugada
G	16384	pīlibhīt
G	16384	pīpri
G	16384	pīpār
G	16384	pīrgaaj
G	16384	pīshvā
G	16384	płock
G	16384	płońsk
G	16384	přerov
G	16384	příbram
G	16384	pūnch
G	16384	pūndri
G	16384	pūnāhāna
G	16384	pūranpur
G	16384	pūrna
G	16384	qabāţīyah
G	16384	qadirpur ran
G	4	qadissiya
G	16384	qahderījān
G	16384	qaisumah
G	16384	qalansuwa
G	16384	qalqīlyah
G	16384	qalyūb
G	16384	qamdo
G	16384	qandala
G	16384	qapqal
G	16384	qaraçuxur
G	16384	qarchak
G	16384	qarqīn
G	16384	qarshi
G	16384	qaryat sulūq
G	16384	qarāwul
G	2	qasri
G	128	qatar
G	1024	qatari
G	1024	qataris
G	16384	qazax
G	16384	qazvin
G	16384	qaşr - e qand
G	16384	qaşr-e qand
G	16384	qaţanā
G	16384	qeshm
G	1	qian qichen
G	1	qiang hong
G	16384	qianjiang
G	16384	qianzhou
G	16384	qibray
G	1	qidra
G	16448	qingdao
G	16384	qinggang
G	256	qinghai
G	16384	qingnian
G	16384	qingquan
G	16384	qingshuping
G	16384	qingyang
G	16384	qingyuan
G	16384	qingzhou
G	16384	qinhuangdao
G	16384	qinnan
G	16384	qinzhou
G	16384	qinā
G	16384	qionghai
G	16384	qionghu
G	16384	qiongshan
G	16384	qiqihar
G	16384	qiryat ata
G	16384	qiryat bialik
G	16384	qiryat moẕqin
G	16384	qiryat shemona
G	16384	qiryat yam
G	16384	qom
G	16384	qormi
G	16384	qorveh
G	16384	qoryooley
G	1	qotbuddin hilal
G	16384	quakers hill
G	16384	qualiano
G	512	quantas
G	16384	quanzhou
G	16384	quaraí
G	16384	quaregnon
G	1	quarracino
G	16384	quart de poblet
G	16384	quarteira
G	16384	quarto
G	16384	quartu sant'elena
G	16384	quatre bornes
G	16384	quatro barras
G	16384	quattromiglia
G	16384	quba
G	256	quebec
G	16384	quedlinburg
G	4096	queen
G	4	queen 's park
G	4	queen 's park rangers
G	16384	queen creek
G	4	queen of the
G	4	queen of the south
G	16	queenie
G	16384	queens
G	516	queens park rangers
G	16384	queens village
G	16384	queensbury
G	16384	queensdale
G	258	queensland
G	16384	queenstown
G	16384	queimados
G	16384	quelimane
G	16384	quellón
G	16384	queluz
G	16	quentin
G	2	quepos
G	16384	querecotillo
G	256	queretaro
G	16384	quesada
G	16386	quetta
G	16384	quetzaltenango
G	16384	quevedo
G	16384	quezaltepeque
G	16448	quezon
G	16384	quezon city
G	16384	qufu
G	16384	qui nhon
G	16	quiana
G	16384	quiapo
G	16384	quibdó
G	16384	quickborn
G	1	quigley
G	16384	quillacollo
G	16384	quillota
G	16384	quilmes
G	16384	quilpué
G	16384	quimbaya
G	16384	quimper
G	16400	quincy
G	16	quinn
G	16384	quinta do conde
G	256	quintana roo
G	16384	quinte west
G	16	quinton
G	16384	quirinópolis
G	32	quispe
G	16384	quisqueya
G	16384	quitilipi
G	16450	quito
G	16384	quixadá
G	16384	quixeramobim
G	512	quiznos
G	16384	qujing
G	16384	qulsary
G	262144	qur'an
G	16384	qurayyat
G	16384	qusar
G	16384	quthbullapur
G	16384	quthing
G	16384	quva
G	16384	quvasoy
G	16384	quwaysinā
G	16384	quzhou
G	16384	québec
G	16384	quíbor
G	16384	quţūr
G	16384	quảng ngãi
G	16384	qādiān
G	16384	qārah
G	16384	qīr moāv
G	16384	qūchān
G	16384	qŭrghonteppa
G	16384	qŭshkŭpir
G	1	r leong
G	1	r. blakey
G	1	r. croft
G	1	r. dravid
G	1	r. fay
G	1	r. harden
G	1	r. illingworth
G	1	r. irani
G	1	r. kaluwitharana
G	1	r. ponting
G	16384	ra - ngae
G	16384	ra'anana
G	16384	ra-ngae
G	16384	raahe
G	16384	raalte
G	16384	rabak
G	16450	rabat
G	1	rabbani
G	16	rabina
G	1	rabinovich
G	16384	rabkavi
G	4	rabobank
G	4	rabobank nederland ba
G	16	rachael
G	16	rachel
G	16	rachele
G	16	rachelle
G	16	rachid
G	16	rachida
G	2048	rachmaninoff
G	16384	racibórz
G	16384	racine
G	4	racing club
G	4	rad
G	16384	radcliff
G	16384	radcliffe
G	16384	radeberg
G	16384	radebeul
G	1	radek bonk
G	16384	radevormwald
G	16384	radford
G	32	radic
G	4	radical cause
G	4	radio new zealand
G	512	radiohead
G	1	radka bobkova
G	1	radka zrubakova
G	16384	radlin
G	4	radnicki
G	4	radnicki ( n )
G	16384	radnor
G	16384	radolfzell
G	16384	radom
G	16384	radomsko
G	16384	radomyshl
G	16384	radovis
G	32	radu
G	16384	raduzhny
G	16384	raduzhnyy
G	16384	radviliskis
G	16384	radzionków
G	16384	radzyń podlaski
G	16384	radès
G	16	rae
G	16384	raebareli
G	4	raf riga
G	16	rafael
G	1	rafael moreno turrent
G	1	rafael palmeiro
G	16384	rafaela
G	16384	rafaḩ
G	2048	raffi
G	16384	rafiganj
G	1	rafiqul islam
G	16384	rafsanjān
G	1	rafter
G	262144	ragan
G	16384	raghunathpur
G	16384	ragusa
G	16384	rahachow
G	16384	rahat
G	16384	rahden
G	16384	rahim yar khan
G	16384	rahimatpur
G	16	rahul
G	1	rahul dravid
G	16384	rahway
G	1	raichev
G	16384	raigarh
G	16	raina
G	16	rainer
G	1	rainier
G	16448	raipur
G	2048	raisa
G	16384	raisen
G	16384	raisio
G	4	raith
G	4	raith rovers
G	4	raith rovers fc
G	16384	raiwind
G	4	raja casablanca
G	16384	raja jang
G	16384	rajanpur
G	16384	rajaori
G	16384	rajapalaiyam
G	4	rajapat institute
G	16384	rajapolah
G	256	rajasthan
G	8	rajavi
G	16	rajesh
G	16384	rajin
G	16384	rajpur
G	256	rajshahi
G	16384	rakovník
G	16384	rakovski
G	4	rakow czestochowa
G	16384	rakvere
G	16448	raleigh
G	16	ralf
G	1	ralf kelleners
G	8	rally
G	4	rally for the return of refugees and democracy in rwanda
G	16	ralph
G	16384	ramada
G	16384	ramadi
G	16384	ramagundam
G	16386	ramallah
G	16384	ramanathapuram
G	16384	ramanayyapeta
G	16384	ramat gan
G	16384	ramat hasharon
G	8	rambo
G	16384	rambouillet
G	16384	ramenki
G	16384	ramenskoye
G	16386	rameswaram
G	32	ramirez
G	16	ramiro
G	16384	ramla
G	2	ramle
G	16400	ramon
G	1	ramon delgado
G	1	ramon machuca
G	1	ramon vega
G	16400	ramona
G	16416	ramos
G	16384	ramos arizpe
G	16384	ramotswa
G	16384	rampachodavaram
G	16384	rampur hat
G	16384	ramsbottom
G	16384	ramsey
G	16384	ramsgate
G	32768	ramzan kadyrov
G	1	rana sabbagh
G	16384	ranam
G	1	ranatunga
G	16384	ranau
G	16384	rancagua
G	16384	rancharia
G	16448	ranchi
G	16384	rancho cordova
G	16384	rancho cucamonga
G	16384	rancho la gloria
G	16384	rancho mirage
G	16384	rancho palos verdes
G	16384	rancho penasquitos
G	16384	rancho san diego
G	16384	rancho santa margarita
G	16384	ranchuelo
G	16	randal
G	17	randall
G	16384	randallstown
G	16384	randburg
G	16384	randers
G	16384	randfontein
G	16	randi
G	16400	randolph
G	16384	randudongkal
G	16384	randwick
G	1	randy johnson
G	1	rangarajan
G	4	rangers
G	16384	rangia
G	16384	rangkasbitung
G	2	rangoon
G	16640	rangpur
G	16384	rangāpāra
G	16	rania
G	1	raniero iacomella
G	16384	ranipur
G	16384	rano
G	16384	ranong
G	16384	ranot
G	2	ransart
G	16384	ranst
G	32	rantanen
G	16384	rantauprapat
G	16384	rantepao
G	4	rao gazprom
G	16384	raojān
G	16	raoul
G	16384	rapallo
G	16	raphael
G	1	raphael lakpe
G	1	raphael lapke
G	1	raphael riel
G	1	raphael wicky
G	1	raphanel
G	4	rapid bucharest
G	16384	rapid city
G	4	rapid vienna
G	4	rapid wien
G	16384	rapperswil
G	2097152	raqqa
G	16	raquel
G	16384	ras al khaimah city
G	16384	ras gharib
G	16	rashad
G	2048	rashid
G	1	rashid latif
G	16384	rasht
G	16384	rasipuram
G	16	rasmus
G	32	rasmussen
G	16384	rasrā
G	16384	rasskazovo
G	16384	rastatt
G	16384	rastede
G	16384	ratangarh
G	16384	ratanpur
G	16384	ratchaburi
G	16384	ratekau
G	16384	rathenow
G	16384	ratia
G	16384	ratingen
G	2	ratlam
G	16384	ratlām
G	16384	ratnagiri
G	16384	ratnapura
G	16384	ratodero
G	262144	ratzinger
G	16384	raub
G	16	raul
G	16384	rauma
G	16384	raurkela
G	1	ravanelli
G	32	ravelli
G	16388	ravenna
G	16384	ravensburg
G	2	ravi
G	1	ravindra pushpakumara
G	16384	rawa mazowiecka
G	16384	rawala kot
G	16448	rawalpindi
G	2	rawandouz
G	16384	rawang
G	16384	rawicz
G	16	rawiri
G	16384	rawmarsh
G	16384	rawson
G	16384	rawtenstall
G	16384	raxaul
G	1	ray belim
G	1	ray durham
G	1	ray houghton
G	2048	ray romano
G	16	rayan
G	16384	raychikhinsk
G	16384	rayevskiy
G	16640	rayleigh
G	16	raymond
G	1	raymond atteveld
G	1	raymond mabus
G	1	raymond russell
G	16384	raymore
G	16	rayna
G	16384	rayong
G	16384	rayside - balfour
G	16384	rayside-balfour
G	16384	raytown
G	16384	razgrad
G	16384	razumnoye
G	16384	raḩīmah
G	4	rba
G	512	rbc
G	12	rbi
G	512	rbs
G	4	rdr
G	4	re
G	512	readers digest
G	16388	reading
G	32801	reagan
G	516	real madrid
G	512	real salt lake
G	16384	realejo alto
G	16	reanna
G	4096	rear admiral
G	16	reba
G	16	rebeca
G	16	rebecca
G	1	rebecca weinstein
G	16	rebeka
G	16	rebekah
G	16	recep
G	32768	recep tayyip erdogan
G	16384	rechytsa
G	16448	recife
G	16384	recklinghausen
G	16384	recodo
G	16384	reconquista
G	4	red brigade
G	512	red bull
G	516	red cross
G	16384	red deer
G	512	red hot chili peppers
G	8	red indian
G	4	red lion hotels inc
G	512	red lobster
G	2	red river
G	258	red sea
G	4	red sox
G	4	red star
G	4	red star belgrade
G	16384	red wing
G	16384	reda
G	16384	redan
G	16384	redbank plains
G	16384	redcar
G	16384	redcliff
G	256	redcliffe
G	16384	redding
G	16384	redditch
G	16384	redenção
G	16384	redford
G	1	redgrave
G	16640	redhill
G	16384	redland
G	16384	redlands
G	16385	redmond
G	16384	redondela
G	16384	redondo beach
G	16384	redruth
G	4	reds
G	16384	redwood city
G	16	reece
G	16384	reedley
G	16384	reef al fujairah city
G	16	reem
G	16	reema
G	16416	rees
G	2048	reese witherspoon
G	1	reeve
G	4	reform party
G	8	reform ticket-cnn
G	16384	reforma
G	16384	reftinskiy
G	16	regan
G	16384	regensburg
G	16384	regente feijó
G	16384	reggane
G	4	reggiana
G	16	reggie
G	16384	reggio calabria
G	16384	reggio nell'emilia
G	16384	reghaïa
G	16384	reghin - sat
G	16384	reghin-sat
G	16400	regina
G	1	regina jacobs
G	16	reginald
G	16	regis
G	16384	registro
G	16384	regla
G	16384	rego park
G	16384	reguiba
G	1	regula susana siegfried
G	8	regulation
G	16384	rehli
G	16384	rehnān
G	16384	rehoboth
G	16	reid
G	1	reiffel
G	16384	reigate
G	16	reihaneh
G	2048	reilley
G	2048	reilly
G	16448	reims
G	16	reina
G	16384	reinbek
G	16384	reinheim
G	2048	reinhold
G	16384	reinickendorf
G	32	reis
G	16384	reisterstown
G	32	reiter
G	16384	reitz
G	16384	rejon placu grunwaldzkiego
G	16384	rejon placu świętego macieja
G	16384	rejon ulicy traugutta
G	16384	relizane
G	16384	remagen
G	65536	remainer
G	65536	remainers
G	512	remax
G	16384	rembangan
G	16384	rembertów
G	2048	rembrandt
G	16384	remchi
G	16384	remedios
G	8	remington
G	1	remmy mushota
G	16384	remscheid
G	16384	remuna
G	8	ren a ren
G	16	rena
G	16	renae
G	16384	renala khurd
G	16	renata
G	16384	rendsburg
G	24	rene
G	1	rene eijkelkamp
G	1	rene schneider
G	16	renee
G	16384	renens
G	16384	renfrew
G	16384	rengasdengklok
G	16384	rengo
G	16384	reni
G	16384	renigunta
G	1	rennae stubbs
G	16452	rennes
G	16384	renningen
G	16384	reno
G	16384	renqiu
G	16384	renton
G	16384	renukūt
G	1	renzo furlan
G	16384	reoti
G	528392	rep
G	8	rep .
G	16384	repalle
G	16384	repelón
G	16384	repentigny
G	1	reppas
G	4096	reps
G	4	repsol
G	16394	republic
G	130	republic of ireland
G	128	republic of korea
G	128	republic of the congo
G	128	republic of the gambia
G	335872	republican
G	4	republican front
G	4	republican house
G	8	republican national convention
G	1048580	republican party
G	8	republican-controlled
G	8	republican-initiated
G	8	republican-led
G	8	republican-written
G	598016	republicans
G	2	republika srbska
G	2	republika srpska
G	16384	requena
G	4096	res
G	4	resalat
G	16384	resen
G	16384	resende
G	4	reserve bank of australia
G	4	reserve bank of india
G	16384	reservoir
G	4	resistance
G	16384	resistencia
G	16384	resplendor
G	16384	ressano garcia
G	16384	reston
G	16	reta
G	16384	retalhuleu
G	16384	retford
G	16384	rethymno
G	1	retief
G	1	retief goosen
G	16384	retiro
G	16384	retreat
G	16	reuben
G	1	reuf mehemdagic
G	16384	reuleuet
G	128	reunion
G	16384	reus
G	33	reuter
G	4	reuter london newsroom
G	1048580	reuters
G	4	reuters chicago newsdesk
G	4	reuters ottawa burea
G	4	reuters television
G	4	reuters toronto bureau
G	16384	reutlingen
G	16384	reutov
G	4096	rev
G	16384	revda
G	16384	revelganj
G	16384	revere
G	512	revlon
G	4	revolutionary armed forces of colombia
G	4	revolutionary united front
G	4	revolutionary workers ' party
G	16384	rewa
G	4	rewe
G	4	rewe-handelsgruppe
G	16384	rewāri
G	16384	rexburg
G	16	reyansh
G	32	reyes
G	16384	reyes acozac
G	16384	reyhanlı
G	64	reykjavik
G	16384	reykjavík
G	16	reyna
G	16	reynaldo
G	32	reynolds
G	16384	reynoldsburg
G	16384	reynosa
G	16	reza
G	16384	rezh
G	16384	rezé
G	16384	reçani
G	16384	reşiţa
G	16384	reẖovot
G	16	rhea
G	16384	rheda - wiedenbrück
G	16384	rheda-wiedenbrück
G	16384	rhede
G	16384	rheinbach
G	16384	rheinberg
G	16384	rheine
G	16384	rheinfelden
G	16384	rheinstetten
G	16384	rhenen
G	16	rhett
G	16	rhiannon
G	8	rhineside
G	16384	rho
G	16	rhoda
G	256	rhode island
G	262144	rhodes
G	16	rhona
G	16	rhonda
G	16384	rhondda
G	4	rhone poulenc
G	16384	rhoon
G	16384	rhosllanerchrugog
G	16384	rhyl
G	20	ria
G	1048576	ria novosti
G	16384	riachão do jacuípe
G	16384	rialto
G	16384	ribarroja del turia
G	16384	ribeira
G	16384	ribeira do pombal
G	32	ribeiro
G	16384	ribeirão
G	16384	ribeirão da ilha
G	16384	ribeirão das neves
G	16384	ribeirão pires
G	16384	ribeirão preto
G	16384	ribera
G	16384	riberalta
G	16384	ribnitz - damgarten
G	16384	ribnitz-damgarten
G	16	ricardo
G	1	ricardo rosset
G	1	ricardo sa pinto
G	16	riccardo
G	32	ricci
G	16384	riccione
G	17	richard
G	16384	richard - toll
G	1	richard andrews
G	1	richard black
G	1	richard finn
G	1	richard gephardt
G	1	richard hadlee
G	1	richard kosgei
G	1	richard krajicek
G	1	richard lamm
G	1	richard lindsey
G	1	richard sabourin
G	1	richard wisinga
G	1	richard witschge
G	16384	richard-toll
G	32	richards
G	16384	richards bay
G	16416	richardson
G	1	richardt
G	16	richelle
G	1	richey reneberg
G	16384	richfield
G	16384	richha
G	16	richie
G	16384	richland
G	16646	richmond
G	16384	richmond hill
G	16384	richmond west
G	8	richmond-based
G	1	richter
G	16	rick
G	1	rick huisman
G	16	rickey
G	1	rickey henderson
G	16	ricki
G	16	rickie
G	16	ricky
G	1	ricky ponting
G	1	ricky willison
G	262160	rico
G	16384	ridder
G	16384	ridderkerk
G	16384	ridgecrest
G	16384	ridgeland
G	16384	ridgewood
G	1	riedle
G	16384	riedstadt
G	16384	riegelsberg
G	16384	riehen
G	2	riel
G	16384	riemst
G	32	ries
G	16384	riesa
G	16384	rietberg
G	16384	rieti
G	4	rif
G	1	rifkind
G	16384	rifu
G	16448	riga
G	1048576	right sector
G	2048	rihanna
G	16384	riihimäki
G	16384	rijau
G	16384	rijeka
G	16384	rijen
G	16384	rijswijk
G	1	rika hiraki
G	16384	rikaze
G	16	rikki
G	16	riko
G	17	riley
G	16384	rillieux - la - pape
G	16384	rillieux-la-pape
G	16	rimas
G	16384	rimavská sobota
G	16384	rimini
G	1	rimma maslova
G	16384	rimouski
G	16	rin
G	16	rina
G	16384	rincón de la victoria
G	16384	rincón de romos
G	2048	ringo starr
G	16384	ringsted
G	16384	ringwood
G	16384	rinteln
G	524354	rio
G	16384	rio bonito
G	16384	rio branco
G	16384	rio branco do sul
G	16384	rio brilhante
G	16384	rio claro
G	16384	rio das ostras
G	16384	rio das pedras
G	16450	rio de janeiro
G	16384	rio de mouro
G	16384	rio do sul
G	16384	rio formoso
G	16640	rio grande
G	16384	rio grande da serra
G	16384	rio largo
G	16384	rio linda
G	16384	rio negrinho
G	16384	rio negro
G	16384	rio pardo
G	16384	rio preto da eva
G	16384	rio rancho
G	16384	rio real
G	16384	rio rico
G	16384	rio tinto
G	16384	rio verde
G	16384	rio verde de mato grosso
G	16384	riobamba
G	16384	riohacha
G	16384	rioja
G	16384	riom
G	16384	rionegro
G	1	rios
G	16384	riosucio
G	16384	rioverde
G	1	ripken
G	16384	ripley
G	16384	ripollet
G	16384	ripon
G	16384	ris - orangis
G	16384	ris-orangis
G	16384	risalpur cantonment
G	16384	risca
G	32768	rishi sunak
G	4	rishon
G	16384	rishon leẕiyyon
G	2	rishon-lezion
G	16384	rishra
G	16384	rishīkesh
G	16384	risod
G	16	rita
G	1	rita grande
G	524288	ritter
G	2048	rivaldo
G	16416	rivas
G	16384	rivas - vaciamadrid
G	16384	rivas-vaciamadrid
G	16384	river falls
G	4	river medical inc.
G	4	river plate
G	16416	rivera
G	16384	riverbank
G	256	riverbend
G	16384	riverdale
G	256	riverfront
G	16384	riversdale
G	16640	riverside
G	16384	riverton
G	16384	riverview
G	2	riviera
G	16384	riviera beach
G	16384	rivière - du - loup
G	16384	rivière-du-loup
G	16384	rivne
G	16384	rivoli
G	16384	rixensart
G	16	riya
G	540738	riyadh
G	1	riza altun
G	16384	rizal
G	16384	rize
G	16384	rizhao
G	1	rizzitelli
G	32	rizzo
G	4	rkc
G	4	rkc waalijk
G	4	rkc waalwijk
G	4	rmt
G	1	ro gajadhar
G	4	road alert
G	16	roan
G	16384	roanne
G	16384	roanoke
G	16384	roanoke rapids
G	16	rob
G	1	rob enderle
G	16384	robbah
G	2	robben island
G	16	robbie
G	1	robbie fowler
G	1	robbie mcewen
G	16	robbin
G	16	robby
G	4	roberston stephens & co
G	16	robert
G	1	robert allenby
G	1	robert aranosian
G	1	robert casey
G	1	robert chabora
G	1	robert coles
G	1	robert coughlan
G	1	robert croft
G	1	robert frowick
G	1	robert gutenstein
G	1	robert karlsson
G	1	robert kibet
G	32768	robert mueller
G	1	robert mugabe
G	1	robert pelletreau
G	1	robert pires
G	1	robert reichel
G	1	robert rubin
G	1	robert schuman
G	1	robert stefko
G	4	robert w. baird
G	4	robert w. baird & co .
G	16	roberta
G	1	roberta brunet
G	16	roberto
G	1	roberto alomar
G	1	roberto baggio
G	1	roberto benigni
G	1	roberto carretero
G	1	roberto jabali
G	32	roberts
G	16384	robertsganj
G	16416	robertson
G	16384	robertsonpet
G	1	robin brooke
G	2048	robin hood
G	16384	robina
G	32	robinson
G	1	robson
G	16	robyn
G	16384	robāţ karīm
G	16384	robīt
G	16384	rocca di papa
G	16	rocco
G	16416	rocha
G	16388	rochdale
G	1	roche
G	16384	rochedale south
G	16384	rochefort
G	16	rochele
G	16	rochelle
G	16640	rochester
G	16384	rochester hills
G	16384	rochford
G	16	rocio
G	16384	rock forest
G	16384	rock hill
G	16384	rock island
G	16384	rock springs
G	16384	rockdale
G	16384	rockford
G	16384	rockhampton
G	16384	rockingham
G	16384	rockland
G	16384	rockledge
G	16384	rocklin
G	16384	rockville
G	16384	rockville centre
G	16384	rockwall
G	8	rocky
G	1	rocky coppinger
G	16384	rocky mount
G	16384	rocky river
G	2048	rod stewart
G	4	roda jc
G	4	roda jc kerkrade
G	16384	rodas
G	16	roderick
G	16384	rodez
G	16384	rodgau
G	16	rodger
G	1	rodica matescu
G	16	rodney
G	1	rodney eyles
G	1	rodney mosier
G	16384	rodniki
G	16	rodolfo
G	16384	rodolfo sánchez taboada
G	16	rodrigo
G	1	rodrigo carneiro
G	32	rodrigues
G	16417	rodriguez
G	1	roe
G	16	roel
G	1	roelofsen
G	16384	roermond
G	16384	roeselare
G	1	roest
G	1	rogel nachum
G	16	rogelio
G	16	roger
G	1	roger black
G	1	roger chapman
G	1	roger clemens
G	1	roger grimwade
G	1	roger hegi
G	1	roger kingdom
G	16416	rogers
G	16384	rogers park
G	16	roghayyeh
G	16384	roha
G	16	rohan
G	1	rohan robinson
G	65536	rohingya
G	65536	rohingyas
G	16384	rohini
G	16384	rohnert park
G	1	rohrabacher
G	16384	rohri
G	16384	rohtak
G	16384	roi et
G	16384	roissy - en - brie
G	16384	roissy-en-brie
G	16384	rojales
G	32	rojas
G	16384	rokiškis
G	16	roland
G	16	rolanda
G	16	rolando
G	16384	rolante
G	16384	roldanillo
G	16	rolf
G	1	rolf ekeus
G	1	rolf fringer
G	1	rolf sorensen
G	16384	rolla
G	16384	rolling meadows
G	16384	rolândia
G	4	roma
G	16384	romainville
G	16400	roman
G	8	roman catholic
G	512	roman empire
G	130	romania
G	8	romania-hungary
G	9216	romanian
G	4	romanian soccer federation
G	8	romanian-registered
G	1024	romanians
G	32	romano
G	16384	romano banco
G	16384	romano di lombardia
G	1	romano prodi
G	1	romano sion
G	16384	romans - sur - isère
G	16384	romans-sur-isère
G	16384	romblon
G	540738	rome
G	16	romeo
G	1	romeo wouden
G	16384	romeoville
G	32	romero
G	1	romesh kaluwitharana
G	16384	romford
G	1	romina nicaretta
G	16384	romita
G	16384	romny
G	16384	romorantin - lanthenay
G	16384	romorantin-lanthenay
G	16384	romsey
G	16384	romulus
G	16400	ron
G	32768	ron desantis
G	16384	ron phibun
G	1	ron wright
G	1	rona young
G	16	ronald
G	1	ronald brunmayr
G	1	ronald de boer
G	1	ronald goldman
G	32769	ronald reagan
G	1	ronald waterreus
G	2048	ronaldinho
G	2049	ronaldo
G	1	ronaldo gonzalez
G	16	ronan
G	1	ronan rafferty
G	16384	ronchin
G	16400	ronda
G	16384	rondebosch
G	16384	rondonópolis
G	16384	rongai
G	16	roni
G	16384	ronkonkoma
G	16	ronna
G	16384	ronnenberg
G	16	ronnie
G	1	ronnie irani
G	16	ronny
G	1	ronny brunswijk
G	16384	ronse
G	16384	roodepoort
G	16384	roorkee
G	16384	roosendaal
G	16416	roosevelt
G	1	roosevelts
G	16384	ropar
G	16384	ropczyce
G	16384	roquetas de mar
G	16	rory
G	1	rory underwood
G	16	rosa
G	16384	rosa zarate
G	1	rosado
G	16	rosalie
G	16	rosalina
G	16	rosalind
G	16	rosalinda
G	16	rosalyn
G	16384	rosamond
G	16	rosanna
G	16	rosanne
G	16400	rosario
G	4	rosario central
G	16384	rosarito
G	1	rosati
G	16	roscoe
G	16384	rose hill
G	16	roseann
G	16	roseanne
G	16384	roseau
G	16384	roseburg
G	16384	rosedale
G	16	rosella
G	16400	roselle
G	16	rosemarie
G	16	rosemary
G	1	rosemary bennett
G	16384	rosemead
G	16384	rosemont
G	16384	rosemount
G	16416	rosenberg
G	4	rosenborg
G	16384	rosenheim
G	262144	rosenstein
G	16384	roses
G	16384	roseto degli abruzzi
G	16400	rosetta
G	16384	roseville
G	1	roshan mahanama
G	16	rosie
G	16384	rosignano solvay - castiglioncello
G	16384	rosignano solvay-castiglioncello
G	16384	roskilde
G	16	roslyn
G	1048576	rosneft
G	16384	rosny - sous - bois
G	16384	rosny-sous-bois
G	16384	rosolini
G	17	ross
G	4	ross county
G	1	ross mcfarlane
G	1	ross perot
G	16384	rossano stazione
G	262144	rossello
G	16384	rossendale
G	1	rosset
G	32	rossi
G	16384	rosso
G	16384	rossville
G	4	rostelekom
G	1	rostislav khotin
G	16384	rostock
G	16384	rostokino
G	16384	rostov
G	16384	rostov - na - donu
G	16384	rostov-na-donu
G	4	rostselmash rostov
G	16384	roswell
G	16384	rosário do sul
G	16384	rota
G	32	rotari
G	16384	rotenburg
G	16416	roth
G	16388	rotherham
G	2048	rothko
G	4	rothschild & cie
G	4	rotor volgograd
G	16384	rotorua
G	16384	rotselaar
G	16384	rottenburg
G	16450	rotterdam
G	16384	rottingdean
G	16384	rottweil
G	8	rottweiler
G	16384	rouached
G	16384	roubaix
G	16384	rouen
G	294912	rouhani
G	16384	rouiba
G	16384	rouissat
G	16384	round lake
G	16384	round lake beach
G	16384	round rock
G	2	rousse
G	32	roux
G	1	rouxel
G	16384	rouyn - noranda
G	16384	rouyn-noranda
G	16384	rovaniemi
G	16386	rovereto
G	8	rovereto international
G	4	rovers
G	16384	rovigo
G	16	rowan
G	32	rowe
G	16	rowena
G	16384	rowland heights
G	16384	rowlett
G	32	rowling
G	16384	rowville
G	16	roxana
G	16	roxane
G	16	roxanna
G	16	roxanne
G	16384	roxas
G	16384	roxas city
G	16384	roxburgh park
G	2	roxbury
G	16	roxie
G	16	roxy
G	16401	roy
G	1	roy aitken
G	1	roy keane
G	4	royal armed forces
G	1	royal ascot
G	512	royal bank
G	512	royal dutch shell
G	2	royal free hospital school of medicine
G	16384	royal leamington spa
G	4	royal meteorological institute
G	16388	royal oak
G	4	royal oak mines inc
G	16384	royal palm beach
G	16384	royal tunbridge wells
G	4	royals
G	16384	royan
G	16	royce
G	1	royce clayton
G	16384	royston
G	16384	royton
G	16384	rozzano
G	16384	rožnov pod radhoštěm
G	16384	rožňava
G	16384	roșiorii de vede
G	4	rsa data security
G	4	rsr
G	1048576	rt
G	16384	rtishchevo
G	4	rtrs
G	16	ruben
G	1	ruben amaro
G	1	ruben kruger
G	1	rubens barrichello
G	16384	rubiataba
G	16384	rubidoux
G	17	rubin
G	16416	rubio
G	16384	rubizhne
G	16384	rublëvo
G	16384	rubtsovsk
G	16384	rubí
G	1	ruch
G	4	ruch chorzow
G	16384	ruda śląska
G	4	rudar
G	1	rudi thiel
G	16384	rudnyy
G	16	rudolf
G	1	rudolf gajdos
G	16	rudolph
G	16384	rudolstadt
G	16384	rudow
G	16	rudy
G	32768	rudy giuliani
G	2	rudyard
G	1	ruehe
G	16384	rueil - malmaison
G	16384	rueil-malmaison
G	4	ruf
G	16384	rufino
G	16	rufus
G	16384	rugby
G	4	rugby football union
G	8	rugby league
G	4	rugby union
G	16384	rugeley
G	1	ruggiero rizzitelli
G	4	ruhunu university
G	1	rui barros
G	1	rui correia
G	1	rui costa
G	1	rui madeira
G	16384	ruislip
G	32	ruiz
G	16384	rujewa
G	16384	rukban
G	16384	rulenge
G	16384	ruma
G	16386	rumbek
G	2048	rumi
G	16384	rumia
G	16384	rummelsburg
G	16384	rumoi
G	16384	rumphi
G	2048	run dmc
G	16384	runcorn
G	16384	rundu
G	1	rune hansen
G	16384	runing
G	1	rupam banerjee
G	2048	rupaul
G	16	rupert
G	1	rupert murdoch
G	16384	rura
G	16384	rusape
G	16384	ruse
G	16384	rusera
G	2048	rush limbaugh
G	16384	rushden
G	16384	ruskin
G	16	russ
G	16384	russas
G	16384	russeifa
G	16	russel
G	16	russell
G	1	russell claydon
G	16384	russellville
G	524418	russia
G	1048576	russia today
G	599040	russian
G	2097152	russian empire
G	130	russian federation
G	8	russian national olympic committee
G	131072	russian revolution
G	8	russian trading system
G	4	russian weather service
G	8	russian-built
G	8	russian-chechen
G	8	russian-made
G	74752	russians
G	32	russo
G	16384	rustaq
G	16384	rustavi
G	16384	rustenburg
G	16384	ruston
G	1	rusty greer
G	16384	rustāq
G	32	rusu
G	65536	rusyn
G	65536	rusyns
G	16384	rutana
G	16384	ruteng
G	17	ruth
G	1	ruth collin
G	1	ruth perry
G	16384	rutherford
G	16384	rutherglen
G	16	ruthie
G	16384	rutigliano
G	16384	rutland
G	32768	rutte
G	1	ruutel
G	16384	ruvo di puglia
G	16384	ruwa
G	1	ruxandra dragomir
G	16384	ruy barbosa
G	16384	ruyigi
G	16384	ruzayevka
G	16384	ružomberok
G	16384	rwamagana
G	130	rwanda
G	9216	rwandan
G	8	rwandan hutu
G	1024	rwandans
G	262160	ryan
G	512	ryanair
G	32	ryang
G	16384	ryazanskiy
G	16384	ryazhsk
G	16384	rybatskoye
G	16384	rybinsk
G	16384	rybnik
G	16384	rybnoye
G	16384	ryde
G	8	ryder cup
G	16384	rydułtowy
G	16384	rye
G	1	ryo
G	32	ryoo
G	16	ryou
G	16384	rypin
G	1	ryszard hincza
G	1	ryszard wieczorek
G	16384	ryton
G	32	ryu
G	1	ryutaro hashimoto
G	16384	ryōtsu - minato
G	16384	ryōtsu-minato
G	16384	ryūgasaki
G	16384	ryūō
G	2048	rza
G	16384	rzeszów
G	16384	rzhev
G	16384	râmnicu sărat
G	16384	râmnicu vâlcea
G	16384	râs el aïoun
G	16384	râs el oued
G	16384	râşnov
G	16384	råsunda
G	16384	rémire - montjoly
G	16384	rémire-montjoly
G	16384	réo
G	16384	río abajo
G	16384	río blanco
G	16384	río bueno
G	16384	río cauto
G	16384	río ceballos
G	16384	río cuarto
G	16384	río de teapa
G	16384	río gallegos
G	16384	río grande
G	16384	río guayabal de yateras
G	16384	río segundo
G	16384	río tercero
G	16384	rîbniţa
G	16384	ródos
G	16384	różanka - polanka
G	16384	różanka-polanka
G	16384	rösrath
G	16384	rødovre
G	16384	rüsselsheim
G	16384	rābigh
G	16384	rādhanpur
G	16384	rāghogarh
G	16384	rāhatgarh
G	16384	rāhuri
G	16384	rāichūr
G	16384	rāiganj
G	16384	rāikot
G	16384	rāipur
G	16384	rāisinghnagar
G	16384	rāj - nāndgaon
G	16384	rāj-nāndgaon
G	16384	rājahmundry
G	16384	rājaldesar
G	16384	rājbirāj
G	16384	rājgarh
G	16384	rājgurunagar
G	16384	rājgīr
G	16384	rājkot
G	16384	rājmahal
G	16384	rājpura
G	16384	rājpīpla
G	16384	rājsamand
G	16384	rājshāhi
G	16384	rājula
G	16384	rājākhera
G	16384	rājūra
G	16384	rāmachandrapuram
G	16384	rāmganj
G	16384	rāmganj mandi
G	16384	rāmgarh
G	16384	rāmgundam
G	16384	rāmhormoz
G	16384	rāmjībanpur
G	16384	rāmnagar
G	16384	rāmpur
G	16384	rāmpura
G	16384	rāmshīr
G	16384	rāmtek
G	16384	rāmāpuram
G	16384	rānia
G	16384	rānikhet
G	16384	rānāghāt
G	16384	rānāvāv
G	16384	rānībennur
G	16384	rānīganj
G	16384	rānīpur
G	16384	rāpar
G	16384	rāth
G	16384	rāvar
G	16384	rāver
G	16384	rāwatbhāta
G	16384	rāwatsār
G	16384	rāya
G	16384	rāyachoti
G	16384	rāyadrug
G	16384	rāybāg
G	16384	rāzampeta
G	16384	rāzām
G	16384	rădăuți
G	16384	rēzekne
G	16384	rīngas
G	16384	rūdarpur
G	16384	rūdsar
G	16384	rạch giá
G	8	s$
G	4	s&p
G	8	s&p index
G	8	s-1
G	2	s. africa
G	8	s. african
G	1	s. campbell
G	1	s. ganguly
G	1	s. jayasuriya
G	2	s. korea
G	8	s. korean
G	1	s. lampitt
G	1	s. law
G	1	s. renshaw
G	1	s. tendulkar
G	1	s. watkin
G	1	s. waugh
G	8	s.african
G	4	s.b.k- brooks investment corp
G	2	s.c.
G	16384	sa dec
G	16384	sa kaeo
G	16384	sa'dah
G	32768	saakashvili
G	16384	saalfeld
G	16	saanvi
G	2	saarbruecken
G	16384	saarbrücken
G	32	saarinen
G	16384	saarlouis
G	16384	saatlı
G	16384	sabadell
G	16384	sabae
G	16384	sabak bernam
G	16384	sabalgarh
G	16384	sabana grande de boyá
G	16384	sabanagrande
G	16384	sabanalarga
G	16384	sabaneta
G	16384	sabang
G	16384	sabanitas
G	16384	sabhā
G	16	sabina
G	16384	sabinas
G	16	sabine
G	1	sabine appelmans
G	1	sabine hack
G	16384	sabirabad
G	16384	sablayan
G	3	sabourin
G	16	sabrina
G	16384	sabunçu
G	16384	sabzevar
G	16384	sacaba
G	16384	sacavém
G	1	sachin tendulkar
G	16384	sachse
G	16384	sachsenheim
G	16384	sacile
G	16384	saco
G	16448	sacramento
G	512	sacramento kings
G	16384	sadabe
G	16384	sadalgi
G	16384	sadao
G	1	saddam
G	2048	saddam hussain
G	32769	saddam hussein
G	16384	saddiqabad
G	16	sade
G	16	sadie
G	1	sadiki
G	16384	sadābād
G	16384	sadāseopet
G	17	saeed
G	1	saeed anwar
G	1	saeed hasan
G	16384	safaga
G	16384	safed
G	16384	safety harbor
G	512	safeway
G	16384	saffron walden
G	16384	safi
G	16384	safidon
G	16384	safonovo
G	16384	safranbolu
G	16384	safīpur
G	16384	saga
G	16384	sagae
G	16384	sagaing
G	16384	sagalo
G	16384	sagara
G	16384	sagauli
G	16384	sagay
G	16384	saginaw
G	16384	saginaw township north
G	16384	sagrada família
G	16384	sagua de tánamo
G	16384	sagua la grande
G	16384	saguenay
G	16384	sagunto
G	16384	sahagún
G	16	sahar
G	8	sahara cup
G	16384	saharsa
G	16384	sahaspur
G	16384	sahaswān
G	16384	sahavato
G	32	sahin
G	16384	sahiwal
G	16384	sahuarita
G	16384	sahuayo de morelos
G	16384	sahāranpur
G	16384	sahāwar
G	1	said
G	16	saida
G	16384	saidpur
G	16384	saiha
G	16384	saijō
G	16384	saiki
G	512	sainsburys
G	16384	saint - amand - les - eaux
G	16384	saint - andré
G	16384	saint - augustin - de - desmaures
G	16384	saint - avertin
G	16384	saint - avold
G	16384	saint - barthélémy
G	16384	saint - basile - le - grand
G	16384	saint - benoît
G	16384	saint - brieuc
G	16384	saint - bruno - de - montarville
G	16384	saint - chamond
G	16384	saint - cloud
G	16384	saint - constant
G	16384	saint - cyr - l'école
G	16384	saint - cyr - sur - loire
G	16384	saint - denis
G	16384	saint - dizier
G	16384	saint - dié - des - vosges
G	16384	saint - eustache
G	16384	saint - fons
G	16384	saint - genis - laval
G	16384	saint - georges
G	16384	saint - germain - en - laye
G	16384	saint - ghislain
G	16384	saint - gratien
G	16384	saint - herblain
G	16384	saint - hyacinthe
G	16384	saint - jean - de - braye
G	16384	saint - jean - de - la - ruelle
G	16384	saint - jean - sur - richelieu
G	16384	saint - joseph
G	16384	saint - jérôme
G	16384	saint - laurent
G	16384	saint - laurent - du - maroni
G	16384	saint - laurent - du - var
G	16384	saint - lazare
G	16384	saint - leu
G	16384	saint - leu - la - forêt
G	16384	saint - louis
G	16384	saint - loup
G	16384	saint - léonard
G	16384	saint - lô
G	16384	saint - malo
G	16384	saint - mandé
G	16384	saint - marc
G	16384	saint - martin - d'hères
G	16384	saint - maur - des - fossés
G	16384	saint - maximin - la - sainte - baume
G	16384	saint - michel - sur - orge
G	16384	saint - médard - en - jalles
G	16384	saint - nazaire
G	16384	saint - nicolas
G	16384	saint - omer
G	16384	saint - ouen
G	16384	saint - ouen - l'aumône
G	16384	saint - paul
G	16384	saint - pierre
G	16384	saint - pierre - des - corps
G	16384	saint - pol - sur - mer
G	16384	saint - priest
G	16384	saint - quentin
G	16384	saint - quentin - en - yvelines
G	16384	saint - raphaël
G	16384	saint - sébastien - sur - loire
G	16384	saint - égrève
G	16384	saint - étienne
G	16384	saint - étienne - du - rouvray
G	16384	saint albans
G	16384	saint andrews
G	128	saint barthélemy
G	16384	saint charles
G	16384	saint clair shores
G	16384	saint cloud
G	16384	saint croix
G	16384	saint george
G	128	saint helena
G	16384	saint helier
G	16384	saint ives
G	16384	saint john
G	16384	saint joseph
G	16384	saint kilda
G	128	saint kitts and nevis
G	256	saint lawrence river
G	64	saint louis
G	16384	saint louis park
G	128	saint lucia
G	128	saint martin
G	128	saint martin (french part)
G	16384	saint matthews
G	16384	saint michael
G	16384	saint neots
G	1	saint of the gutters
G	16384	saint paul
G	16384	saint peter port
G	16384	saint peters
G	16448	saint petersburg
G	16384	saint pierre
G	128	saint pierre and miquelon
G	16384	saint thomas mount
G	128	saint vincent and the grenadines
G	16384	saint-amand-les-eaux
G	16384	saint-andré
G	16384	saint-augustin-de-desmaures
G	16384	saint-avertin
G	16384	saint-avold
G	16384	saint-barthélémy
G	16384	saint-basile-le-grand
G	16384	saint-benoît
G	16384	saint-brieuc
G	16384	saint-bruno-de-montarville
G	16384	saint-chamond
G	16384	saint-cloud
G	16384	saint-constant
G	16384	saint-cyr-l'école
G	16384	saint-cyr-sur-loire
G	16384	saint-denis
G	16384	saint-dizier
G	16384	saint-dié-des-vosges
G	16384	saint-eustache
G	16384	saint-fons
G	16384	saint-genis-laval
G	16384	saint-georges
G	16384	saint-germain-en-laye
G	16384	saint-ghislain
G	16384	saint-gratien
G	16384	saint-herblain
G	16384	saint-hyacinthe
G	16384	saint-jean-de-braye
G	16384	saint-jean-de-la-ruelle
G	16384	saint-jean-sur-richelieu
G	16384	saint-joseph
G	16384	saint-jérôme
G	16384	saint-laurent
G	16384	saint-laurent-du-maroni
G	16384	saint-laurent-du-var
G	16384	saint-lazare
G	16384	saint-leu
G	16384	saint-leu-la-forêt
G	16384	saint-louis
G	16384	saint-loup
G	16384	saint-léonard
G	16384	saint-lô
G	16384	saint-malo
G	16384	saint-mandé
G	16384	saint-marc
G	16384	saint-martin-d'hères
G	16384	saint-maur-des-fossés
G	16384	saint-maximin-la-sainte-baume
G	16384	saint-michel-sur-orge
G	16384	saint-médard-en-jalles
G	16384	saint-nazaire
G	16384	saint-nicolas
G	16384	saint-omer
G	16384	saint-ouen
G	16384	saint-ouen-l'aumône
G	16384	saint-paul
G	16384	saint-pierre
G	16384	saint-pierre-des-corps
G	16384	saint-pol-sur-mer
G	16384	saint-priest
G	16384	saint-quentin
G	16384	saint-quentin-en-yvelines
G	16384	saint-raphaël
G	16384	saint-sébastien-sur-loire
G	16384	saint-égrève
G	16384	saint-étienne
G	16384	saint-étienne-du-rouvray
G	16384	sainte - anne
G	16384	sainte - catherine
G	16384	sainte - foy - lès - lyon
G	16384	sainte - geneviève - des - bois
G	16384	sainte - julie
G	16384	sainte - marguerite
G	16384	sainte - marie
G	16384	sainte - rose
G	16384	sainte - suzanne
G	16384	sainte - thérèse
G	16384	sainte-anne
G	16384	sainte-catherine
G	16384	sainte-foy-lès-lyon
G	16384	sainte-geneviève-des-bois
G	16384	sainte-julie
G	16384	sainte-marguerite
G	16384	sainte-marie
G	16384	sainte-rose
G	16384	sainte-suzanne
G	16384	sainte-thérèse
G	16384	saintes
G	16384	sainthia
G	1	sainz
G	16384	saipan
G	8	sairyu maru no : 2
G	16384	saitama
G	32	saito
G	16384	sakado
G	16386	sakai
G	16384	sakai - nakajima
G	16384	sakai-nakajima
G	16384	sakaidechō
G	16384	sakaiminato
G	16384	sakakah
G	32	sakamoto
G	16384	sakaraha
G	16384	sakassou
G	16384	sakata
G	16384	sakchu - ŭp
G	16384	sakchu-ŭp
G	16385	sake
G	16	sakeena
G	256	sakhalin
G	16384	sakhipur
G	16384	sakhnīn
G	16384	saki
G	4	sakigake
G	16	sakineh
G	16384	sakleshpur
G	16384	sakon nakhon
G	16384	sakrand
G	16384	saktī
G	16384	saku
G	16400	sakura
G	16384	sakurai
G	16384	sakété
G	16	sal
G	16384	salaberry - de - valleyfield
G	16384	salaberry-de-valleyfield
G	16384	saladas
G	65536	salafist
G	65536	salafists
G	16384	salaga
G	16384	salah bey
G	1	salah hissou
G	2	salahuddin
G	262144	salama
G	16386	salamanca
G	16384	salamina
G	16384	salamá
G	16384	salamína
G	2	salang
G	16384	salaqi
G	32	salas
G	16384	salaspils
G	16384	salatiga
G	16384	salavat
G	16384	salcedo
G	16384	saldanha
G	16384	sale
G	1	saleh
G	16384	salekhard
G	16448	salem
G	16384	salerno
G	512	salesforce
G	16384	salford
G	16384	salgueiro
G	16384	salgótarján
G	1	sali berisha
G	16384	salihli
G	16384	salihorsk
G	32	salihovic
G	16	salik
G	1	salim malik
G	16384	salima
G	16384	salina
G	16384	salina cruz
G	16384	salinas
G	16384	salinas de hidalgo
G	16384	salinópolis
G	16385	salisbury
G	16384	sallanches
G	16	sallie
G	16	sally
G	1	sally barsosio
G	1	sally boyden
G	16	salma
G	32	salminen
G	16384	salmon creek
G	16384	salmās
G	16416	salo
G	16	salome
G	4	salomon
G	4	salomon & taylor
G	4	salomon & taylor made co ltd
G	4	salomon brothers
G	4	salomon brothers inc
G	16384	salon - de - provence
G	16384	salon-de-provence
G	32	salonen
G	16384	salonta
G	16384	salor
G	16385	salou
G	1	salou bachirou
G	16384	salqīn
G	16384	salsomaggiore terme
G	16384	salt
G	16448	salt lake city
G	16384	salta
G	16384	saltash
G	16384	saltillo
G	16384	salto
G	16384	salto de pirapora
G	16384	saltpond
G	16384	saluzzo
G	18434	salvador
G	16384	salvaleón de higüey
G	16384	salvatierra
G	16	salvatore
G	1	salvatore botta
G	32768	salvini
G	16384	salwá
G	16384	salyan
G	16448	salzburg
G	16384	salzgitter
G	16384	salzkotten
G	16384	salzwedel
G	16384	salé al jadida
G	16384	salāya
G	16	sam
G	1	sam nelson
G	16384	sam phran
G	16384	sam roi yot
G	1	sam victor malu
G	1	sam wilson
G	16384	sama
G	16384	samal
G	16384	samannūd
G	16	samantha
G	18432	samara
G	16384	samarinda
G	16384	samarkand
G	16384	sambalpur
G	16384	sambava
G	16384	sambhal
G	262144	sambi
G	16384	sambiase
G	16384	sambir
G	16384	samborondón
G	16384	sambrial
G	16384	samdari
G	16384	same
G	1	sameh haj yihye
G	16384	samfya
G	16384	samho - rodongjagu
G	16384	samho-rodongjagu
G	16	sami
G	16	samir
G	1	samir arnaut
G	16	samira
G	16	samkelo
G	16384	sammamish
G	16	sammie
G	16	sammy
G	1	sammy sosa
G	128	samoa
G	1024	samoan
G	1024	samoans
G	16384	samobor
G	1	samokhalova
G	16384	samokov
G	16384	sampaloc
G	16384	sampang
G	4	sampdoria
G	1	samper
G	16384	sampit
G	1	sampras
G	16384	sampsonievskiy
G	16384	sampués
G	16384	samraong
G	16384	samrāla
G	1	samson
G	1	samson kitur
G	16384	samsun
G	516	samsung
G	16384	samthar
G	16384	samtredia
G	16	samuel
G	1	samuel graham
G	1	samuel matete
G	16384	samut prakan
G	16384	samut sakhon
G	16384	samut songkhram
G	16384	samālkha
G	16384	samālūţ
G	16384	samāstipur
G	16384	san
G	16384	san - pédro
G	16384	san andrés
G	16384	san andrés cholula
G	16384	san andrés cuexcontitlán
G	16384	san andrés del rabanedo
G	16384	san andrés itzapa
G	16384	san andrés tuxtla
G	16384	san angelo
G	16448	san antonio
G	16384	san antonio acahualco
G	16384	san antonio de la cal
G	16384	san antonio de los altos
G	16384	san antonio de los baños
G	16384	san antonio del táchira
G	16384	san antonio oeste
G	512	san antonio spurs
G	16384	san antonio tecómitl
G	16384	san bartolomé
G	16384	san bartolomé de tirajana
G	16384	san benedetto del tronto
G	16384	san benito
G	16384	san benito abad
G	16384	san bernardino
G	16384	san bernardino tlaxcalancingo
G	16384	san bernardo
G	16384	san blas - canillejas
G	16384	san blas-canillejas
G	16384	san bonifacio
G	16384	san borja
G	16384	san bruno
G	16384	san buenaventura
G	16384	san carlo all'arena
G	16384	san carlos
G	16384	san carlos de bariloche
G	16384	san carlos del zulia
G	16384	san carlos park
G	16384	san cataldo
G	16384	san clemente
G	16384	san cristobal
G	16384	san cristóbal
G	16384	san cristóbal de las casas
G	16384	san cristóbal verapaz
G	16454	san diego
G	512	san diego chargers
G	516	san diego padres
G	8	san diego-based
G	16384	san dimas
G	16384	san donato milanese
G	16384	san donà di piave
G	16384	san felice a cancello
G	16384	san felipe
G	16384	san ferdinando
G	16384	san fernando
G	16384	san fernando de apure
G	16384	san fernando de henares
G	16384	san fernando de monte cristi
G	16384	san fernando del valle de catamarca
G	16454	san francisco
G	16384	san francisco acuautla
G	16384	san francisco cuaxusco
G	16384	san francisco de los romo
G	16384	san francisco de macorís
G	16384	san francisco del rincón
G	16384	san francisco el alto
G	516	san francisco giants
G	16384	san francisco tlalcilalcalpan
G	16384	san gabriel
G	16384	san germán
G	16384	san gil
G	16384	san giorgio a cremano
G	16384	san giovanni a teduccio
G	16384	san giovanni in fiore
G	16384	san giovanni in persiceto
G	16384	san giovanni la punta
G	16384	san giovanni lupatoto
G	16384	san giovanni rotondo
G	16384	san giovanni valdarno
G	16384	san giuliano milanese
G	16384	san giuseppe vesuviano
G	16384	san ignacio
G	16384	san ignacio de velasco
G	16384	san ildefonso
G	16384	san isidro
G	16384	san jacinto
G	16384	san javier
G	16384	san jerónimo
G	16384	san jerónimo cuatro vientos
G	16384	san joaquín
G	16384	san jorge
G	16384	san jorge pueblo nuevo
G	16450	san jose
G	16384	san jose de los olvera
G	16384	san jose del monte
G	512	san jose earthquakes
G	16384	san jose village
G	16384	san josé
G	16384	san josé de guanipa
G	16384	san josé de jáchal
G	16384	san josé de las lajas
G	16384	san josé de mayo
G	16384	san josé de ocoa
G	16384	san josé del cabo
G	16384	san josé del castillo
G	16384	san josé del guaviare
G	16384	san josé del valle
G	16384	san josé guadalupe otzacatipan
G	16384	san josé iturbide
G	16384	san josé pinula
G	16448	san juan
G	16384	san juan bautista
G	16384	san juan capistrano
G	16384	san juan de alicante
G	16384	san juan de aznalfarache
G	16384	san juan de dios
G	16384	san juan de la maguana
G	16384	san juan de los lagos
G	16384	san juan de los morros
G	16384	san juan del cesar
G	16384	san juan del río
G	16384	san juan ixtayopan
G	16384	san juan nepomuceno
G	16384	san juan sacatepéquez
G	16384	san juan zitlaltepec
G	16384	san justo
G	16384	san kamphaeng
G	16384	san lazzaro
G	16384	san leandro
G	16384	san leonardo
G	16388	san lorenzo
G	16384	san lorenzo acopilco
G	16384	san lorenzo de el escorial
G	16384	san lorenzo de esmeraldas
G	16384	san lucas sacatepéquez
G	16384	san luis
G	16384	san luis de la paz
G	16384	san luis de sincé
G	16384	san luis del palmar
G	16384	san luis obispo
G	256	san luis potosi
G	16384	san luis potosí
G	16384	san luis río colorado
G	16384	san marcelino
G	16384	san marcos
G	16384	san mariano
G	130	san marino
G	16384	san martin texmelucan de labastida
G	16384	san martín
G	16384	san martín azcatepec
G	16384	san martín cuautlalpan
G	16384	san martín de la vega
G	16384	san martín de los andes
G	16386	san mateo
G	16384	san mateo atenco
G	16384	san mateo huitzilzingo
G	16384	san mateo otzacatipan
G	16384	san mauro torinese
G	16384	san miguel
G	16384	san miguel ajusco
G	16384	san miguel coatlinchán
G	16384	san miguel de abona
G	16384	san miguel de allende
G	16384	san miguel de tucumán
G	16384	san miguel del padrón
G	16384	san miguel el alto
G	16384	san miguel topilejo
G	16384	san miguelito
G	16384	san miniato
G	16384	san miniato basso
G	16384	san narciso
G	16384	san nicola la strada
G	16384	san nicolas
G	16384	san nicolás de los arroyos
G	16384	san nicolás de los garza
G	16384	san onofre
G	16384	san pa tong
G	16384	san pablo
G	16384	san pablo autopan
G	16384	san pablo de las salinas
G	16384	san pablo jocopilas
G	16384	san pablo oztotepec
G	16384	san paolo
G	16384	san pascual
G	16448	san pedro
G	16384	san pedro ayampuc
G	16384	san pedro de alcántara
G	16384	san pedro de jujuy
G	16384	san pedro de lloc
G	16384	san pedro de macorís
G	16384	san pedro del pinatar
G	16384	san pedro garza garcia
G	16384	san pedro garza garcía
G	16384	san pedro sacatepéquez
G	16384	san pedro sula
G	16384	san pedro totoltepec
G	16384	san pietro a patierno
G	16384	san rafael
G	16384	san rafael abajo
G	16384	san rafael arriba
G	16384	san rafael del sur
G	16384	san rafael oriente
G	16384	san rafael tlanalapan
G	16384	san ramon
G	16384	san ramón de la nueva orán
G	16384	san remo
G	16384	san roque
G	16448	san salvador
G	16384	san salvador atenco
G	16384	san salvador de jujuy
G	16384	san salvador el seco
G	16384	san salvador tizatlalli
G	16384	san salvo
G	16384	san sebastiano
G	16384	san sebastián de los reyes
G	16384	san sebastián de mariquita
G	16384	san sebastián el grande
G	16384	san severo
G	16384	san simon
G	16384	san tan valley
G	16384	san vicent del raspeig
G	16384	san vicente
G	16384	san vicente de cañete
G	16384	san vicente de moravia
G	16384	san vicente de tagua tagua
G	16384	san vito dei normanni
G	16384	san-pédro
G	16448	sanaa
G	16384	sanandaj
G	16384	sanarate
G	16384	sanary - sur - mer
G	16384	sanary-sur-mer
G	1	sanath jayasuriya
G	16384	sanaur
G	16384	sancaktepe
G	16384	sanchazi
G	33	sanchez
G	1	sanchez vicario
G	1	sanchez zarraga
G	16384	sancoale
G	16384	sancti spíritus
G	16384	sanctorum
G	16384	sand springs
G	16384	sandachō
G	16384	sandakan
G	16384	sandalfoot cove
G	16384	sandanski
G	16384	sandbach
G	32	sandberg
G	16	sandeep
G	16384	sandefjord
G	32	sanders
G	65536	sandinista
G	65536	sandinistas
G	16384	sandnes
G	16384	sandomierz
G	1	sandon stolle
G	16384	sandown
G	17	sandra
G	1	sandra cacic
G	1	sandra cecchini
G	1	sandra dopfer
G	1	sandra o'neal
G	1	sandrine testud
G	16	sandro
G	16386	sandusky
G	16384	sandviken
G	16384	sandwīp
G	16384	sandy
G	16384	sandy hills
G	16384	sandy springs
G	16384	sandyford
G	16384	sandīla
G	16384	sandıklı
G	16384	sandūr
G	16384	sanford
G	16384	sang - e chārak
G	16384	sang-e chārak
G	16384	sangamner
G	16384	sangariā
G	16384	sanger
G	16384	sangerhausen
G	16384	sanghar
G	16384	sangju
G	16384	sangla hill
G	16384	sangmélima
G	16384	sangod
G	16384	sangre grande
G	16384	sangrūr
G	16384	sangāreddi
G	16	sanjay
G	16384	sanjō
G	16384	sankeshwar
G	16384	sankt augustin
G	16384	sankt gallen
G	16384	sankt ingbert
G	16384	sankt leonhard
G	16384	sankt martin
G	16384	sankt peter
G	16384	sankt pölten
G	16384	sankt wendel
G	16384	sanlúcar de barrameda
G	16384	sanming
G	16384	sannicandro garganico
G	16384	sannois
G	16384	sano
G	16384	sanok
G	16384	sansanné - mango
G	16384	sansanné-mango
G	16384	sanshui
G	16384	sant adrià de besòs
G	16384	sant andreu
G	16384	sant andreu de la barca
G	16384	sant antoni
G	16384	sant antoni de portmany
G	16384	sant boi de llobregat
G	16384	sant carles de la ràpita
G	16384	sant celoni
G	16384	sant cugat del vallès
G	16384	sant feliu de guíxols
G	16384	sant feliu de llobregat
G	16384	sant gervasi - galvany
G	16384	sant joan despí
G	16384	sant just desvern
G	16384	sant martí
G	16384	sant martí de provençals
G	16384	sant pere de ribes
G	16384	sant quirze del vallès
G	16384	sant vicenç dels horts
G	16384	sant'anastasia
G	16384	sant'antimo
G	16384	sant'antonio abate
G	16448	santa ana
G	16384	santa ana chiautempan
G	16384	santa ana xalmimilulco
G	16384	santa anita
G	16386	santa barbara
G	16384	santa brígida
G	16384	santa bárbara
G	16384	santa bárbara d'oeste
G	16384	santa catalina
G	16640	santa catarina
G	16384	santa catarina pinula
G	16384	santa cecília
G	16384	santa clara
G	16384	santa clarita
G	2048	santa claus
G	16384	santa coloma de gramenet
G	16384	santa cruz
G	16384	santa cruz cabrália
G	16384	santa cruz das palmeiras
G	16384	santa cruz de barahona
G	16384	santa cruz de el seibo
G	16384	santa cruz de la palma
G	16384	santa cruz de la sierra
G	16384	santa cruz de tenerife
G	16384	santa cruz del norte
G	16384	santa cruz del quiché
G	16384	santa cruz del sur
G	16384	santa cruz do capibaribe
G	16384	santa cruz do rio pardo
G	16384	santa cruz do sul
G	16384	santa cruz xoxocotlán
G	16384	santa elena
G	16384	santa elena de uairén
G	16384	santa eulària des riu
G	16448	santa fe
G	16384	santa fe springs
G	16384	santa fé do sul
G	16384	santa gertrudes
G	16384	santa helena
G	16384	santa helena de goiás
G	16384	santa inês
G	16384	santa iria da azóia
G	16384	santa isabel
G	16384	santa lucía
G	16384	santa lucía cotzumalguapa
G	16384	santa luzia
G	16384	santa maria
G	16384	santa maria capua vetere
G	16384	santa maria da vitória
G	2	santa maria de pocosol
G	16448	santa marta
G	16384	santa maría ajoloapan
G	16384	santa maría atzompa
G	16384	santa maría chimalhuacán
G	16384	santa maría de jesús
G	16384	santa maría totoltepec
G	16384	santa monica
G	16384	santa paula
G	16384	santa perpètua de mogoda
G	16384	santa pola
G	1	santa puglisi
G	16384	santa quitéria
G	16384	santa quitéria do maranhão
G	16384	santa rita
G	16384	santa rita do passa quatro
G	16384	santa rita do sapucaí
G	16384	santa rosa
G	16384	santa rosa de cabal
G	16384	santa rosa de copán
G	16384	santa rosa de viterbo
G	16384	santa rosa jauregui
G	16384	santa rosa treinta
G	16384	santa tecla
G	16384	santa teresa
G	16384	santa teresa del tuy
G	16384	santa uxía de ribeira
G	16384	santa vitória do palmar
G	16384	santafé
G	16384	santaluz
G	16416	santana
G	16384	santana de parnaíba
G	16384	santana do ipanema
G	16384	santana do livramento
G	16384	santana do paraíso
G	16384	santander
G	16384	santander de quilichao
G	16384	santangpu
G	16384	santarém
G	32	sante
G	16384	santee
G	16384	santeramo in colle
G	542720	santiago
G	16384	santiago atitlán
G	2	santiago bernabeu
G	16384	santiago de cao
G	16384	santiago de compostela
G	16384	santiago de cuba
G	16384	santiago de las vegas
G	16384	santiago de los caballeros
G	16384	santiago de maría
G	16384	santiago de querétaro
G	16384	santiago de surco
G	16384	santiago de tolú
G	16384	santiago de veraguas
G	16384	santiago del estero
G	16384	santiago del torno
G	16384	santiago ixcuintla
G	16384	santiago momoxpan
G	16384	santiago papasquiaro
G	16384	santiago sacatepéquez
G	16384	santiago teyahualco
G	16384	santiago tlacotepec
G	16384	santiago tulantepec
G	16384	santiago tuxtla
G	2048	santigold
G	16	santino
G	16384	santo amaro
G	16384	santo amaro da imperatriz
G	16384	santo anastácio
G	16384	santo andré
G	16384	santo antónio dos olivais
G	16384	santo antônio da platina
G	16384	santo antônio de jesus
G	16384	santo antônio de posse
G	16384	santo antônio de pádua
G	16384	santo antônio do amparo
G	16384	santo antônio do monte
G	16448	santo domingo
G	16384	santo domingo de los colorados
G	16384	santo domingo este
G	16384	santo domingo oeste
G	16384	santo domingo tehuantepec
G	16384	santo estêvão
G	16384	santo tomas
G	16384	santo tomás
G	16384	santo tomé
G	16384	santo ângelo
G	16384	santol
G	16384	santomera
G	16420	santos
G	16384	santos dumont
G	16384	sants
G	16384	sants - badal
G	16384	sants - montjuïc
G	16384	sants-montjuïc
G	16384	santuario
G	16384	santurtzi
G	16384	santutxu
G	16384	santyoku
G	16384	sanxenxo
G	16384	sanya
G	32	sanz
G	16384	sanāwad
G	71	sao paulo
G	4	sao paulo-santos
G	128	sao tome and principe
G	16384	saoner
G	16384	saoula
G	16384	sapanca
G	16384	sapele
G	16384	sapiranga
G	16448	sapporo
G	16384	sapucaia
G	16384	sapulpa
G	16	saqib
G	1	saqlain mushtaq
G	16384	saqqez
G	16384	saquarema
G	16384	sar - e pul
G	16384	sar-e pul
G	16	sara
G	16384	saraburi
G	17	sarah
G	1	sarah brady
G	1	sarah pitkowski
G	1	sarah thorsett
G	16384	sarai alamgir
G	16384	sarai naurang
G	16384	sarai sidhu
G	16384	saraipali
G	16384	saraj
G	16450	sarajevo
G	16384	sarakhs
G	16384	saraktash
G	16384	saran
G	16384	sarandi
G	16384	sarandë
G	16384	sarankhola
G	16384	saransk
G	16384	sarapul
G	16384	sarasota
G	16384	saratoga
G	16384	saratoga springs
G	16384	saratov
G	16384	sarauli
G	16384	saravia
G	256	sarawak
G	16384	sarayköy
G	16384	sarcelles
G	16384	sardhana
G	2	sardinia
G	16384	sardulgarh
G	16384	sardārshahr
G	16384	sargodha
G	16384	sarh
G	16384	sari
G	16384	sariaya
G	32	saric
G	16384	sarigerme
G	16384	sarikei
G	16	sarina
G	262144	saris
G	16384	sarishābāri
G	16384	sariwŏn
G	1	sarka kasparkova
G	16384	sarkand
G	16384	sarkhej
G	32768	sarkozy
G	16384	sarnia
G	16384	sarno
G	16384	sarny
G	16384	saronno
G	16384	sarov
G	16384	sarpsborg
G	16384	sarreguemines
G	16384	sarrià
G	16384	sarrià - sant gervasi
G	16384	sarrià-sant gervasi
G	16384	sarstedt
G	16384	sartell
G	16384	sartrouville
G	16384	sarwār
G	16384	saryaghash
G	16384	sarykemer
G	16384	sarzana
G	16384	sarzedo
G	16384	sarāi mīr
G	16384	sarāi ākil
G	16384	sarāqib
G	16384	sarıkamış
G	16384	sasaguri
G	32	sasaki
G	16384	sasayama
G	16384	sasebo
G	16384	sasel
G	16	sasha
G	258	sask
G	258	saskatchewan
G	4	saskatchewan pork international marketing group
G	4	saskatchewan wheat pool
G	16384	saskatoon
G	16384	sasolburg
G	16384	sasovo
G	16384	sassandra
G	16384	sassari
G	16384	sassenheim
G	16384	sassuolo
G	16384	satara
G	16384	sathupalli
G	16384	sathyamangalam
G	16384	satipo
G	16384	satita
G	16384	satka
G	16384	satna
G	32	sato
G	16	satoshi
G	1	satoshi higashi
G	16384	satsumasendai
G	16384	sattahip
G	16384	satte
G	16384	sattenapalle
G	16384	sattur
G	16384	satu mare
G	16384	satuba
G	16384	satun
G	16384	satānā
G	16384	saubara
G	4	sauber
G	262144	saucier
G	9216	saudi
G	130	saudi arabia
G	4	saudi press agency
G	9216	saudis
G	16384	saugor
G	16384	saugus
G	16	saul
G	16384	saulgau
G	16384	sault ste. marie
G	16384	saumur
G	16384	saundatti
G	32	saunders
G	16384	saurimo
G	16384	sausar
G	16384	sava
G	16384	savage
G	16384	savalou
G	16	savanna
G	16384	savanna - la - mar
G	16384	savanna-la-mar
G	16400	savannah
G	16384	savannakhet
G	16384	savanūr
G	16384	savarkundla
G	16384	savelugu
G	32	savic
G	16384	savigliano
G	16384	savigny - le - temple
G	16384	savigny - sur - orge
G	16384	savigny-le-temple
G	16384	savigny-sur-orge
G	16384	savona
G	16384	savonlinna
G	16384	savé
G	16384	sawang daen din
G	16384	sawangan
G	16384	sawankhalok
G	16384	sawara
G	16384	sawāi mādhopur
G	16384	sawākin
G	258	saxony
G	16384	sayama
G	16384	sayanogorsk
G	16384	sayansk
G	1	sayed salahuddin
G	16384	sayhāt
G	16384	saynshand
G	16384	sayreville
G	16384	sayreville junction
G	16384	sayula
G	16384	sayville
G	16384	sayyān
G	16384	saïda
G	16384	saña
G	16384	saýat
G	16384	saḩar
G	16384	saḩāb
G	4	sbc communications
G	4	sbc warburg
G	8	sbf-120
G	1048576	sbu
G	4	sc
G	4	sc espinho
G	4	scac delmas vileujeux
G	16384	scafati
G	16384	scaggsville
G	16384	scampia
G	16384	scandicci
G	16388	scarborough
G	16	scarlett
G	2048	scarlett johansson
G	16384	scarsdale
G	16384	sceaux
G	262144	schaaf
G	16384	schaffhausen
G	4	schalke
G	4	schalke 04
G	16384	schaumburg
G	1	schein
G	16384	schenectady
G	16384	schererville
G	4	schering ag
G	16384	schertz
G	16384	scheveningen
G	32	scheving
G	16384	schiebroek
G	16384	schiedam
G	32768	schiff
G	16384	schifferstadt
G	16384	schiffweiler
G	16384	schijndel
G	16384	schilde
G	16384	schiltigheim
G	32	schiltz
G	16384	schio
G	16384	schkeuditz
G	16384	schleswig
G	16384	schlüchtern
G	16384	schmalkalden
G	16384	schmallenberg
G	16384	schmargendorf
G	16384	schmelz
G	32	schmid
G	262176	schmidt
G	32	schmit
G	32	schmitt
G	32	schmitz
G	16384	schneeberg
G	262176	schneider
G	16384	schneverdingen
G	2	schoenefeld
G	16384	schofield barracks
G	32768	scholz
G	16384	schopfheim
G	16384	schorndorf
G	16384	schortens
G	16384	schoten
G	16384	schramberg
G	1	schreuder
G	16384	schrobenhausen
G	16416	schroeder
G	32	schubert
G	262145	schultz
G	33	schulz
G	1	schumacher
G	262144	schumer
G	1	schutte
G	16384	schwabach
G	1	schwabl
G	16384	schwalbach
G	16384	schwalmstadt
G	16384	schwalmtal
G	16384	schwandorf in bayern
G	16384	schwanewede
G	32	schwarz
G	16384	schwarzenberg
G	16384	schweinfurt
G	16384	schweizer - reneke
G	16384	schweizer-reneke
G	16384	schwelm
G	16384	schwerin
G	16384	schwerte
G	16384	schwetzingen
G	16384	schwäbisch gmünd
G	16384	schwäbisch hall
G	16384	schönebeck
G	16384	schöneberg
G	16384	sciacca
G	16384	scicli
G	512	scientology
G	1	scifo
G	4	scor
G	16384	scordia
G	8	scoreboard-australia
G	4	scorpion
G	4	scorpion minerals inc
G	65552	scot
G	16384	scotch plains
G	130	scotland
G	65536	scots
G	262160	scott
G	1	scott brosius
G	1	scott draper
G	1	scott erickson
G	1	scott hoch
G	1	scott humphries
G	1	scott mccarron
G	1	scott mcgrory
G	1	scott mcleod
G	1	scott randall
G	1	scott russell
G	1	scott winkler
G	1	scott young
G	16384	scottburgh
G	16	scottie
G	9216	scottish
G	8	scottish league cup
G	1024	scottishes
G	256	scotts bluff
G	16384	scottsdale
G	16	scotty
G	16384	scranton
G	524288	scripture
G	16388	scunthorpe
G	4	sda
G	4	sdv
G	16384	seabra
G	16384	seabrook
G	16384	seaford
G	2	seaford union
G	256	seaforth
G	512	seagate
G	16384	seagoville
G	16384	seaham
G	16384	seal beach
G	16	seamus
G	16	sean
G	1	sean dundee
G	1	sean fitzpatrick
G	16384	searcy
G	512	sears
G	16384	seaside
G	4	seasongood & mayer
G	4	seat
G	16384	seatac
G	256	seaton
G	540742	seattle
G	516	seattle mariners
G	512	seattle seahawks
G	512	seattle sounders
G	16400	sebastian
G	1	sebastian lindholm
G	16	sebastien
G	1	sebastien fournier
G	1	sebastien lareau
G	1	sebastien tortelli
G	16384	sebdou
G	16384	sebeta
G	16384	sebeş
G	4	sec
G	16384	secaucus
G	16384	sechura
G	8	second empire
G	131072	second world war
G	16384	secondigliano
G	4096	secretary
G	16384	secunda
G	16384	secunderabad
G	4	securities and exchange commission
G	4	securities and exchnage commission
G	4	securities products business
G	16384	security - widefield
G	4	security council
G	4	security dynamics technologies inc.
G	4	security ministry
G	16384	security-widefield
G	16384	sedalia
G	16384	sedan
G	16384	seddouk
G	16384	sederot
G	16384	sedrata
G	16384	seeb
G	16384	seeheim - jugenheim
G	16384	seeheim-jugenheim
G	1	seeliger
G	16384	seelze
G	16384	seesen
G	16384	seevetal
G	16384	seferihisar
G	16384	sefrou
G	16384	segamat
G	16384	segbwema
G	16384	segezha
G	16384	segovia
G	16384	segrate
G	16385	seguin
G	16384	segundo ensanche
G	32	segura
G	1	seguy
G	16384	sehnde
G	16384	sehore
G	16384	sehwan
G	1	seiki okuda
G	256	seine
G	32	seinfeld
G	16384	seinäjoki
G	16384	sejong
G	16384	seka
G	16384	sekondi - takoradi
G	16384	sekondi-takoradi
G	16	sekou
G	256	selangor
G	16384	selargius
G	16384	selb
G	16384	selby
G	16384	selden
G	16384	selebi - phikwe
G	16384	selebi-phikwe
G	4	selection committee
G	16	selena
G	16	selene
G	1	seles
G	1	seles has
G	16384	seligenstadt
G	4	seliko
G	16	selim
G	16	selina
G	16384	selm
G	16400	selma
G	16384	selogiri
G	16384	selu
G	16384	selydove
G	16384	selçuk
G	16384	semarang
G	16384	semenyih
G	16384	semey
G	16384	semikarakorsk
G	16384	semiluki
G	16384	seminole
G	32	semjonov
G	16384	semnan
G	16384	semporna
G	32	semyonov
G	16384	semënov
G	16384	semënovskoye
G	16384	semīrom
G	528386	sen
G	16384	sena madureira
G	16384	senador canedo
G	16384	senador pompeu
G	16384	senago
G	4	senate
G	4096	senator
G	16384	sendai
G	16384	senden
G	16384	sendhwa
G	1	seneferu
G	130	senegal
G	9216	senegalese
G	1024	senegaleses
G	16384	senekal
G	16384	senftenberg
G	16384	sengkang
G	16384	senhor do bonfim
G	16384	senhora da hora
G	16384	senica
G	16384	senigallia
G	16384	senirkent
G	16384	senlis
G	20480	sens
G	16384	sensuntepeque
G	16384	senta
G	16384	seogwipo
G	32	seoh
G	16384	seohāra
G	16384	seondha
G	16384	seonghwan
G	16384	seongnam - si
G	16384	seongnam-si
G	16384	seoni
G	16384	seoni mālwa
G	16384	seosan
G	16450	seoul
G	4	seoul newsroom
G	16384	sepang
G	16384	sepatan
G	16	sepp
G	524288	sept
G	16384	sept - îles
G	16384	sept-îles
G	524288	september
G	16384	sepuka
G	32	sepulveda
G	16384	sequeira
G	16384	seraing
G	16384	seram
G	16384	serang
G	8192	serb
G	8	serb-controlled
G	8	serb-held
G	130	serbia
G	9216	serbian
G	1024	serbians
G	8192	serbs
G	16384	serchhīp
G	16384	serdobsk
G	16384	seregno
G	16384	serekunda
G	16384	seremban
G	16	serena
G	16384	serendah
G	16384	sergach
G	16	serge
G	4096	sergeant major
G	16	sergei
G	32768	sergei lavrov
G	1	sergei mironov
G	1	sergei rogachev
G	32768	sergei shoigu
G	1	sergei yastrzhembsky
G	16	sergey
G	1	sergey makarov
G	1	sergi barjuan
G	1	sergi bruguera
G	17	sergio
G	16384	sergiyev posad
G	16384	seria
G	16384	seriate
G	8	serie a
G	8	series
G	16	serife
G	16384	serik
G	16384	serilingampalle
G	16384	serinhisar
G	16384	serinyol
G	16384	seririt
G	16384	seropédica
G	16384	serov
G	16384	serowe
G	16384	serpong
G	16384	serpukhov
G	16384	serra
G	16384	serra negra
G	16384	serra talhada
G	16384	serrana
G	32	serrano
G	16384	serrinha
G	16384	sertolovo
G	16384	sertânia
G	16384	sertãozinho
G	1	servais knaven
G	1048576	servant of the people
G	1	servet pellumbi
G	4	servette
G	16384	seseña
G	16384	sesheke
G	16384	sesimbra
G	262144	sessions
G	16384	sestao
G	16384	sesto fiorentino
G	16384	sesto san giovanni
G	16384	sestri levante
G	16384	sestroretsk
G	16384	sestu
G	16384	sesvete
G	16384	setakamachi - takayanagi
G	16384	setakamachi-takayanagi
G	16384	setauket - east setauket
G	16384	setauket-east setauket
G	16	setayesh
G	16384	sete lagoas
G	16	seth
G	16384	setharja old
G	16384	seto
G	16388	settat
G	16384	setti fatma
G	16384	settimo torinese
G	4	setubal
G	16384	setúbal
G	16384	sevan
G	2113536	sevastopol
G	16	sevda
G	1	seve ballesteros
G	16384	seven hills
G	16384	seven oaks
G	16384	sevenoaks
G	1	severin konan kouame
G	16384	severn
G	16384	severna park
G	16384	severnyy
G	16384	severo - zadonsk
G	16384	severo-zadonsk
G	16384	severodvinsk
G	16384	severomorsk
G	16384	seversk
G	16384	severskaya
G	16384	seveso
G	16384	sevierville
G	16384	sevilla
G	66	seville
G	16	sevinj
G	16384	sevlievo
G	16384	sevran
G	1	sewa
G	16384	sewon
G	512	sex pistols
G	16384	sexmoan
G	130	seychelles
G	8	seychellois
G	16384	seydi
G	16384	seydişehir
G	16400	seymour
G	16384	seynod
G	16384	sezze
G	16384	sfax
G	4096	sfc
G	1	sfeir
G	16384	sfizef
G	16384	sfântu gheorghe
G	4096	sgt
G	16384	sha tin
G	2	shaba
G	1	shabir ahmad muhammad jalil
G	16384	shabqadar
G	2	shabwa
G	8	shabwa block no .
G	16384	shache
G	1	shadab kabir
G	16384	shadrinsk
G	16384	shafter
G	16384	shagamu
G	1	shah
G	16384	shah alam
G	16384	shahbazpur
G	16	shahd
G	16384	shahdad kot
G	16384	shahdadpur
G	16384	shahdol
G	16384	shahecheng
G	16	shahid
G	1	shahid hasan khan
G	16384	shahkot
G	16384	shahpur chakar
G	16384	shahr - e bābak
G	16384	shahr - e kord
G	16384	shahr sultan
G	16384	shahr-e bābak
G	16384	shahr-e kord
G	16384	shahrak
G	16384	shahre jadide andisheh
G	16384	shahrisabz
G	16384	shahrud
G	16384	shahrīār
G	16	shaikha
G	16	shaim
G	16	shaimaa
G	16384	shakargarh
G	16384	shaker heights
G	2048	shakespeare
G	4	shakhtar
G	4	shakhtar donetsk
G	16384	shakhtinsk
G	16384	shakhty
G	16	shakira
G	16384	shakiso
G	16384	shakopee
G	32	shala
G	16384	shali
G	16384	shalkar
G	16384	shalqar
G	16384	shama junction
G	16384	shamakhi
G	16384	shambu
G	16384	shamkhor
G	16384	shamsābād
G	16	shana
G	16	shanaya
G	16384	shancheng
G	16	shanda
G	16	shane
G	1	shane drew
G	1	shane kelly
G	1	shane reynolds
G	16450	shanghai
G	4	shanghai automobile corporation
G	4	shanghai ek chor
G	4	shanghai post and telecomm
G	4	shanghai posts and telecommunications equipment co
G	4	shanghai-ek chor
G	4	shanghai-ek chor motorcycle co
G	16384	shangmei
G	16384	shangqiu
G	16384	shangrao
G	16384	shangri - la
G	16384	shangri-la
G	16384	shangyu
G	16384	shangzhi
G	16384	shanhaiguan
G	16384	shanhecun
G	16	shania
G	16	shanna
G	16	shannon
G	16	shanon
G	16384	shanting
G	16448	shantou
G	16384	shanwei
G	16384	shaoguan
G	16384	shaowu
G	16384	shaoxing
G	16384	shaping
G	262144	shapiro
G	16	shaquille
G	16	shari
G	524288	sharia
G	1	sharif
G	16386	sharjah
G	16	sharlene
G	32	sharma
G	16	sharon
G	1	sharpe
G	16384	sharqpur sharif
G	16	sharron
G	16	sharyn
G	16384	sharypovo
G	16384	shashemenē
G	16384	shashi
G	2	shatoi
G	16384	shatura
G	16	shaun
G	1	shaun pollock
G	16	shauna
G	16384	shaw
G	16384	shawinigan
G	16	shawn
G	16	shawna
G	16384	shawnee
G	16	shay
G	1	shay given
G	16	shayla
G	16	shayma
G	16	shayna
G	16	shayne
G	1	shayne king
G	16384	shchelkovo
G	16384	shcherbinka
G	16384	shchigry
G	16384	shchuchinsk
G	16384	shchuchyn
G	16384	shchukino
G	16384	shchëkino
G	262144	she
G	16	shea
G	16	sheba
G	16384	shebekino
G	16384	sheboygan
G	16	sheena
G	16384	sheepshead bay
G	16455	sheffield
G	4	sheffield united
G	4	sheffield wednesday
G	16384	shegaon
G	33	shehu
G	4096	sheikh
G	16384	sheikhpura
G	16	sheila
G	16384	shekhupura
G	16384	sheki
G	16384	sheksna
G	4	shelbourne
G	16400	shelby
G	16384	shelbyville
G	16	sheldon
G	16384	shelekhov
G	16	shelia
G	4	shell
G	16	shelley
G	16	shelly
G	16400	shelton
G	16384	shelui
G	16384	shemonaīkha
G	4	shen
G	1	shen guofang
G	16384	shenandoah
G	16384	shendi
G	16384	shengli
G	16384	shenjiamen
G	16448	shenyang
G	16448	shenzhen
G	16384	sheoganj
G	16384	sheohar
G	16384	sheopur
G	16384	shepetivka
G	16384	shepparton
G	16640	sherbrooke
G	16384	sherghāti
G	16	sheri
G	16400	sheridan
G	16	sherifa
G	16384	sherkot
G	2048	sherlock holmes
G	16400	sherman
G	16384	sherman oaks
G	16384	sherpur
G	16384	sherrelwood
G	16	sherri
G	16	sherrie
G	16	sherry
G	16384	shertallai
G	16384	sherwood
G	16384	sherwood park
G	16	sheryl
G	1	sheu
G	1	sheu yuan-dong
G	32801	shevchenko
G	32	shevchuk
G	1	shi-ting wang
G	65536	shia
G	2048	shia labeouf
G	65536	shias
G	16384	shibata
G	16384	shibetsu
G	16384	shibganj
G	16384	shibirghān
G	16384	shibukawa
G	16384	shibushi
G	16384	shibīn al kawm
G	16384	shibīn al qanāṭir
G	16384	shido
G	1	shigeki
G	1	shigeki maruyama
G	16384	shiggaon
G	16384	shiguai
G	16384	shihezi
G	65536	shiite
G	65536	shiites
G	16448	shijiazhuang
G	16384	shikarpur
G	16384	shiki
G	16384	shikohābād
G	16384	shikārpur
G	16384	shikārpūr
G	16384	shilin
G	16448	shillong
G	16	shiloh
G	16384	shilong
G	16384	shilovo
G	16384	shima
G	16384	shimabara
G	16384	shimada
G	16384	shimanovsk
G	1	shimaponda
G	32	shimizu
G	16448	shimla
G	16384	shimo - furano
G	16384	shimo-furano
G	16384	shimoda
G	16384	shimodate
G	16384	shimoga
G	16384	shimokizukuri
G	1	shimon peres
G	16384	shimonoseki
G	16384	shimotoda
G	16384	shingū
G	1	shinichi itoh
G	4	shining path
G	16384	shinjō
G	16384	shinshiro
G	16384	shinyanga
G	16384	shināş
G	16384	shiogama
G	16384	shiojiri
G	16384	shiozawa
G	16384	shipley
G	16384	shiqi
G	16384	shiqiao
G	16	shira
G	16384	shiraguppi
G	16384	shirahamachō - usazakiminami
G	16384	shirahamachō-usazakiminami
G	16384	shiraoi
G	16384	shiraoka
G	16386	shiraz
G	16384	shirbīn
G	16384	shirdi
G	16384	shirhatti
G	16400	shirley
G	16	shirli
G	16	shirly
G	16384	shiroi
G	16384	shiroishi
G	16384	shirone
G	16384	shirpur
G	4	shishu bhavan
G	16384	shisui
G	16384	shitanjing
G	16384	shivaji nagar
G	16384	shively
G	16384	shivpuri
G	16384	shiwan
G	16384	shixing
G	1	shiya takeishi
G	16448	shiyan
G	16384	shizilu
G	16384	shizuishan
G	16384	shizukuishi
G	16384	shizunai - furukawachō
G	16384	shizunai-furukawachō
G	16384	shizuoka
G	1	shkirko
G	16384	shkodër
G	16	shlomo
G	16384	shofirkon shahri
G	16384	shoham
G	32768	shoigu
G	16384	sholinghur
G	16	shona
G	256	shopping district
G	16384	shoreham - by - sea
G	16384	shoreham-by-sea
G	16384	shoreline
G	16384	shoreview
G	16384	shorewood
G	16384	shorkot
G	16384	short pump
G	16384	shorāpur
G	16384	shostka
G	16384	shouguang
G	16384	showot
G	16384	shpola
G	16384	shreveport
G	16388	shrewsbury
G	16	shristi
G	16384	shrīgonda
G	16384	shrīrangapattana
G	16384	shrīrāmpur
G	16384	shtime
G	16384	shtip
G	16384	shuangcheng
G	16384	shuangyang
G	16384	shuangyashan
G	16384	shujaabad
G	16384	shujālpur
G	16384	shulan
G	16384	shumen
G	1	shumer
G	16384	shumerlya
G	16384	shumikha
G	16384	shunyi
G	16384	shurugwi
G	16384	shushary
G	16384	shushenskoye
G	16384	shushi
G	16384	shuya
G	1	shuzo matsuoka
G	16384	shwebo
G	16384	shyamnagar
G	16	shyla
G	16384	shymkent
G	16384	shādegān
G	16384	shāhganj
G	16384	shāhi
G	16384	shāhjānpur
G	16384	shāhpur
G	16384	shāhpura
G	16384	shāhzādpur
G	16384	shāhābād
G	16384	shāhāda
G	16384	shāhīn dezh
G	16384	shājāpur
G	16384	shāmgarh
G	16384	shāmli
G	16384	shāntipur
G	16384	shīeli
G	16384	shīnḏanḏ
G	16384	shīrvān
G	16384	shīshgarh
G	16384	shōbara
G	16384	shōbu
G	16384	shōranūr
G	16384	shūsh
G	16384	shūshtar
G	16384	si racha
G	16384	si sa ket
G	16384	si satchanalai
G	16384	sialkot
G	4	siam commercial
G	4	siam commercial bank
G	4	siam commercial bank plc
G	2	siauliai
G	16384	siavonga
G	16384	siaya
G	16384	sibanicú
G	16384	sibaté
G	16384	sibay
G	16384	sibbo
G	2097408	siberia
G	16384	sibi
G	16384	sibiti
G	16384	sibiu
G	16384	sibolga
G	4	sibonina
G	16384	sibsāgar
G	16384	sibu
G	16384	sibulan
G	16384	sibut
G	256	sichuan
G	8	sicilian
G	258	sicily
G	16384	sicklerville
G	16384	sicuani
G	16	sid
G	16384	sidareja
G	16384	siddhapur
G	16	siddhartha
G	16384	siddharthanagar
G	16384	siddipet
G	16384	siderno
G	16384	sidhaulī
G	16384	sidhi
G	1	sidhu
G	16384	sidi abdelli
G	16384	sidi akkacha
G	16384	sidi amrane
G	16384	sidi aïssa
G	16384	sidi bel abbès
G	16384	sidi bennour
G	16384	sidi bouzid
G	16384	sidi ech chahmi
G	16384	sidi ifni
G	4	sidi kacem
G	16384	sidi khaled
G	16384	sidi moussa
G	16384	sidi mérouane
G	16384	sidi okba
G	16384	sidi qacem
G	16384	sidi slimane
G	16384	sidi yahia el gharb
G	1	sidia toure
G	16384	sidlaghatta
G	16400	sidney
G	16384	sidoarjo
G	16384	sidon
G	4	sidor
G	16384	sidrolândia
G	4	sidwell friends school
G	16384	siedlce
G	1	sieg
G	16384	siegburg
G	16384	siegen
G	2048	siegfried
G	16384	siem reap
G	512	siemens
G	16384	siemianowice śląskie
G	16384	siemiatycze
G	16384	siena
G	16384	sieradz
G	2	sierakowice
G	16384	sierpc
G	22	sierra
G	130	sierra leone
G	8	sierra leonean
G	4	sierra semiconductor
G	4	sierra semiconductor corp
G	16384	sierra vista
G	16384	sierre
G	4	sietco
G	16384	sig
G	1	sigeki maruyama
G	16384	sighetu marmaţiei
G	16384	sighișoara
G	16384	sigli
G	4	sigma olomouc
G	16384	sigmaringen
G	16	sigmund
G	16384	siguatepeque
G	16384	siguiri
G	1	sigurd njerve
G	16384	sihanoukville
G	16384	sihor
G	16384	sihorā
G	16384	siilinjärvi
G	16384	siirt
G	16384	sijua
G	16384	sijunjung
G	16384	sikandarpur
G	16384	sikandarābād
G	16384	sikandra rao
G	16384	sikasso
G	16384	sikeston
G	65536	sikh
G	65536	sikhs
G	16384	sikka
G	256	sikkim
G	16384	sikonge
G	16384	sil - li
G	16384	sil-li
G	16384	silang
G	16384	silao
G	16384	silapathar
G	16	silas
G	16384	silchar
G	16384	siliana
G	2	silicon valley
G	16384	silifke
G	16384	siliguri
G	16384	silistra
G	16384	silivri
G	1	silke renk
G	16384	silkeborg
G	16384	silla
G	16384	sillamäe
G	16384	sillanwali
G	16	sillin
G	16384	sillod
G	16384	siloam springs
G	16384	silopi
G	16384	silute
G	32	silva
G	16384	silva jardim
G	16384	silvan
G	16384	silvassa
G	16384	silver firs
G	16384	silver lake
G	16384	silver spring
G	16384	silverdale
G	16	silvia
G	1	silvia farina
G	16	silvio
G	1	silvio berlusconi
G	1	silvio martinelli
G	16384	sim
G	16384	simanggang
G	16384	simav
G	16384	simdega
G	4	simex
G	4	simex brent
G	8	simex nikkei
G	16384	simferopol
G	16384	simi valley
G	1	simitis
G	16384	simmerath
G	16384	simmering
G	32	simmons
G	17	simon
G	1	simon brown
G	1	simon crafar
G	1	simon culhane
G	1	simon frenz
G	1	simon parke
G	16	simona
G	16	simone
G	32	simonsen
G	16384	simpang
G	16384	simpang empat
G	1	simpson
G	16384	simpsonville
G	16384	simão dias
G	16384	simões filho
G	16384	sin - le - noble
G	16384	sin-le-noble
G	16384	sinabang
G	256	sinaloa
G	16384	sinan
G	16384	sinanju
G	32	sinatra
G	2048	sinbad
G	16384	sincelejo
G	32	sinclair
G	16384	sindelfingen
G	16384	sindgi
G	4	sindh high court
G	16384	sindhnūr
G	16	sindy
G	1	sinead delahunty
G	16384	sinfin
G	16384	sinfra
G	16384	sing buri
G	16384	singa
G	16384	singaparna
G	540802	singapore
G	4	singapore international monetary exchange
G	4	singapore newsroom
G	4	singapore petroleum company
G	4	singapore refining company
G	8	singapore-listed
G	1024	singaporean
G	1024	singaporeans
G	16384	singaraja
G	16384	singarāyakonda
G	16384	singen
G	8	singer
G	8	singer cup
G	8	singer world
G	8	singer world series
G	32	singh
G	16384	singida
G	16384	singkawang
G	16384	singkil
G	16384	singojuruh
G	16384	singosari
G	16384	singrauli
G	16384	singur
G	16384	singānallūr
G	16384	singāpur
G	65536	sinhalese
G	65536	sinhaleses
G	16384	sinhyeon
G	16384	sinjai
G	16384	sinjhoro
G	16384	sinjār
G	16384	sinmak
G	16384	sinnai
G	16384	sinnar
G	4	sino-thai
G	16384	sinop
G	16384	sinsheim
G	16384	sint - genesius - rode
G	16384	sint - gillis - waas
G	16384	sint - katelijne - waver
G	16384	sint - kruis
G	16384	sint - niklaas
G	16384	sint - oedenrode
G	16384	sint - pieters - leeuw
G	16384	sint - truiden
G	128	sint maarten
G	128	sint maarten (dutch part)
G	4	sint truiden
G	16384	sint-genesius-rode
G	16384	sint-gillis-waas
G	16384	sint-katelijne-waver
G	16384	sint-kruis
G	16384	sint-niklaas
G	16384	sint-oedenrode
G	16384	sint-pieters-leeuw
G	16384	sint-truiden
G	16384	sintansin
G	16384	sintra
G	16384	sinzig
G	16384	sinŭiju
G	16	siobhan
G	4	siofok
G	4	sion
G	16384	sioux city
G	16384	sioux falls
G	16384	sipalay
G	16384	siping
G	16384	siquirres
G	4096	sir
G	16384	siracusa
G	16384	siraha
G	1	siraj mia
G	16384	sirajganj
G	16384	sirari
G	32	sirbu
G	16384	sirdaryo
G	16384	sirhind
G	16384	sirinhaém
G	16384	sirjan
G	2	sirnak
G	16384	sirohi
G	16384	sironj
G	16384	sirsa
G	16384	sirsi
G	16384	sirsilla
G	16384	sirsāganj
G	16384	sirte
G	16384	siruguppa
G	16384	sirumugai
G	16384	sirūr
G	16384	sisak
G	16384	sisauli
G	16384	sishui
G	16384	sisophon
G	16384	siswā bāzār
G	16	sita
G	16384	sitampiky
G	16384	sitangkai
G	1	sitanyi
G	16384	sitges
G	16	siti
G	16384	sitrah
G	16384	sittard
G	16384	sitten
G	16384	sittingbourne
G	16384	sittwe
G	16384	situbondo
G	16384	sitārganj
G	16384	siuna
G	16384	siuri
G	16384	sivaganga
G	16384	sivagiri
G	16384	sivakasi
G	16386	sivas
G	16384	siverek
G	16384	siwān
G	16384	siwāna
G	16384	six - fours - les - plages
G	16384	six-fours-les-plages
G	16	siyabonga
G	16384	siyabuswa
G	16384	siófok
G	1	sjeng schalken
G	4	sk ceske budejovice
G	4	sk hradec kralove
G	4	sk slavia praha
G	16384	skalica
G	1	skandalidis
G	16384	skanes
G	16384	skarżysko - kamienna
G	16384	skarżysko-kamienna
G	16384	skawina
G	16384	skegness
G	4	skeid
G	2	skeleton canyon
G	16384	skellefteå
G	16384	skelmersdale
G	2	skhirat
G	16384	skhirate
G	16384	skhodnya
G	16384	skien
G	16384	skierniewice
G	16384	skikda
G	16	skip
G	16384	skive
G	4	skoda plzen
G	16384	skokie
G	16384	skopin
G	16450	skopje
G	4	sks tana
G	16384	skudai
G	16384	skvyra
G	4	sky
G	16	skye
G	16384	skövde
G	16384	slagelse
G	16384	slantsy
G	16384	slaný
G	4	slask wroclaw
G	16384	slatina
G	16384	slavgorod
G	16384	slavonski brod
G	16384	slavuta
G	16384	slavutych
G	2097152	slavyansk
G	16384	slavyansk - na - kubani
G	16384	slavyansk-na-kubani
G	16384	slawi
G	1	slawomir wojciechowski
G	16384	sleaford
G	16384	sleman
G	16384	slidell
G	16384	sliedrecht
G	2	sliema
G	1	slight
G	16384	sligo
G	16384	sliven
G	4	sloboda
G	16	slobodan
G	2049	slobodan milosevic
G	16384	slobodka
G	16384	slobodskoy
G	16384	slobozia
G	4	sloga jugomagnat
G	16384	slonim
G	16388	slough
G	4	slough estates
G	4	slough estates plc
G	9216	slovak
G	130	slovakia
G	1024	slovaks
G	4	slovan bratislava
G	4	slovan liberec
G	65536	slovene
G	65536	slovenes
G	130	slovenia
G	65544	slovenian
G	65536	slovenians
G	2113536	sloviansk
G	16384	slutsk
G	16384	slyudyanka
G	16384	smach mean chey
G	8	small is beautiful
G	16384	smara
G	16384	smederevo
G	16384	smederevska palanka
G	1	smets
G	1	smicer
G	16384	smila
G	512	smirnoff
G	33	smirnov
G	32	smit
G	262177	smith
G	16384	smithfield
G	16384	smithtown
G	16384	smolensk
G	1	smoltz
G	16384	smolyan
G	16384	smyrna
G	33	smyth
G	4	sncf
G	16384	sneek
G	16384	snellville
G	4	snet
G	16	snezana
G	16384	snezhinsk
G	16384	snina
G	16384	snizhne
G	2048	snoop dogg
G	2048	snow white
G	32768	snowden
G	512	snp
G	1	snyman
G	16384	soacha
G	16384	soanierana ivongo
G	16384	soanindrariny
G	16384	soavinandriana
G	16384	soba
G	16	sobia
G	16384	sobinka
G	1	sobotzik
G	16384	sobradinho
G	16384	sobral
G	16384	sobue
G	4	socal edison
G	16384	socastee
G	16384	soccavo
G	16384	sochaczew
G	16384	sochi
G	4	social democratic party
G	8	social democrats
G	4	socialist party
G	16384	socorro
G	2048	socrates
G	16384	sodhri
G	16384	sodo
G	524288	sodom
G	16384	soe
G	16384	soest
G	16402	sofia
G	4	sofia newsroom
G	16	sofie
G	16384	sofifi
G	16	sofija
G	16384	sofo - birnin - gwari
G	16384	sofo-birnin-gwari
G	16384	sofrino
G	4	softbank
G	4	softbank corp
G	16384	sogamoso
G	16384	sohag
G	1	sohail
G	16384	sohar
G	16384	sohna
G	256	soho
G	16384	sohāgpur
G	16384	soignies
G	16384	soio
G	16384	soissons
G	16384	soisy - sous - montmorency
G	16384	soisy-sous-montmorency
G	16384	sojat
G	16384	sojītra
G	16384	sokaraja
G	16384	sokcho
G	16384	sokhumi
G	16384	soko
G	16384	sokodé
G	16384	sokol
G	4	sokol tychy
G	16416	sokolov
G	4	sokolovska uhelna
G	16384	sokoni
G	16386	sokoto
G	16384	sokołów podlaski
G	16384	sokółka
G	16384	solan
G	16384	solana
G	16384	solano
G	16384	solec kujawski
G	16384	soledad
G	16384	soledad de graciano sánchez
G	16384	soledade
G	16384	solhan
G	4	solidere
G	16384	solihull
G	16384	solikamsk
G	16384	solin
G	16384	solingen
G	16384	sollentuna
G	16384	solna
G	16384	solnechnogorsk
G	16384	solntsevo
G	16384	solok
G	16384	sololá
G	16	solomon
G	128	solomon islands
G	16384	solon
G	32	solovyov
G	1	solskjaer
G	16384	soltau
G	16384	solânea
G	16384	solāpur
G	16384	soma
G	130	somalia
G	1024	somalian
G	1024	somalians
G	16384	somanda
G	16	somayyeh
G	16384	sombor
G	16384	sombrerete
G	16644	somerset
G	16384	somerset east
G	4	somerset jewellers
G	16384	somerton
G	16384	somerville
G	16384	someshwar
G	16384	somma vesuviana
G	16384	somotillo
G	16384	somoto
G	16384	sompeta
G	2	son sen
G	16384	sondershausen
G	16	sondra
G	16384	sondrio
G	16384	sonepur
G	16384	songadh
G	16384	songea
G	16384	songjiang
G	16384	songjianghe
G	16384	songkhla
G	16384	songling
G	16384	songnim
G	16384	songwa
G	16384	songyang
G	16384	songyuan
G	16	sonia
G	16	sonja
G	16384	sonneberg
G	256	sonora
G	16384	sonqor
G	16384	sonsonate
G	16384	sonsón
G	16384	sonthofen
G	512	sony
G	16	sonya
G	16384	sonzacate
G	16384	sonāmukhi
G	16384	sonārgaon
G	16384	sonāri
G	16384	sonīpat
G	16	sophia
G	1	sophia rose
G	16	sophie
G	16384	sopot
G	16384	sopron
G	1	soprun
G	16384	sopur
G	16384	sora
G	16384	sorada
G	16384	soran
G	16384	soreang
G	16384	sorel - tracy
G	16384	sorel-tracy
G	16	soren
G	1	soren jessen-petersen
G	1	soren lausberg
G	1	soren lausgberg
G	33	sorensen
G	16384	sorgues
G	16384	sorgun
G	16384	soria
G	16384	soro
G	16384	soroca
G	16384	sorocaba
G	16384	sorochinsk
G	16384	sorokyne
G	16384	soron
G	16384	sorong
G	557056	soros
G	16384	soroti
G	1	sorrento
G	16384	sorsogon
G	16384	sortavala
G	33	sosa
G	16384	sosnogorsk
G	16384	sosnovaya polyana
G	16384	sosnovka
G	16384	sosnovoborsk
G	16384	sosnovyy bor
G	16384	sosnowiec
G	32	soto
G	16384	sotouboua
G	16384	sotteville - lès - rouen
G	16384	sotteville-lès-rouen
G	16384	sougueur
G	16384	souk ahras
G	16	souleymane
G	16384	souma
G	16384	soumagne
G	512	soundgarden
G	4	soundview financial group
G	32	soung
G	16384	sour el ghozlane
G	16384	souran
G	1	sourav ganguly
G	16384	soure
G	16416	sousa
G	16384	sousse
G	16	souta
G	524294	south
G	130	south africa
G	8	south african
G	4	south african hockey association
G	8	south africans
G	2	south america
G	16384	south bel air
G	16384	south bend
G	16384	south benfleet
G	16384	south boston
G	16384	south bradenton
G	16384	south burlington
G	256	south carolina
G	16384	south chicago
G	4	south china morning post
G	16384	south croydon
G	258	south dakota
G	16384	south el monte
G	16384	south elgin
G	16384	south elmsall
G	256	south end
G	16384	south euclid
G	16384	south gate
G	128	south georgia and the south sandwich islands
G	16384	south hadley
G	16384	south hayling
G	16384	south hill
G	16384	south holland
G	16384	south houston
G	2	south island
G	16384	south jordan
G	16384	south jordan heights
G	16384	south kingstown
G	2	south kivu
G	130	south korea
G	8	south korea-based
G	8	south korean
G	8	south korean-related
G	16384	south lake tahoe
G	16384	south laurel
G	16384	south lawndale
G	16384	south miami heights
G	2	south miami hospital
G	16384	south milwaukee
G	16384	south morang
G	16384	south ockendon
G	16384	south ogden
G	16384	south old bridge
G	16384	south orange
G	2097152	south ossetia
G	16384	south pasadena
G	16384	south peabody
G	16384	south plainfield
G	16384	south portland
G	16384	south portland gardens
G	4	south queensland
G	16384	south riding
G	16384	south river
G	16384	south saint paul
G	16384	south salt lake
G	16384	south san francisco
G	16384	south san jose hills
G	16384	south shields
G	16384	south shore
G	256	south side
G	128	south sudan
G	16384	south suffolk
G	4	south sydney
G	16384	south tangerang
G	16384	south valley
G	16384	south vineland
G	16384	south whittier
G	16384	south windsor
G	16384	south yarra
G	2	south yemen
G	16384	south yuba city
G	16384	southall
G	16646	southampton
G	16384	southaven
G	16384	southbank
G	16384	southbridge
G	16384	southbury
G	16384	southchase
G	2	southeastern bulgaria
G	4	southend
G	16384	southend - on - sea
G	16384	southend-on-sea
G	8	southern
G	4	southern california edison co
G	4	southern illinois university at carbondale
G	4	southern new england
G	4	southern new england telecommunciations corp
G	4	southern new england telecommunications corp.
G	16384	southfield
G	16384	southgate
G	16384	southglenn
G	16384	southlake
G	4	southland life
G	4	southland life insurance co
G	16384	southport
G	16384	southsea
G	256	southwold
G	16384	sovetsk
G	16384	sovetskiy
G	8192	soviet
G	2097154	soviet union
G	8	soviet-era
G	8	soviet-style
G	16448	soweto
G	16384	soyapango
G	16384	soygaon
G	16384	soyībug
G	2	spa-francochamps
G	2	spa-francorchamps
G	524418	spain
G	4	spal
G	16384	spalding
G	16384	spanaway
G	16384	spandau
G	9216	spaniard
G	1024	spaniards
G	524296	spanish
G	16384	spanish fork
G	16384	spanish lake
G	16384	spanish springs
G	8	spanish supercup
G	16384	spanish town
G	4	spar ag
G	16384	sparks
G	16388	sparta
G	4	sparta prague
G	4	sparta rotterdam
G	4	spartak
G	4	spartak moscow
G	4	spartak trnava
G	16384	spartanburg
G	4	spd
G	4	specia
G	1	specter
G	262144	speier
G	1	spence
G	16	spencer
G	16384	spenge
G	16384	spennymoor
G	16384	speyer
G	512	spice girls
G	2048	spider man
G	2048	spiderman
G	4	spif cesky
G	16384	spijkenisse
G	16	spike
G	16384	spinea - orgnano
G	16384	spinea-orgnano
G	16384	spitak
G	262144	spittler
G	2	spitzbergen
G	16384	spišská nová ves
G	4	spla
G	16386	split
G	16384	spokane
G	16384	spokane valley
G	4096	spokesman
G	4096	spokeswoman
G	16384	spoleto
G	4	sport recife
G	4	sporting
G	512	sporting kansas city
G	4	sporting sale
G	4	sportul studentesc
G	1	spot thomson
G	2	sprague
G	16386	spring
G	16384	spring hill
G	16384	spring valley
G	4	springbok
G	4	springboks
G	16384	springboro
G	16384	springdale
G	16384	springe
G	1	springer
G	16386	springfield
G	16384	springfield gardens
G	16384	springfield lakes
G	256	springhill
G	16384	springs
G	16384	springvale
G	16384	springville
G	256	springwood
G	16384	sprockhövel
G	16384	spruce grove
G	4	spt telecom
G	1048576	sputnik
G	16384	spárti
G	16384	squamish
G	512	squarespace
G	4096	sr
G	16384	sragen
G	16384	srandakan
G	4	src
G	2	srebrenica
G	16384	sredneuralsk
G	16384	sremska mitrovica
G	16384	sremčica
G	16	sri
G	16384	sri dūngargarh
G	16384	sri jayewardenepura kotte
G	130	sri lanka
G	8	sri lankan
G	8	sri lankans
G	16384	sri mādhopur
G	16384	srikakulam
G	16386	srinagar
G	1	srinath
G	16384	srirāmpur
G	16384	srivaikuntam
G	16384	srivilliputhur
G	16384	srono
G	1	srutwa
G	16384	srīnagar
G	16384	srīnivāspur
G	16384	srīperumbūdūr
G	16384	srīrāmnagar
G	16384	srīsailain
G	16384	srīvardhan
G	4	ssangbangwool
G	524288	st
G	16384	st albans
G	2	st ansgar
G	16384	st austell
G	16384	st clair
G	2	st croix
G	4	st gallen
G	4	st george
G	16390	st helens
G	4	st johnstone
G	4	st kilda
G	4	st leger
G	6	st louis
G	512	st louis cardinals
G	512	st louis rams
G	4	st mirren
G	4	st pauli
G	4	st.
G	2	st. albans
G	16384	st. albert
G	16384	st. catharines
G	16384	st. charles
G	2	st. christopher children 's hospital
G	16384	st. john's
G	16384	st. johns
G	16386	st. louis
G	4	st. louis cardinals
G	16384	st. marys
G	2	st. matthew 's
G	2	st. matthews missionary baptist church
G	16384	st. pauli
G	16384	st. petersburg
G	16384	st. thomas
G	16384	staaken
G	4	stabaek
G	16384	stabat
G	16384	stabroek
G	16	stacey
G	16	staci
G	16	stacie
G	16	stacy
G	16384	stade
G	2	stadium court
G	4	stadler
G	16384	stadskanaal
G	16384	stadtallendorf
G	16384	stadthagen
G	16384	stadtlohn
G	16384	staffanstorp
G	16640	stafford
G	256	staffordshire
G	4	stagecoach
G	4	stagecoach holdings plc
G	16384	staines
G	8	stainless fighter
G	16384	stains
G	32800	stalin
G	65544	stalinist
G	65536	stalinists
G	16384	stallings
G	1	stallone
G	16384	stalowa wola
G	16384	stalybridge
G	16384	stamford
G	16	stan
G	4	standard liege
G	16384	standerton
G	16384	stanford - le - hope
G	16384	stanford-le-hope
G	16	stanislav
G	16	stanislaw
G	16401	stanley
G	1	stanojlovic
G	2	stansted
G	16384	stanton
G	16384	stantsiya novyy afon
G	16384	staphorst
G	4	star magazine
G	16384	stara pazova
G	16384	stara zagora
G	16384	starachowice
G	16384	staraya derevnya
G	16384	staraya kupavna
G	16384	staraya russa
G	512	starbucks
G	16384	stargard
G	16384	starkville
G	16	starla
G	32800	starmer
G	16384	starnberg
G	16384	starodub
G	16384	starogard gdański
G	16384	starokostiantyniv
G	16384	starominskaya
G	16384	staroshcherbinovskaya
G	4	start
G	16384	staryy malgobek
G	16384	staryy oskol
G	16384	stará ľubovňa
G	16384	starý bohumín
G	16384	staszów
G	262144	state
G	4	state ( central ) bank
G	16384	state college
G	4	state council
G	4	state customs committee
G	1048580	state department
G	4	state national bank of greece
G	2	state of ohio
G	128	state of palestine
G	4	state planning commission
G	16448	staten island
G	16384	statesboro
G	16384	statesville
G	4	statistics canada
G	516	statoil
G	4	status weekly
G	16384	staunton
G	16384	stavanger
G	16384	staveley
G	16384	staßfurt
G	1	steady eddie
G	4	steaua bucharest
G	16384	stebnyk
G	4	steel industry center
G	32	steele
G	16384	steenbergen
G	16384	steenwijk
G	1	stefaan de clerck
G	16	stefan
G	1	stefan edberg
G	1	stefan kuntz
G	1	stefan raichev
G	1	stefan reuter
G	1	stefan schwarz
G	16	stefanie
G	16	stefano
G	1	stefano cimicchi
G	1	stefano pescosolido
G	1	stefano tilli
G	1	stefano zanini
G	16	stefanos
G	1	steffen freund
G	1	steffi graf
G	16384	steffisburg
G	1	stefka kostadinova
G	16384	steglitz
G	16384	steilshoop
G	32	stein
G	2	steinberg
G	32	steiner
G	16384	steinfurt
G	16384	steinhagen
G	16384	steinkjer
G	16384	stekene
G	16	stela
G	16400	stella
G	16384	stellenbosch
G	16384	stellingen
G	16384	stendal
G	4	stenhousemuir
G	16384	stenjevec
G	16384	stenløse
G	1	stenning
G	4	stentex
G	32768	stepan bandera
G	16	stephan
G	16	stephane
G	1	stephane chapuisat
G	1	stephane guivarch
G	1	stephane henchoz
G	1	stephane ortelli
G	1	stephane simian
G	17	stephanie
G	1	stephanie deville
G	16	stephen
G	1	stephen ames
G	1	stephen field
G	1	stephen mcallister
G	1	stephen meads
G	1	stephen nisbet
G	1	stephen pate
G	32	stephens
G	16384	stephenville
G	16384	stepnogorsk
G	4	steptoe & johnson
G	16384	sterling
G	16384	sterling heights
G	1	sterling hitchcock
G	16384	sterlitamak
G	16384	steubenville
G	1	stevanin
G	16	steve
G	1	steve backley
G	32768	steve bannon
G	1	steve barnes
G	1	steve brown
G	1	steve conroy
G	1	steve finley
G	1	steve howey
G	1	steve jones
G	1	steve mcmanaman
G	1	steve schneiter
G	1	steve staunton
G	1	steve stricker
G	1	steve waugh
G	1	steve webster
G	1	steve weizman
G	16	steven
G	1	steven bottomley
G	1	steven redgrave
G	1	steven vrolijk
G	16384	stevenage
G	32	stevens
G	16384	stevens point
G	32	stevenson
G	16384	stevenson ranch
G	16	stevie
G	16	stew
G	17	stewart
G	1	stewart ginn
G	16386	steyr
G	1	stich
G	16384	stilfontein
G	16384	stillwater
G	4	stinnes
G	16388	stirling
G	4	stock exchange
G	16384	stockach
G	16384	stockbridge
G	16384	stockelsdorf
G	16384	stockerau
G	16450	stockholm
G	16388	stockport
G	16384	stockton
G	16384	stockton - on - tees
G	16384	stockton-on-tees
G	256	stockwell
G	32	stoica
G	32	stojanovic
G	4	stoke
G	16384	stoke - on - trent
G	512	stoke city
G	16384	stoke-on-trent
G	16384	stolberg
G	32769	stoltenberg
G	4	stomil olsztyn
G	16384	stonecrest
G	16384	stoneham
G	4	stork
G	16384	storrs
G	16384	stoughton
G	16384	stourbridge
G	16384	stourport - on - severn
G	16384	stourport-on-severn
G	16384	stow
G	16384	stowbtsy
G	16384	stowmarket
G	32	stoyanov
G	32	stoyanova
G	16384	straelen
G	16384	strakonice
G	16384	stralsund
G	1	stranksy
G	4	stranraer
G	16452	strasbourg
G	16640	stratford
G	16384	stratford - upon - avon
G	16384	stratford-upon-avon
G	16384	strathfield
G	16384	straubing
G	16384	strausberg
G	16384	straßgang
G	1	streak
G	16384	streamwood
G	16384	streetsboro
G	32768	strelkov
G	16384	stretford
G	16384	strezhevoy
G	1	strobe talbott
G	16384	strogino
G	1	stromme
G	4	stromsgodset
G	16384	strongsville
G	16384	strood
G	16640	stroud
G	16384	struga
G	16384	strumica
G	16384	strunino
G	16384	stryi
G	16384	strzegom
G	16384	strzelce opolskie
G	16384	stróvolos
G	16384	strășeni
G	16	stu
G	16400	stuart
G	1	stuart cage
G	1	stuart law
G	16384	studeničane
G	16384	studio city
G	16384	stuhr
G	16386	stung treng
G	16384	stupino
G	4	sturm graz
G	16384	stutterheim
G	16454	stuttgart
G	16384	stuttgart - ost
G	16384	stuttgart feuerbach
G	16384	stuttgart mühlhausen
G	16384	stuttgart-ost
G	16384	su - ngai kolok
G	16384	su-ngai kolok
G	16384	suai
G	32	suarez
G	16384	suay
G	16384	subang jaya
G	516	subaru
G	8	subaru impreza
G	16384	subaykhān
G	16384	subic
G	32	subotic
G	16384	subotica
G	524288	subscribe
G	16384	suceava
G	16384	suchiapa
G	16384	sucre
G	16384	sucy - en - brie
G	16384	sucy-en-brie
G	8	sud-ptt
G	16384	sudak
G	130	sudan
G	4	sudan airways
G	4	sudan people 's liberation army
G	9216	sudanese
G	1024	sudaneses
G	16640	sudbury
G	16384	sudley
G	1	sudradjat djiwandono
G	16	sue
G	16384	sueca
G	4	suedwest lb
G	16384	sueyoshichō - ninokata
G	16384	sueyoshichō-ninokata
G	16384	suez
G	16640	suffolk
G	16384	sugar hill
G	16384	sugar land
G	16384	sugito
G	2	sugo
G	16	suha
G	1	suharto
G	16384	suhl
G	16384	suhum
G	4	sui northern gas
G	4	sui southern gas
G	16384	suibara
G	16384	suicheng
G	16384	suifenhe
G	16384	suihua
G	16384	suileng
G	16384	suining
G	16384	suisun
G	16384	suita
G	16384	suitland
G	16384	suitland - silver hill
G	16384	suitland-silver hill
G	16384	suixi
G	16384	suizhou
G	16384	sujiatun
G	16384	sukabumi
G	16384	sukagawa
G	16384	suket
G	16384	sukheke mandi
G	16384	sukhinichi
G	16384	sukhothai
G	16384	sukhoy log
G	16384	sukkur
G	16384	sukumo
G	16384	sukuta
G	16384	sulechów
G	2	suleimaniya
G	16384	suleja
G	16384	sulejówek
G	1	suleyman demirel
G	16384	sullana
G	32	sullivan
G	2	sullivan 's island
G	16384	sulmona
G	16384	sulphur
G	16384	sulphur springs
G	1	sultan
G	16384	sultanbeyli
G	16384	sultangazi
G	16384	sultanpur
G	16384	sultānpur
G	16384	suluktu
G	16384	suluova
G	16384	sulur
G	16384	sulya
G	16384	sulzbach
G	16384	sulzbach - rosenberg
G	16384	sulzbach-rosenberg
G	16384	sulţānah
G	16384	sumag
G	16384	sumaré
G	16	sumayah
G	16384	sumbawa besar
G	16384	sumbawanga
G	16384	sumbe
G	16384	sumber
G	16384	sumberpucung
G	16384	sumedang
G	16384	sumedang utara
G	16384	sumenep
G	16	sumit
G	4	sumitomo
G	4	sumitomo corp
G	16384	summerlin south
G	16384	summerville
G	16384	summit
G	16384	sumoto
G	16384	sumpango
G	16384	sumqayıt
G	16384	sumter
G	16384	sumusţā as sulţānī
G	16384	sumy
G	16384	sun city
G	16384	sun city center
G	16384	sun city west
G	4	sun co
G	1	sun jian
G	4	sun microsystems
G	4	sun microsystems inc.
G	16384	sun prairie
G	16384	sun valley
G	8	sun-ho
G	16384	sunagawa
G	32768	sunak
G	16384	sunan
G	16384	sunbury
G	16384	sunbury - on - thames
G	16384	sunbury-on-thames
G	16384	sunchales
G	16384	suncheon
G	16384	sundargarh
G	16384	sundarnagar
G	1	sunday bada
G	16384	sundbyberg
G	16644	sunderland
G	16384	sundern
G	16384	sundsvall
G	16384	sunel
G	1	sung-hee park
G	16384	sungai besar
G	16384	sungai penuh
G	16384	sungai petani
G	16384	sungai raya
G	16384	sungai udang
G	16384	sungailiat
G	4	sungard
G	4	sungard data systems inc
G	4	sungard shareholder systems inc
G	16384	sunggal
G	16384	sungurlu
G	16	sunita
G	16384	sunland
G	16384	sunland park
G	65536	sunni
G	65536	sunnis
G	16384	sunny isles beach
G	16384	sunnybank hills
G	16384	sunnyside
G	16384	sunnyvale
G	16384	sunrise
G	16384	sunrise manor
G	16384	sunset
G	256	sunset hills
G	16384	sunset park
G	16384	sunshine west
G	16384	sunyani
G	16384	sunzha
G	16384	sunām
G	16384	suong
G	16384	suozhen
G	16384	supaul
G	8	super cup
G	4	super indah makmur
G	8	super league
G	8	supercup
G	16384	superior
G	2049	superman
G	16384	suphan buri
G	4	supreme coordination council alliance
G	4	supreme court
G	4	supreme federal tribunal
G	4096	supt
G	16384	sur
G	16450	surabaya
G	16	suraj
G	16384	surakarta
G	16384	surallah
G	64	surat
G	16384	surat thani
G	16384	surbiton
G	16384	surendranagar
G	16	suresh
G	16384	suresnes
G	16384	surfers paradise
G	4096	surg
G	16384	surgut
G	16384	surigao
G	16384	surin
G	2	surinam
G	128	suriname
G	8	surinamese
G	8	surinamese-born
G	16384	suriānwān
G	16384	suriāpet
G	16384	surkhakhi
G	16384	surkhpur
G	32768	surovikin
G	16384	surovikino
G	16384	surprise
G	16646	surrey
G	16384	surry hills
G	16384	surubim
G	16384	suruç
G	16384	susaki
G	16	susan
G	1	susan nadeau
G	1	susan roosevelt weld
G	1	susan smith
G	16	susana
G	16	susane
G	16	susanna
G	16	susannah
G	16	susanne
G	16384	susanville
G	16	susi
G	16	susie
G	260	sussex
G	16384	susurluk
G	4	sutjeska
G	16384	sutton
G	16384	sutton coldfield
G	16384	sutton in ashfield
G	16384	suva
G	16384	suva reka
G	1	suvit
G	1	suvit maenmuan
G	16384	suvorov
G	16384	suvorovskaya
G	16384	suwa
G	16384	suwanee
G	16384	suwałki
G	16388	suwon
G	16384	suzaka
G	16	suzan
G	16	suzana
G	16	suzane
G	16	suzanna
G	16	suzanne
G	16384	suzano
G	16	suzette
G	16448	suzhou
G	16	suzie
G	16386	suzuka
G	36	suzuki
G	16384	suzun
G	16	suzy
G	16384	suzzara
G	16384	suār
G	16384	suşehri
G	4	sv hamburg
G	4	sv ried
G	4	sv salzburg
G	128	svalbard and jan mayen
G	16384	svalyava
G	16384	svatove
G	16384	svay rieng
G	4	svcd bulgaria
G	16	sven
G	1	sven pieters
G	1	sven struver
G	1	sven teutenberg
G	16	svend
G	16384	svendborg
G	32	svensson
G	1	svetlana goncharova
G	1	svetlana masterkova
G	1	svetlana samokhalova
G	1	svetlana zalevskaya
G	16384	svetlanovskiy
G	16384	svetlograd
G	16384	svetlyy
G	16384	svetogorsk
G	16384	sviblovo
G	16384	svilengrad
G	16384	svishtov
G	16384	svitavy
G	1048608	svoboda
G	16384	svobodnyy
G	32	svobodova
G	16384	svobody
G	16384	svyetlahorsk
G	16384	swabi
G	16384	swadlincote
G	16384	swakopmund
G	2048	swami
G	16384	swanley
G	16384	swanscombe
G	16388	swansea
G	16384	swarzędz
G	128	swaziland
G	2	swe
G	4	swebus
G	4	swebus ab
G	9216	swede
G	524418	sweden
G	1024	swedes
G	8	swedish
G	16384	swedru
G	16384	sweetwater
G	2	swerford
G	1	swift
G	16388	swindon
G	16384	swinton
G	9216	swiss
G	4	swiss bank corp
G	8	swiss-based
G	1024	swisses
G	524418	switzerland
G	16384	swords
G	4	swp
G	16	sybil
G	16384	sycamore
G	16	syd
G	256	sydenham
G	18438	sydney
G	4	sydney bulldogs
G	16384	sydney central business district
G	4	sydney city
G	4	sydney newsroom
G	4	sydney tigers
G	16	syed
G	16384	syke
G	16384	sykiés
G	16384	syktyvkar
G	16640	sylhet
G	16384	sylvania
G	16	sylvester
G	1	sylvester stallone
G	16	sylvia
G	16	sylvie
G	1	sylvie florence
G	4	symantec corp.
G	262144	synod
G	16384	syosset
G	16384	syracuse
G	524418	syria
G	16384	syriam
G	9216	syrian
G	128	syrian arab republic
G	8	syrian-lebanese
G	9216	syrians
G	32	szabo
G	16384	szamotuły
G	16384	szarvas
G	16384	szczecin
G	16384	szczecinek
G	16384	szczytno
G	16384	szeged
G	16384	szekszárd
G	16384	szentendre
G	16384	szigetszentmiklós
G	16384	szolnok
G	16384	szombathely
G	16	szymon
G	16384	százhalombatta
G	16384	székesfehérvár
G	16384	sárvár
G	16384	sátoraljaújhely
G	16384	são bento
G	16384	são bento do sul
G	16384	são bernardo do campo
G	16384	são borja
G	16384	são caetano do sul
G	16384	são carlos
G	16384	são cristóvão
G	16384	são domingos de rana
G	16384	são domingos do maranhão
G	16384	são fidélis
G	16384	são francisco
G	16384	são francisco do conde
G	16384	são francisco do sul
G	16384	são félix do xingu
G	16384	são gabriel
G	16384	são gabriel da cachoeira
G	16384	são gonçalo do amarante
G	16384	são gonçalo do sapucaí
G	16384	são gotardo
G	16384	são jerônimo
G	16384	são joaquim
G	16384	são joaquim da barra
G	16384	são josé
G	16384	são josé de mipibu
G	16384	são josé de ribamar
G	16384	são josé do egito
G	16384	são josé do rio pardo
G	16384	são josé do rio preto
G	16384	são josé dos campos
G	16384	são josé dos pinhais
G	16384	são joão da barra
G	16384	são joão da boa vista
G	16384	são joão da madeira
G	16384	são joão da talha
G	16384	são joão de meriti
G	16384	são joão del rei
G	16384	são joão dos inhamuns
G	16384	são joão dos patos
G	16384	são joão nepomuceno
G	16384	são leopoldo
G	16384	são lourenço
G	16384	são lourenço da mata
G	16384	são lourenço do sul
G	16384	são luiz gonzaga
G	16384	são luís
G	16384	são luís de montes belos
G	16384	são luís do quitunde
G	16384	são mamede de infesta
G	16384	são manuel
G	16384	são marcos
G	16384	são martinho
G	16384	são mateus
G	16384	são mateus do maranhão
G	16384	são mateus do sul
G	16384	são miguel do araguaia
G	16384	são miguel do guamá
G	16384	são miguel do iguaçu
G	16384	são miguel dos campos
G	16384	são paulo
G	16384	são pedro
G	16384	são pedro da aldeia
G	16384	são pedro da cova
G	16384	são raimundo nonato
G	16384	são roque
G	16384	são sebastião
G	16384	são sebastião do caí
G	16384	são sebastião do paraíso
G	16384	são sebastião do passé
G	16384	são sepé
G	16384	são tomé
G	16384	são vicente
G	16384	sète
G	16384	sèvres
G	16384	sédhiou
G	16384	ségou
G	16384	séguéla
G	16384	sélestat
G	16384	sélibaby
G	16384	sérres
G	16384	sétif
G	16384	sóc trăng
G	16384	sông cầu
G	16384	södermalm
G	16384	södertälje
G	16384	söke
G	16384	sömmerda
G	16384	sønderborg
G	16384	sühbaatar
G	16384	sürmene
G	16384	sādri
G	16384	sāgar
G	16384	sāhibganj
G	16384	sālūmbar
G	16384	sālūr
G	16384	sāmalkot
G	16384	sāmba
G	16384	sāmbhar
G	16384	sānand
G	16384	sānchor
G	16384	sāndi
G	16384	sāngli
G	16384	sāngola
G	16384	sānkrāil
G	16384	sārangpur
G	16384	sāsvad
G	16384	sātkania
G	16384	sātkhira
G	16384	sāvantvādi
G	16384	sāvda
G	16384	sāveh
G	16384	sāyla
G	16384	săcele
G	16384	sīdī sālim
G	16384	sīkar
G	16384	sīnah
G	16384	sīra
G	16384	sīrkāzhi
G	16384	sīta road
G	16384	sītāmarhi
G	16384	sītāpur
G	16384	słubice
G	16384	słupsk
G	16384	sōja
G	16384	sōka
G	16384	sŏnbong
G	16384	sūjāngarh
G	16384	sūlūru
G	16384	sūrajgarh
G	16384	sūrandai
G	16384	sūrat
G	16384	sūratgarh
G	16384	sūsangerd
G	16384	sơn la
G	16384	sơn tây
G	512	t mobile
G	8	t$
G	4	t&n
G	4	t&n plc
G	8	t-72
G	1	t. munton
G	16384	ta khmau
G	1	ta mok
G	16384	taal
G	16384	taastrup
G	16384	tabaco
G	4	tabak
G	16384	tabanan
G	16384	tabas
G	256	tabasco
G	16	tabatha
G	16384	tabatinga
G	16384	tabira
G	16	tabitha
G	16384	tabora
G	16384	tabou
G	16384	taboão da serra
G	16448	tabriz
G	16384	tabuk
G	16384	tacarigua
G	16384	tachilek
G	8	tacis
G	16384	tacloban
G	16384	tacna
G	512	taco bell
G	16384	tacoma
G	16384	tacoronte
G	16384	tacuarembó
G	16384	tacurong
G	16384	tacámbaro de codallos
G	1	tadayuki okada
G	1	tadeusz awdankiewicz
G	16	tadgh
G	16384	tadjourah
G	16384	tadley
G	16384	tadmaït
G	16384	tadmur
G	16384	tadotsu
G	16384	taesal - li
G	16384	taesal-li
G	4	tafawa balewa university
G	16384	tafo
G	16384	taft
G	16384	tafí viejo
G	16384	taganrog
G	16384	taganskiy
G	16384	tagas
G	16384	tagawa
G	16384	tagaytay
G	16384	tagbilaran city
G	16384	tagiura
G	16384	tagoloan
G	16384	tagta
G	16384	tagudin
G	16384	taguig
G	17	taha
G	16384	tahara
G	16384	tahe
G	32	tahirovic
G	256	tahiti
G	16384	tahla
G	16384	tahlequah
G	16384	tahoua
G	16384	tai po
G	64	taian
G	6	taibe
G	16	taichi
G	16448	taichung
G	4	taichung division
G	16384	taihecun
G	16	taika
G	16384	taikang
G	16384	tailai
G	16448	tainan
G	16384	taiobeiras
G	16450	taipei
G	4	taipei newsroom
G	2	taipei university hospital
G	16384	taiping
G	16384	taishan
G	16384	taitung city
G	2097282	taiwan
G	128	taiwan , province of china
G	4	taiwan flour mills assn
G	2	taiwan strait
G	9216	taiwanese
G	1024	taiwaneses
G	16384	taixing
G	16448	taiyuan
G	16384	taizhou
G	256	taj mahal
G	16384	tajerouine
G	65536	tajik
G	130	tajikistan
G	65536	tajiks
G	16384	tajimi
G	16384	tak
G	16384	tak bai
G	16384	takahagi
G	16384	takahama
G	16416	takahashi
G	16384	takahata
G	16384	takaishi
G	16384	takamatsu
G	16384	takanabe
G	16384	takanosu
G	16384	takaoka
G	16384	takarazuka
G	16384	takasaki
G	2048	takashi
G	16384	takatsuki
G	16384	takayama
G	1	takeda
G	16384	takedamachi
G	16384	takefu
G	16384	takehara
G	1	takeishi
G	16384	takelsa
G	1	takemura
G	16384	takeo
G	16384	takeochō - takeo
G	16384	takeochō-takeo
G	16384	taketoyo
G	16384	takhatgarh
G	16384	takhatpur
G	16384	takikawa
G	16384	takoma park
G	16384	takoradi
G	16384	takum
G	1	takuma aoki
G	16384	takāb
G	16400	tala
G	1	talabani
G	16384	talacogon
G	16384	talagang
G	16384	talagante
G	16384	talamba
G	16384	talara
G	16384	talas
G	16384	talata mafara
G	16384	talavera
G	16384	talavera de la reina
G	1	talbott
G	16384	talca
G	16384	talcahuano
G	16384	taldykorgan
G	8192	taleban
G	16384	talegaon dābhāde
G	16384	taleigao
G	16384	talence
G	16384	talghar
G	16384	talhar
G	16	talia
G	16384	talipparamba
G	16384	talisay
G	16	talitha
G	16384	talitsa
G	16384	talladega
G	16384	tallaght
G	16384	tallahassee
G	16384	tallbīsah
G	16450	tallinn
G	4	tallinna sadam
G	16384	tallkalakh
G	16384	tallkayf
G	16384	tallmadge
G	16384	talnakh
G	16384	talne
G	16384	taloc
G	16384	taloda
G	16384	taloqan
G	16384	talwandi bhai
G	16384	talwāra
G	16384	talā
G	16384	talāja
G	16384	tam kỳ
G	16384	tamale
G	16384	tamalous
G	16384	tamamura
G	16384	taman senai
G	16384	tamana
G	16384	tamandaré
G	16384	tamano
G	16384	tamanrasset
G	16	tamar
G	16	tamara
G	16384	tamarac
G	1	tamas erdei
G	256	tamaulipas
G	16384	tamazula de gordiano
G	16384	tamazunchale
G	16384	tambacounda
G	16384	tambaram
G	16384	tambaú
G	16384	tambo grande
G	16384	tambopata
G	16384	tamboril
G	16384	tambov
G	16384	tambuwal
G	16384	tame
G	1	tamer el sawy
G	16	tamera
G	16	tami
G	1	tami whitlinger jones
G	16384	tamiami
G	16	tamika
G	73728	tamil
G	258	tamil nadu
G	4	tamil tiger
G	8	tamil-speaking
G	73728	tamils
G	16384	tamlūk
G	16	tammi
G	16	tammie
G	16	tammy
G	16384	tampa
G	512	tampa bay buccaneers
G	512	tampa bay rays
G	16450	tampere
G	16384	tampico
G	16384	tampin
G	16400	tamra
G	16384	tamuning
G	16384	tamuning - tumon - harmon village
G	16384	tamuning-tumon-harmon village
G	16384	tamuín
G	16384	tamworth
G	16384	tan - tan
G	1	tan fook
G	16384	tan-tan
G	16384	tanabe
G	16384	tanabi
G	16384	tanah merah
G	32	tanaka
G	16384	tanakpur
G	16384	tanashichō
G	16384	tanauan
G	16384	tanay
G	16384	tanda
G	16384	tandag
G	16384	tandahimba
G	16384	tandaltī
G	16384	tandil
G	16384	tandlianwala
G	16384	tando adam
G	16386	tando allahyar
G	16384	tando jam
G	16384	tando muhammad khan
G	1	tang
G	1	tang jiaxuan
G	1	tang shubei
G	16384	tanga
G	16384	tangancícuaro de arista
G	16384	tangerang
G	16384	tanggu
G	16384	tanggulangin
G	16384	tangi
G	16448	tangier
G	16384	tangjiazhuang
G	16384	tangjin
G	16384	tangkak
G	16384	tangping
G	16448	tangshan
G	16384	tangub
G	16384	tanguiéta
G	16384	tanguá
G	16384	tangzhai
G	16	tania
G	16	tanika
G	16	tanisha
G	16384	tanjay
G	16384	tanjore
G	4	tanjug
G	16384	tanjung pandan
G	16384	tanjung pinang
G	16384	tanjung sepat
G	16384	tanjung tokong
G	16384	tanjungagung
G	16384	tanjungbalai
G	16384	tanjungtiram
G	16384	tank
G	4	tankan
G	16384	tanki leendert
G	16	tanner
G	16384	tanout
G	16384	tanque verde
G	1	tansu ciller
G	16384	tantou
G	16384	tantoyuca
G	16384	tanuku
G	16384	tanuma
G	16384	tanushimarumachi - toyoki
G	16384	tanushimarumachi-toyoki
G	16	tanya
G	1	tanya dubnicoff
G	16384	tanza
G	130	tanzania
G	8	tanzanian
G	16384	taounate
G	16384	taourirt
G	16384	taoyuan city
G	16384	taozhuang
G	16384	tapachula
G	16384	tapah road
G	16384	tapes
G	16384	taphan hin
G	1	tapie
G	16384	tapiramutá
G	16384	tapolca
G	16384	taquara
G	16384	taquari
G	16384	taquaritinga
G	16384	taquarituba
G	16400	tara
G	16384	taradale
G	1	tarak das
G	16384	tarakan
G	16384	tarakeswar
G	16	tarana
G	16384	tarancón
G	1	tarango
G	16384	taranto
G	16384	tarauacá
G	16384	tarawa
G	16384	taraz
G	16384	tarbes
G	16384	taree
G	16	tareq
G	1	tareq aziz
G	16384	targovishte
G	16384	targówek
G	16384	tarhuna
G	16384	tarifa
G	16384	tarija
G	16384	tarikere
G	16384	tarime
G	16384	tarko - sale
G	16384	tarko-sale
G	16384	tarkwa
G	16384	tarlac city
G	16384	tarma
G	4	tarmac
G	4	tarmac plc
G	16384	tarn tāran
G	16384	tarneit
G	16384	tarnobrzeg
G	16384	tarnowskie góry
G	16384	tarnów
G	16384	taroudant
G	16384	tarpon springs
G	16384	tarragona
G	16384	tarsus
G	16384	tartagal
G	2	tartous
G	16384	tartouss
G	16448	tartu
G	16384	tarub
G	16384	tarui
G	16384	tarumizu
G	16	taryn
G	16384	tarāna
G	16384	tasbuget
G	16384	tasek glugor
G	16384	tash - kumyr
G	16384	tash-kumyr
G	16	tasha
G	16448	tashkent
G	16384	tashtagol
G	16384	tasikmalaya
G	258	tasmania
G	1048580	tass
G	16384	tassin - la - demi - lune
G	16384	tassin-la-demi-lune
G	16384	tata
G	16384	tatabánya
G	16384	tataouine
G	65536	tatar
G	65536	tatars
G	16384	tatarsk
G	258	tatarstan
G	32	tate
G	16384	tatebayashi
G	16384	tateyama
G	16	tatiana
G	1	tatiana stiajkina
G	4	tatran presov
G	16	tatsuki
G	16384	tatsuno
G	16384	tatsunochō - tominaga
G	16384	tatsunochō-tominaga
G	2048	tatum
G	16384	tatuí
G	16384	tatvan
G	2049	tatyana
G	1	tatyana dmitrieva
G	1	tatyana jecmenica
G	1	tatyana motkova
G	16384	taubaté
G	16384	taufkirchen
G	1	taument
G	16384	taungdwingyi
G	16384	taunggyi
G	16384	taungoo
G	16384	taunsa
G	16640	taunton
G	16384	taunusstein
G	16384	taupo
G	16384	taurage
G	2	tauranaga
G	16386	tauranga
G	1	tauziat
G	16416	tavares
G	1	tavarez
G	16384	tavda
G	16384	tavernes de la valldigna
G	16384	taverny
G	16384	tavira
G	4	tavria
G	16384	tavşanlı
G	16	tawana
G	16384	tawaramoto
G	16384	tawau
G	16384	taxco de alarcón
G	16384	tayabas
G	16384	tayga
G	18433	taylor
G	4	taylor asset managers
G	16384	taylors
G	16384	taylors lakes
G	16384	taylorsville
G	16384	tayshet
G	16384	taytay
G	16384	tayu
G	16384	taza
G	16384	tazoult - lambese
G	16384	tazoult-lambese
G	16384	taïbet
G	16384	taşköprü
G	16384	taşova
G	4	tbc
G	16384	tbeng meanchey
G	16448	tbilisi
G	16384	tbilisskaya
G	4	tbn
G	16384	tchamba
G	16384	tchaourou
G	16384	tchibanga
G	16384	tcholliré
G	16384	tczew
G	512	td bank
G	1	tea vikstedt-nyman
G	16384	teaneck
G	16384	teapa
G	16384	tearce
G	16384	tebesbest
G	16384	tebingtinggi
G	16384	tecamachalco
G	16384	tecate
G	16384	tecax
G	16384	techiman
G	16384	tecomán
G	16384	tecpán guatemala
G	16384	tecuci
G	16384	tecámac
G	16384	tecámac de felipe villanueva
G	16	ted
G	16	teddy
G	1	teemu selanne
G	16384	tefé
G	16384	tegal
G	16	tegan
G	16386	tegel
G	16384	tegelen
G	16384	teghra
G	16384	tegina
G	16450	tegucigalpa
G	16384	teguise
G	540738	tehran
G	16384	tehri
G	16384	tehuacán
G	16384	teignmouth
G	32	teixeira
G	16384	tejar
G	16384	tejen
G	16384	tejupilco de hidalgo
G	16384	tekeli
G	16384	tekirdağ
G	16384	tekirova
G	16384	tekkalakote
G	16384	tekkali
G	16384	tekkeköy
G	16384	teknāf
G	4	tekstilshchik kamyshin
G	4	tekstilshik kamyshin
G	16384	tekāri
G	16454	tel aviv
G	16384	tela
G	16384	telabastagan
G	256	telangana
G	16384	telavi
G	16384	telde
G	512	telefonica
G	1048576	telegram
G	1048576	telegraph
G	4	telekom
G	16384	telerghma
G	4	television new zealand
G	3	telfer
G	16384	telford
G	16384	telfs
G	16384	telgte
G	16384	telhāra
G	16384	tellicherry
G	4	telo
G	16384	teloloapan
G	16384	telsiai
G	4	telstra
G	16384	teltow
G	16384	teluk intan
G	16384	teluk nibung
G	16384	teluknaga
G	512	telus
G	16384	telêmaco borba
G	16384	tema
G	16384	temara
G	16384	tembisa
G	16384	temecula
G	16384	temerluh
G	16384	temirtau
G	16384	temixco
G	16384	tempe
G	16384	tempe junction
G	16386	tempelhof
G	16384	temple
G	16384	temple city
G	16384	temple terrace
G	16384	templestowe
G	16384	templin
G	16384	temryuk
G	16384	temse
G	16384	temuco
G	8	ten commandments
G	16384	tena
G	4	tenacity
G	16384	tenango de arista
G	512	tencent
G	2	tender heart
G	1	tendulkar
G	16384	tendō
G	16384	tengréla
G	16384	teni
G	16384	tenkodogo
G	256	tenn
G	256	tennessee
G	512	tennessee titans
G	16384	tennō
G	16384	tenosique
G	16384	tenri
G	16384	tensta
G	16384	teo
G	16384	teocaltiche
G	16	teodora
G	16384	teodoro sampaio
G	16384	teolocholco
G	16384	teoloyucan
G	16384	teonthar
G	16384	teopisca
G	256	teotihuacan
G	16384	teotihuacán
G	16384	teotihuacán de arista
G	16384	tepalcatepec
G	16384	tepatitlán de morelos
G	16384	tepatlaxco de hidalgo
G	16384	tepeaca
G	16384	tepeapulco
G	16384	tepecik
G	16384	tepeji del río de ocampo
G	16384	tepexpan
G	16384	tepic
G	16384	teplice
G	16384	tepotzotlán
G	16384	tequila
G	16384	tequisquiapan
G	16384	tequixquiac
G	16384	teramo
G	1	teravainen
G	16384	terbanggi besar
G	16384	terdāl
G	16384	terek
G	17	terence
G	16401	teresa
G	16384	teresina
G	16384	teresópolis
G	16	tereza
G	16384	tergnier
G	16	teri
G	16384	terlizzi
G	16384	termas de río hondo
G	16384	terme
G	16384	termini imerese
G	16384	termoli
G	16384	ternate
G	16384	terneuzen
G	16384	terni
G	16384	ternopil
G	16384	terrace
G	16384	terrace heights
G	16384	terracina
G	16	terrance
G	16384	terrassa
G	16384	terrazas del valle
G	16384	terre haute
G	16384	terrebonne
G	16400	terrell
G	16	terrence
G	16	terri
G	16	terrie
G	16	terry
G	1	terry kennedy
G	1	terry mulholland
G	1	terry pendleton
G	1	terry phelan
G	1	terry price
G	1	terry steinbach
G	16384	terrytown
G	16384	terter
G	16384	teruel
G	16384	tervuren
G	16384	terzigno
G	512	tesco
G	16384	teshi old town
G	16384	tesistán
G	512	tesla motors
G	16	tess
G	16	tessa
G	16384	tessaoua
G	16384	tessenderlo
G	16	tessie
G	16384	tete
G	16384	tetla
G	4	tetouan
G	16384	tetovo
G	16384	tettnang
G	16384	tetuán de las victorias
G	1	teutenberg
G	16384	teutônia
G	16384	tewkesbury
G	16384	tewksbury
G	4	texaco inc
G	1024	texan
G	1024	texans
G	16384	texarkana
G	524550	texas
G	4	texas agricultural statistics service
G	16384	texas city
G	512	texas instruments
G	2	texas panhandle
G	516	texas rangers
G	4	texas wheat producers
G	16384	texcoco de mora
G	16384	teykovo
G	16384	teziutlan
G	16384	tezoyuca
G	16384	tezpur
G	16384	teófilo otoni
G	512	tgi fridays
G	16384	tha bo
G	16384	tha kham
G	16384	tha mai
G	16384	tha maka
G	16384	tha muang
G	16384	tha ruea
G	16384	tha yang
G	16384	thaba nchu
G	1	thabo mbeki
G	16	thad
G	16	thaddeus
G	9216	thai
G	130	thailand
G	1024	thais
G	16384	thakhèk
G	16384	thakurdwara
G	16384	thal
G	16384	thala
G	16	thalia
G	16384	thamaga
G	256	thames
G	16384	thanatpin
G	16	thandolwethu
G	16384	thanh hóa
G	16384	thap khlo
G	16384	thap than
G	16384	tharangambadi
G	16384	tharu shah
G	16384	tharyarwady
G	16384	tharād
G	16384	thatcham
G	32800	thatcher
G	65536	thatcherite
G	65536	thatcherites
G	16384	thaton
G	16384	thatta
G	4	thawra
G	16384	thayetmyo
G	2	the
G	16384	the acreage
G	512	the beach boys
G	512	the beatles
G	512	the black eyed peas
G	16640	the bronx
G	512	the byrds
G	4	the canaries
G	512	the carpenters
G	16384	the colony
G	16384	the crossings
G	512	the daily mail
G	16384	the dalles
G	1048576	the economist
G	128	the gambia
G	16384	the gap
G	1048576	the guardian
G	512	the guess who
G	16448	the hague
G	16384	the hammocks
G	256	the hamptons
G	512	the hollies
G	4	the island
G	4	the land is ours
G	4	the muslim
G	4	the nation
G	4	the natural law party
G	130	the netherlands
G	4	the new york times
G	4	the news
G	2	the oval
G	128	the republic of north macedonia
G	512	the smashing pumpkins
G	4	the statesman
G	4	the sun
G	512	the supremes
G	4	the times
G	2	the town of our lady the queen of the angels
G	8	the vermonter
G	16384	the villages
G	4	the wall street journal
G	4	the walt disney co
G	4	the washington post
G	512	the who
G	16384	the woodlands
G	16	thea
G	16	thelma
G	16384	thenia
G	16384	theniet el had
G	16384	thenkasi
G	16	theo
G	16	theodor
G	16	theodora
G	16	theodore
G	1	theodore roosevelt
G	1	theodoros pangalos
G	16	theresa
G	34816	theresa may
G	17	therese
G	66	thessaloniki
G	16384	thessaloníki
G	16384	thetford
G	16384	thetford - mines
G	16384	thetford-mines
G	16384	theunissen
G	262144	they
G	1	theybers
G	16	thiago
G	16384	thiais
G	1	thiel
G	16384	thiene
G	1	thierry dehaan
G	1	thierry henry
G	16384	thika
G	32	thill
G	16384	thimphu
G	512	thin lizzy
G	4	thinakaran
G	16384	thionville
G	16384	thiruthani
G	16384	thiruvananthapuram
G	16384	thiruvarur
G	16384	thiès
G	16384	thiès nones
G	16384	thoen
G	16384	thohoyandou
G	16	thom
G	16	thomas
G	1	thomas bjorn
G	1	thomas bscher
G	1	thomas daschle
G	1	thomas enqvist
G	1	thomas gogele
G	1	thomas haessler
G	1	thomas helmer
G	1	thomas johansson
G	1	thomas muster
G	1	thomas nyariki
G	1	thomas radstrom
G	1	thomas s
G	1	thomas sabotzik
G	1	thomas strunz
G	16	thomasina
G	16384	thomastown
G	16384	thomasville
G	16384	thomazeau
G	33	thompson
G	32	thomsen
G	33	thomson
G	4	thomson bankwatch
G	1	thon
G	16384	thongwa
G	16384	thonon - les - bains
G	16384	thonon-les-bains
G	16384	thoothukudi
G	2048	thor
G	32	thorarensen
G	32	thorlacius
G	16384	thornaby - on - tees
G	16384	thornaby-on-tees
G	16384	thornbury
G	16384	thorne
G	256	thornhill
G	16384	thornlie
G	16384	thornton
G	16384	thornton - cleveleys
G	16384	thornton-cleveleys
G	16384	thorold
G	1	thorpe
G	16384	thoubāl
G	16384	thousand oaks
G	16384	three lakes
G	16384	thrissur
G	16384	throgs neck
G	16384	thul
G	16384	thun
G	16384	thunder bay
G	16384	thung song
G	16384	thành phố uông bí
G	16384	thái bình
G	16384	thái nguyên
G	16384	thívai
G	16384	thākurganj
G	16384	thākurgaon
G	16384	thān
G	16384	thāna bhawan
G	16384	thāne
G	16384	thānesar
G	16384	thāsra
G	16384	thị trấn tân thành
G	16384	thị xã phú mỹ
G	16384	thủ dầu một
G	16384	ti port - de - paix
G	16384	ti port-de-paix
G	16	tia
G	32	tian
G	16	tiana
G	16384	tianchang
G	16384	tianfu
G	16384	tianguá
G	16450	tianjin
G	16	tianna
G	16384	tianpeng
G	16448	tianshui
G	8	tiantan
G	16	tiara
G	16384	tiaret
G	16384	tiassalé
G	16384	tibati
G	4	tiber
G	16384	tiberias
G	2097154	tibet
G	8	tibetan
G	16384	tibiri
G	16384	ticul
G	16384	tiel
G	16384	tieli
G	16384	tieling
G	16384	tielt
G	16384	tienen
G	16384	tierra blanca
G	16384	tierralta
G	16384	tietê
G	16	tiffany
G	16384	tiffin
G	16384	tiflet
G	16384	tifton
G	16384	tigard
G	2048	tiger woods
G	4	tigers
G	16384	tigre
G	16384	tigwav
G	1	tijjani babangida
G	540738	tijuana
G	16384	tijucas
G	16384	tijāra
G	8	tikhomirov-maskhadov
G	16384	tikhoretsk
G	16384	tikhvin
G	16384	tiko
G	16384	tikrīt
G	1048576	tiktok
G	16448	tilburg
G	4	tilcon inc
G	16384	tilhar
G	16384	tillabéri
G	1	tillekeratne
G	32768	tillerson
G	16384	tillmans corner
G	1	tillstrom
G	16	tim
G	1	tim belcher
G	1	tim forsyth
G	1	tim goldiman
G	1	tim guldimann
G	1	tim hancock
G	1	tim henman
G	1	tim herron
G	512	tim hortons
G	1	tim lobinger
G	1	tim wakefield
G	16384	timaru
G	16384	timashëvsk
G	2048	timbaland
G	16384	timbaúba
G	16384	timbiras
G	16384	timbuktu
G	16384	timbó
G	262144	times
G	4	times of london
G	16384	timimoun
G	64	timisoara
G	16384	timizart
G	16384	timişoara
G	16384	timmins
G	16	timmy
G	16384	timon
G	128	timor leste
G	128	timor-leste
G	16	timothy
G	1	timothy reid
G	16384	timóteo
G	16	tina
G	1	tina kirzan
G	1	tina krizan
G	16384	tinaquillo
G	16384	tinde
G	16384	tindivanam
G	16384	tindouf
G	16384	tinghir
G	16384	tingi
G	16384	tingo maría
G	16	tingting
G	16384	tinley park
G	16384	tinnanūr
G	16384	tinongan
G	16384	tinsukia
G	16384	tinton falls
G	16384	tipasa
G	16384	tipitapa
G	16384	tippi
G	16384	tipton
G	16384	tiptūr
G	16384	tiquipaya
G	16384	tiquisate
G	16384	tirah
G	16450	tirana
G	16384	tiraspol
G	16384	tirat karmel
G	16384	tire
G	16384	tirebolu
G	16384	tirhanimîne
G	16384	tirmitine
G	16384	tirmiz
G	16384	tiruchchendur
G	16384	tiruchengode
G	16384	tiruchirappalli
G	16384	tirukkoyilur
G	16384	tirumala
G	16384	tirunelveli
G	16384	tirupati
G	16384	tirupparangunram
G	16384	tiruppur
G	16384	tiruppuvanam
G	16384	tirur
G	16384	tiruttangal
G	16384	tiruvalla
G	16384	tiruvallur
G	16384	tiruvannāmalai
G	16384	tiruvottiyūr
G	16384	tisaiyanvilai
G	16	tisha
G	16384	tissemsilt
G	16384	tiszaújváros
G	16384	titahari
G	16384	titao
G	16384	titlāgarh
G	16	titus
G	16384	titusville
G	16384	titāgarh
G	16640	tiverton
G	16384	tivoli
G	16384	tiwi
G	16384	tixtla de guerrero
G	16384	tizayuca
G	16384	tizi - n - tleta
G	16384	tizi gheniff
G	16384	tizi ouzou
G	16384	tizi rached
G	16384	tizi-n-tleta
G	16384	tizimín
G	16384	tiznit
G	16384	tiébo
G	32	tjin
G	32	tkachenko
G	16384	tlajomulco de zúñiga
G	16384	tlalnepantla
G	16384	tlalpan
G	16384	tlaltenango de sánchez román
G	16384	tlapa de comonfort
G	16384	tlapacoyan
G	16384	tlaquepaque
G	16384	tlaquiltenango
G	16640	tlaxcala
G	16384	tlemcen
G	16384	tláhuac
G	12	tm
G	512	tmz
G	16384	toamasina
G	16384	toba
G	16384	toba tek singh
G	16	tobias
G	16384	tobias barreto
G	16384	tobruk
G	16	toby
G	16384	tocache
G	16384	tochigi
G	16384	tochio - honchō
G	16384	tochio-honchō
G	16384	tocoa
G	16384	tocopilla
G	16384	tocumen
G	16	tod
G	16384	todabhim
G	16384	todaraisingh
G	16	todd
G	1	todd hollandsworth
G	1	todd martin
G	1	todd stottlemyre
G	1	todd woodbridge
G	1	todor zhivkov
G	32	todorov
G	32	todorova
G	262144	toensing
G	16384	togitsu
G	130	togo
G	16384	toguchin
G	16384	tohāna
G	16384	tokat
G	32768	tokayev
G	128	tokelau
G	16384	toki
G	16384	tokmak
G	16384	tokmok
G	16384	tokoname
G	16384	tokorozawa
G	16384	toktogul
G	16384	tokushima
G	16384	tokuyama
G	16450	tokyo
G	4	tokyo commodities desk
G	4	tokyo soir
G	4	tokyo soir co ltd
G	4	tokyo-mitsubishi bank
G	16384	tokār
G	16384	toledo
G	16384	tolentino
G	16384	tolga
G	16384	toliara
G	16384	tolosa
G	32	tolstoy
G	16388	toluca
G	16	tom
G	1	tom candiotti
G	1	tom cruise
G	1	tom daschle
G	1	tom ikimi
G	1	tom kiernan
G	1	tom lehman
G	1	tom lodge
G	1	tom pukstys
G	1	tom steels
G	1	tom watson
G	16384	tomakomai
G	16384	tomar
G	16384	tomares
G	16	tomas
G	1	tomas carbonell
G	1	tomas cibola
G	1	tomas post
G	16	tomasz
G	1	tomasz moskal
G	16384	tomaszów lubelski
G	16384	tomaszów mazowiecki
G	16384	tomelloso
G	32	tomic
G	16384	tomigusuku
G	16384	tomilino
G	16384	tomioka
G	16384	tomiya
G	16	tommaso
G	1	tommi makinen
G	16	tommie
G	16	tommy
G	1	tommy haas
G	1	tommy martyn
G	1	tommy thompson
G	16384	tomobe
G	16	tomoharu
G	16384	tomohon
G	16384	toms river
G	16448	tomsk
G	16384	tomé
G	16384	tomé açu
G	16384	tonalá
G	16384	tonbridge
G	16384	tondabayashichō
G	16384	tondano
G	16384	tondi
G	16384	tonekābon
G	16514	tonga
G	16384	tongchuan
G	16384	tongchuanshi
G	16384	tongelre
G	16384	tongeren
G	16384	tongging
G	16384	tonghae
G	16384	tonghua
G	16384	tongliao
G	2	tongo field
G	16384	tongren
G	16384	tongshan
G	16384	tongzhou
G	16	toni
G	16	tonia
G	16384	tonj
G	16384	tonk
G	16384	tonoshō
G	16384	tonota
G	256	tonto
G	17	tony
G	32768	tony blair
G	1	tony cascarino
G	1	tony eusebio
G	1	tony gwynn
G	1	tony hall
G	1	tony hands
G	1	tony johnstone
G	1	tony roche
G	1	tony taylor
G	1	tony vairelles
G	1	tony whiteman
G	16	tonya
G	16384	tonypandy
G	16384	tooele
G	1	toomas savi
G	16384	toowoomba
G	16384	topeka
G	16384	topi
G	16384	topki
G	2	topolcany
G	16384	tor lupara
G	16	tora
G	16384	torbalı
G	16384	torbat - e jām
G	16384	torbat - e ḩeydarīyeh
G	16384	torbat-e jām
G	16384	torbat-e ḩeydarīyeh
G	16384	torcy
G	16384	tordera
G	16384	tordher
G	16384	toretsk
G	16384	torgau
G	16384	torhout
G	16	tori
G	16384	toride
G	65536	tories
G	4	torino
G	16384	torit
G	16384	toritama
G	16384	tornio
G	16454	toronto
G	516	toronto blue jays
G	1	toronto dominion
G	512	toronto raptors
G	8	toronto-based
G	16384	tororo
G	4	torpedo
G	4	torpedo moscow
G	4	torpedo zaporizhya
G	16644	torquay
G	16384	torrance
G	1	torrance zellner
G	16384	torre - pacheco
G	16384	torre annunziata
G	16384	torre del greco
G	16384	torre del mar
G	16384	torre-pacheco
G	16384	torredembarra
G	16384	torrejón de ardoz
G	16384	torrelavega
G	16384	torrelodones
G	16384	torremaggiore
G	16384	torremolinos
G	16384	torrent
G	16416	torres
G	16384	torres novas
G	16384	torres vedras
G	16384	torrevieja
G	16384	torreón
G	16384	torrington
G	16384	torrox
G	2	torshavn
G	1	tortelli
G	16384	tortona
G	16384	tortosa
G	16384	tortuguitas
G	16384	toruń
G	16384	torvaianica
G	65536	tory
G	1048576	tory party
G	16384	torzhok
G	4	tosco corp
G	16384	toshbuloq
G	512	toshiba
G	8	toshiba classic
G	16384	toshloq
G	16384	tosno
G	16384	tosu
G	16384	tosya
G	4	total petroleum ( north america ) ltd
G	16384	totana
G	32	toth
G	16384	totonicapán
G	260	tottenham
G	516	tottenham hotspur
G	16384	totton
G	16384	tottori
G	16384	touba
G	4	touchstone software corp.
G	16384	tougan
G	16384	touggourt
G	16384	tougué
G	16384	toukh
G	16384	toul
G	16448	toulon
G	16448	toulouse
G	16384	toumodi
G	8	tour
G	8	tour de france
G	8	tour of netherlands
G	8	tour of switzerland
G	8	tour of the netherlands
G	16384	tourcoing
G	1	toure
G	16384	tourlaville
G	16384	tournai
G	16384	tournefeuille
G	16384	tours
G	4	towers perrin
G	16384	town 'n' country
G	16384	townsville
G	16384	towson
G	16384	toyama
G	16384	toyohama
G	16384	toyohashi
G	16384	toyokawa
G	16384	toyonaka
G	16384	toyooka
G	16384	toyoshina
G	16900	toyota
G	4	toyota australia
G	8	toyota celica
G	512	toys r us
G	16384	tozeur
G	16384	tozkhurmato
G	16384	tqvarch'eli
G	16384	trabzon
G	16	tracey
G	16	traci
G	16	tracie
G	16401	tracy
G	1	tracy roosevelt
G	16384	tradate
G	4	trade and industry
G	16384	trairi
G	16384	tralee
G	16384	tramandaí
G	32	tran
G	16384	trang
G	16384	trani
G	4	tranmere
G	8	transcendental meditation
G	4	transkaryotic therapies inc
G	2097152	transnistria
G	65536	transnistrian
G	65536	transnistrians
G	4	transportation ministry
G	1	traore
G	16384	trapani
G	16384	trappes
G	16384	traralgon
G	16384	trat
G	16384	traunreut
G	16384	traunstein
G	16384	traverse city
G	16	travis
G	1	travis fryman
G	16384	travnik
G	2	trax
G	8	trax et al morinville 10-23
G	8	trax et al morinville 2-25
G	4	trax petroleums ltd
G	16384	trbovlje
G	4	treasuries
G	4	treasury
G	4	treasury department
G	16384	trebinje
G	16384	trebišov
G	16384	trecate
G	16384	treinta y tres
G	16384	trelew
G	16384	trelleborg
G	32	tremblay
G	16384	tremblay - en - france
G	16384	tremblay-en-france
G	16384	tremembé
G	16384	tremont
G	16384	trenggalek
G	1	trenidad hubbard
G	16	trent
G	2	trent bridge
G	16384	trento
G	16384	trentola - ducenta
G	16384	trentola-ducenta
G	16400	trenton
G	16384	trenčín
G	2	trepca
G	16384	tres arroyos
G	16384	tres cantos
G	16384	tres de mayo
G	16384	tres isletas
G	16384	tres valles
G	1	tretschok
G	16384	treviglio
G	16384	treviso
G	16	trevor
G	16	trey
G	16384	trezzano sul naviglio
G	16	tricia
G	8	trident seven
G	16384	trier
G	16448	trieste
G	16384	triggiano
G	16	trina
G	8	trinations
G	16386	trincomalee
G	16384	trindade
G	4	trinecke zelezarny
G	16386	trinidad
G	130	trinidad and tobago
G	128	trinidad tobago
G	1024	trinidadian
G	1024	trinidadians
G	16384	triolet
G	8	trip-canada
G	4	triple-a columbus
G	16450	tripoli
G	2048	tripp
G	256	tripura
G	16	trish
G	16	trisha
G	16	trista
G	16	tristan
G	1	tristan hoffman
G	1	tritan shehu
G	16384	triyuga
G	16384	trnava
G	16384	trofa
G	16384	trois - rivières
G	16384	trois-rivières
G	16384	troisdorf
G	16384	troitsk
G	16384	troitskaya
G	16384	trollhättan
G	4	tromso
G	16384	tromsø
G	1	trond bathel
G	16448	trondheim
G	16384	troparëvo
G	16384	trossingen
G	32768	trotsky
G	65536	trotskyist
G	65536	trotskyists
G	65536	trotskyite
G	65536	trotskyites
G	16384	trotwood
G	16384	troutdale
G	16384	trowbridge
G	16400	troy
G	1	troy corser
G	1	troy o'leary
G	16384	troyan
G	16384	troyes
G	16384	trstenik
G	16384	trubchevsk
G	16384	truckee
G	16384	trucuk
G	16384	trudovoye
G	16	trudy
G	16384	truganina
G	16384	trujillo
G	16384	trujillo alto
G	1	trulsen
G	16	truman
G	16384	trumbull
G	294912	trump
G	262144	trump's
G	16640	truro
G	16384	trussville
G	4	truth and reconciliation commission
G	16384	trutnov
G	32	tryniski
G	16384	trzcianka
G	16384	trzebinia
G	16384	trà vinh
G	16384	três corações
G	16384	três coroas
G	16384	três de maio
G	16384	três lagoas
G	16384	três passos
G	16384	três pontas
G	16384	três rios
G	16384	trëkhgornyy
G	16384	tríkala
G	16384	trípoli
G	1	tsang
G	16384	tsaratanana
G	16384	tsaritsyno
G	256	tsarskoe selo
G	16384	tsawwassen
G	16384	tshela
G	16384	tshikapa
G	16384	tsimlyansk
G	16384	tsiombe
G	16384	tsirang
G	16384	tsiroanomandidy
G	16384	tsotsin - yurt
G	16384	tsotsin-yurt
G	16384	tsu
G	16384	tsubame
G	16384	tsubata
G	16384	tsuen wan
G	32	tsui
G	16384	tsukawaki
G	16384	tsukuba
G	16384	tsukumiura
G	16384	tsuma
G	16384	tsuruga
G	16384	tsurugi - asahimachi
G	16384	tsurugi-asahimachi
G	16384	tsuruoka
G	16384	tsurusaki
G	16384	tsushima
G	16384	tsuyama
G	16384	tsévié
G	16384	tual
G	16384	tualatin
G	1	tuan quac phan
G	16384	tuapse
G	16384	tuban
G	16384	tubarão
G	16384	tubbergen
G	16384	tubize
G	2	tubmanburg
G	16384	tucano
G	16384	tuchkovo
G	16384	tuckahoe
G	16384	tucker
G	16384	tucson
G	16384	tucumã
G	16384	tucupita
G	16384	tucuruí
G	16384	tudela
G	32768	tudjman
G	16384	tuen mun
G	16384	tuensang
G	262144	tuesday
G	16384	tufānganj
G	16384	tuguegarao
G	16400	tui
G	16384	tujunga
G	16384	tukums
G	16384	tukuyu
G	16384	tukwila
G	16400	tula
G	16384	tula de allende
G	16384	tulancingo
G	16384	tulangan utara
G	16384	tulantongo
G	16384	tulare
G	16384	tulcea
G	16384	tulchyn
G	16384	tulcán
G	1	tulio
G	16384	tuljāpur
G	16384	tullahoma
G	16384	tulle
G	16384	tullinge
G	2048	tully
G	16448	tulsa
G	16384	tulsīpur
G	16384	tultepec
G	16384	tultitlán de mariano escobedo
G	16640	tulum
G	16384	tulun
G	16384	tulungagung
G	16384	tuluá
G	16384	tumaco
G	16384	tumba
G	16384	tumbes
G	16384	tumbi
G	16384	tumen
G	16384	tumkūr
G	16384	tumsar
G	16384	tumwater
G	16384	tunapuna
G	16	tunar
G	2	tunbridge wells
G	16386	tunceli
G	16384	tunduma
G	16384	tung chung
G	16384	tungi
G	16384	tungipāra
G	1	tungky ariwibowo
G	16384	tuni
G	16450	tunis
G	130	tunisia
G	9216	tunisian
G	1024	tunisians
G	16384	tunja
G	16384	tuntum
G	32	tuominen
G	2048	tupac shakur
G	16384	tupaciguara
G	16384	tupanciretã
G	16384	tupelo
G	16384	tupi
G	16384	tupiza
G	8	tupolev 154
G	16384	tupã
G	16384	tura
G	16384	turabah
G	1	turabi
G	16384	turaif
G	16384	turaiyūr
G	16384	turar ryskulov
G	16384	turbaco
G	16384	turbat
G	16384	turbo
G	32	turcan
G	16384	turda
G	16384	turek
G	16384	turgutlu
G	16384	turgutreis
G	16384	turhal
G	16450	turin
G	16384	turinsk
G	16384	turkestan
G	524418	turkey
G	16	turki
G	8	turkish
G	8	turkish cypriot
G	8	turkish kurd
G	66560	turkmen
G	128	turkmenistan
G	66560	turkmens
G	128	turks and caicos islands
G	16448	turku
G	16384	turlock
G	16384	turmero
G	34	turner
G	16386	turnhout
G	16384	turnu măgurele
G	16384	turpan
G	16384	turrialba
G	16384	tursunzoda
G	32	turunen
G	16384	tuscaloosa
G	258	tuscany
G	16384	tustin
G	16384	tutamandahostel
G	16384	tutayev
G	16384	tutong
G	8192	tutsi
G	8	tutsi-dominated
G	8	tutsi-run
G	8192	tutsis
G	16384	tuttlingen
G	1	tutu
G	16384	tuusula
G	256	tuva
G	128	tuvalu
G	16384	tuxpan
G	16384	tuxtepec
G	16384	tuxtla
G	16384	tuy hòa
G	16384	tuymazy
G	16384	tuyên quang
G	16384	tuzantla
G	256	tuzigoot
G	16384	tuzla
G	4	tv globo
G	4	tv guide
G	16384	tver
G	4	tvm
G	4	tvx
G	4	tvx gold inc
G	4	twa
G	16384	twante
G	4	twente enschede
G	16384	twentynine palms
G	16384	twin falls
G	4	twins
G	16384	twinsburg
G	1573376	twitter
G	8	two
G	2	twyford down
G	2	tx
G	16	ty
G	16384	tychy
G	16384	tyldesley
G	16400	tyler
G	1	tyler houston
G	32768	tymoshenko
G	16384	tynda
G	4	tyndall australia ltd
G	16384	tynemouth
G	16384	tyoply stan
G	16	tyra
G	2048	tyra banks
G	16384	tyre
G	16384	tyrnyauz
G	16	tyrone
G	4	tyrrell
G	16	tyson
G	16384	tysons corner
G	16384	tyumen
G	16384	tzaneen
G	16384	tàrrega
G	16384	tábor
G	16384	táriba
G	16384	tân an
G	16384	târgovişte
G	16384	târgu - mureş
G	16384	târgu jiu
G	16384	târgu neamţ
G	16384	târgu secuiesc
G	16384	târgu-mureş
G	16384	târnăveni
G	16384	tây ninh
G	16384	täby
G	16384	tébessa
G	16384	técpan de galeana
G	16384	tékane
G	16384	télimélé
G	16384	téra
G	16384	tétouan
G	16384	tías
G	16384	tôlanaro
G	16384	tönisvorst
G	16384	törökszentmiklós
G	16384	tønsberg
G	16384	túquerres
G	16384	túxpam de rodríguez cano
G	16384	tübingen
G	128	türkiye
G	16384	türkmenabat
G	16384	türkmenbaşy
G	16384	tādepalle
G	16384	tādepallegūdem
G	16384	tādif
G	16384	tādpatri
G	16384	tājpur
G	16384	tākestān
G	16384	tāki
G	16384	tālcher
G	16384	tālīkota
G	16384	tānda
G	16384	tāndā
G	16384	tāndūr
G	16384	tāngāil
G	16384	tānsen
G	16384	tāoru
G	16384	tāramangalam
G	16384	tārānagar
G	16384	tārūt
G	16384	tāsgaon
G	16384	tāybād
G	16384	tīkamgarh
G	16384	tīrthahalli
G	16384	tōbetsu
G	16384	tōgane
G	16384	tōkamachi
G	16384	tōno
G	16384	třebíč
G	16384	třinec
G	16384	tūkrah
G	16384	tūndla
G	16384	tŭytepa
G	2	u.k.
G	4	u.n.
G	4	u.n. department of humanitarian affairs
G	4	u.n. general assembly
G	4	u.n. human rights commission
G	4	u.n. security council
G	8	u.n.-sponsored
G	524290	u.s
G	130	u.s.
G	8	u.s. civil war
G	4	u.s. court of appeals
G	4	u.s. defense logistics agency
G	4	u.s. department of health and human services
G	4	u.s. district court
G	4	u.s. dla
G	4	u.s. federal district court
G	4	u.s. food and drug administration
G	2	u.s. gulf
G	2	u.s. middle east
G	2	u.s. midwest
G	4	u.s. municipal desk
G	4	u.s. navy
G	8	u.s. open
G	8	u.s. open tennis championships
G	4	u.s. postal
G	4	u.s. securities and exchange commission
G	4	u.s. senate intelligence committee
G	4	u.s. state department
G	8	u.s. tennis association
G	4	u.s. transportation department
G	4	u.s. treasuries
G	4	u.s. treasury
G	8	u.s.-based
G	8	u.s.-brokered
G	8	u.s.-led
G	8	u.s.-mediated
G	8	u.s.-sponsored
G	128	u.s.a.
G	512	u2
G	130	uae
G	4	uag
G	16384	ualog
G	16384	ubaitaba
G	16384	ubari
G	16384	ubatuba
G	16384	ubatã
G	16384	ubauro
G	16384	ube
G	512	uber
G	16384	uberaba
G	16384	uberlândia
G	16384	ubiaja
G	2	ubimini
G	16384	ubon ratchathani
G	16384	ubrique
G	516	ubs
G	16384	ubud
G	16384	ubá
G	16384	uchaly
G	16384	uchiza
G	16384	uchkeken
G	16384	uchqŭrghon shahri
G	16384	uckfield
G	16384	udachny
G	16384	udaipur
G	16384	udaipura
G	16384	udalguri
G	16384	udangudi
G	16384	uddevalla
G	16384	uden
G	16384	udgīr
G	16384	udhampur
G	16384	udine
G	4	udinese
G	256	udmurtia
G	16384	udomlya
G	16384	udon thani
G	16384	udumalaippettai
G	16384	udupi
G	16384	ueda
G	4	uefa
G	8	uefa cup
G	8	uefa fair play
G	16384	uekimachi - mōno
G	16384	uekimachi-mōno
G	16384	uelzen
G	16384	ueno - ebisumachi
G	16384	ueno-ebisumachi
G	16384	uenohara
G	4	ues
G	16384	uetersen
G	16384	ufa
G	16384	uga
G	524418	uganda
G	1024	ugandan
G	1024	ugandans
G	16384	ugep
G	16384	ughelli
G	16	ughur
G	16384	uglich
G	16	ugne
G	16384	uherské hradiště
G	16384	uherský brod
G	4	uic
G	65536	uighur
G	65536	uighurs
G	16384	uijeongbu - si
G	16384	uijeongbu-si
G	16384	uitenhage
G	16384	uithoorn
G	16384	ujar
G	16384	ujhāni
G	16384	uji
G	16384	ujiie
G	16386	ujjain
G	4	ujpest
G	4	ujpest te
G	130	uk
G	4	ukcm
G	16384	ukhta
G	16384	ukiah
G	512	ukip
G	16384	ukmerge
G	2	ukraina palace
G	524418	ukraine
G	74752	ukrainian
G	4	ukrainian academy of agrarian sciences
G	66560	ukrainians
G	1	ukyo katayama
G	256	ulaanbaatar
G	16384	ulaangom
G	16384	ulan - ude
G	16448	ulan bator
G	16384	ulan-ude
G	16384	ulanhot
G	16384	ulhasnagar
G	16384	uliastay
G	4	ulimo-j
G	16384	ullal
G	16384	ulm
G	16	ulrich
G	16	ulrik
G	16390	ulsan
G	4	ulster petroleums ltd
G	16384	ulu tiram
G	16384	ulundi
G	16384	ulyanovsk
G	16	ulysses
G	1	ulysses grant
G	16384	uman
G	1	umar shelling
G	16384	umarga
G	16384	umaria
G	16384	umarkhed
G	16384	umarkot
G	16	umberto
G	1	umberto bossi
G	2	umbria
G	16384	umeå
G	16384	umi
G	16384	umina beach
G	4	uml
G	16384	umluj
G	16384	umm al quwain city
G	16384	umm as summāq
G	16384	umm el faḥm
G	2	umm qasr
G	16384	umm qaşr
G	16384	umm ruwaba
G	16384	umm şalāl muḩammad
G	16384	umraniye
G	16384	umred
G	16384	umreth
G	16384	umuahia
G	16384	umuarama
G	16388	un
G	4	un security council
G	16384	una
G	4	unam
G	16	unax
G	16384	unaí
G	16384	unecha
G	512	unesco
G	16384	ungaran
G	16384	ungheni
G	16384	ungsang
G	16384	unhel
G	4	uniceramic
G	512	unilever
G	16388	union
G	16384	union city
G	16384	union hill - novelty hill
G	16384	union hill-novelty hill
G	8	union-england
G	16384	uniondale
G	16384	unionport
G	4	unita
G	4	united
G	130	united arab emirates
G	4	united coconut associations of the philippines
G	4	united daughters of the confederacy
G	130	united kingdom
G	516	united nations
G	4	united nations general assembly
G	4	united nations human rights commission
G	4	united nations special commission
G	4	united news of india
G	4	united people 's front nepal
G	128	united republic of tanzania
G	1048576	united russia
G	130	united states
G	128	united states minor outlying islands
G	128	united states of america
G	4	unitog co
G	16384	universal city
G	4	universitatea cluj
G	4	universitatea craiova
G	16384	university
G	16384	university city
G	16384	university heights
G	2	university hospital
G	4	university of oklahoma
G	4	university of pennsylvania
G	4	university of the witwatersrand
G	16384	university park
G	16384	university place
G	16384	união
G	16384	união da vitória
G	16384	união dos palmares
G	16384	unión de reyes
G	16384	unjha
G	16384	unna
G	16384	unnāo
G	4	unp
G	16384	unquillo
G	4	unscom
G	16384	unterhaching
G	16384	unterkrozingen
G	16384	unterschleißheim
G	16384	untolovo
G	16384	uozu
G	16384	upata
G	16384	upington
G	16384	upland
G	16384	upleta
G	16384	uppal kalan
G	16384	upper alton
G	16384	upper arlington
G	16384	upper coomera
G	16384	upper dir
G	16384	upper hutt
G	16384	upper saint clair
G	16384	upplands väsby
G	16386	uppsala
G	512	ups
G	256	upton
G	16640	uptown
G	4	uralmash yekaterinburg
G	2097160	urals
G	16384	urambo
G	16384	uran
G	16384	uravakonda
G	16384	uray
G	16384	urayasu
G	16384	urbana
G	16384	urbandale
G	16384	urdaneta
G	8	urdu-speaking moslems
G	16384	ureshinomachi - shimojuku
G	16384	ureshinomachi-shimojuku
G	16384	urganch
G	16384	urgut shahri
G	16	uri
G	16384	uriangato
G	16384	uritsk
G	16384	urk
G	16384	urla
G	16384	urmston
G	16384	uromi
G	16384	urrao
G	16	ursula
G	32768	ursula von der leyen
G	16384	ursus
G	16384	ursynów
G	16	urte
G	16384	uruapan
G	16384	uruaçu
G	16384	uruguaiana
G	130	uruguay
G	8	uruguayan
G	64	urumqi
G	16384	urus - martan
G	16384	urus-martan
G	16384	uruçuca
G	16384	uryupinsk
G	16384	urziceni
G	524418	us
G	4	us luxembourg
G	4	us postal
G	128	us virgin islands
G	8	us$
G	524418	usa
G	16384	usa river
G	512	usa today
G	2	usac
G	256	usafa
G	16384	usagara
G	2048	usain bolt
G	4	usda
G	8	usda-sponsored
G	16384	usehat
G	16384	usera
G	16384	usevia
G	16384	ush - tyube
G	16384	ush-tyube
G	16	usha
G	16384	ushibukamachi
G	16384	ushiku
G	16384	ushirombo
G	16384	ushuaia
G	16384	usilampatti
G	16384	usinsk
G	16384	uslar
G	16	usman
G	512	usps
G	2097280	ussr
G	16384	ussuriysk
G	16384	ust - kamenogorsk
G	16384	ust-kamenogorsk
G	4	usta
G	16384	usta muhammad
G	16384	uster
G	16384	ustka
G	16384	ustroń
G	16384	usuki
G	16384	usulután
G	258	utah
G	512	utah jazz
G	16384	utebo
G	16384	utena
G	16384	uthai thani
G	16384	uthal
G	4	uti bank
G	16384	utica
G	16384	utmanzai
G	16384	uto
G	1	utomo
G	16384	utraula
G	16452	utrecht
G	16384	utrera
G	16384	utsunomiya
G	16384	uttamapālaiyam
G	16384	uttar char fasson
G	256	uttar pradesh
G	16384	uttaradit
G	256	uttarakhand
G	16384	uttarkāshi
G	16384	uttiramerūr
G	16384	uusikaupunki
G	16384	uva
G	16384	uvalde
G	16384	uvarovo
G	16384	uvinza
G	16384	uvira
G	16384	uwajima
G	256	uxbridge
G	16	uxue
G	16384	uychi
G	65536	uyghur
G	65536	uyghurs
G	16384	uyo
G	16384	uyovu
G	65536	uzbek
G	128	uzbekistan
G	65536	uzbeks
G	16384	uzgen
G	16384	uzhgorod
G	16384	uzhur
G	8	uzi
G	16384	uzlovaya
G	524288	uznach
G	16384	uzunköprü
G	16384	uíge
G	16384	uşak
G	16384	užice
G	1	v. drakes
G	1	v. kambli
G	1	v. prasad
G	1	v. solanki
G	2	va
G	16384	vaasa
G	4	vac
G	16384	vacaria
G	16384	vacaville
G	1	vaclav havel
G	1	vaclavas kidikas
G	16384	vacoas
G	16384	vadakku valliyūr
G	16384	vadakku viravanallur
G	16384	vadamadurai
G	16384	vadigenhalli
G	16384	vadlapūdi
G	16384	vadnagar
G	16384	vadodara
G	2	vaduz
G	16384	vagharshapat
G	16384	vagonoremont
G	16384	vahdat
G	16384	vaihingen an der enz
G	16384	vaijāpur
G	16384	vaikam
G	1	vairelles
G	16384	vakarai
G	16384	vakfıkebir
G	16384	vakhsh
G	16	val
G	16384	val - d'or
G	16384	val-d'or
G	16384	valabhīpur
G	16384	valašské meziříčí
G	16384	valdagno
G	16384	valday
G	16384	valdemoro
G	16384	valdepeñas
G	16384	valdivia
G	1	valdo
G	16384	valdosta
G	4	vale
G	4	vale do rio doce
G	16384	vale of leven
G	16384	valence
G	16450	valencia
G	16384	valenciennes
G	16384	valente diaz
G	16	valentin
G	1	valentin valkov
G	16	valentina
G	16	valentine
G	2048	valentino rossi
G	16384	valenza
G	16384	valenzano
G	32	valenzuela
G	16384	valença
G	16384	valença do piauí
G	16384	valera
G	4	valerenga
G	16	valeria
G	16	valerie
G	4	valero energy corp
G	16	valery
G	16384	valinda
G	16384	valinhos
G	16384	valjevo
G	16384	valkeakoski
G	16384	valkenswaard
G	1	valkov
G	1	valkucak
G	16384	vallabh vidyanagar
G	16384	valladolid
G	16384	vallauris
G	16384	vallcarca
G	16384	valle de bravo
G	16384	valle de la pascua
G	16384	valle de santiago
G	16384	valle hermoso
G	16384	valledupar
G	16384	vallejo
G	16384	vallenar
G	16384	vallentuna
G	2	valletta
G	16384	valley east
G	16384	valley glen
G	16384	valley station
G	16384	valley stream
G	16384	valls
G	16384	valmiera
G	16384	valongo
G	16384	valparai
G	16384	valparaiso
G	16384	valparaíso
G	16384	valrico
G	16384	valsād
G	16384	valuyki
G	16384	valvedditturai
G	32	valverde
G	16386	van
G	1	van arum
G	16384	van buren
G	32	van den berg
G	4	van der horst
G	1	van der sar
G	32	van dijk
G	1	van doorn
G	32	van dyk
G	1	van gastel
G	2048	van gogh
G	512	van halen
G	1	van heeswijk
G	1	van hintum
G	16384	van nest
G	16384	van nuys
G	1	van wanrooy
G	16384	vanadzor
G	16	vance
G	16450	vancouver
G	4	vancouver sun
G	512	vancouver whitecaps
G	8	vancouver-based
G	16384	vandalia
G	16384	vandavāsi
G	16386	vanderbijlpark
G	16384	vandœuvre - lès - nancy
G	16384	vandœuvre-lès-nancy
G	16	vanesa
G	16	vanessa
G	16384	vangaindrano
G	16384	vangviang
G	16384	vanier
G	16384	vanino
G	16384	vaniyambadi
G	1	vanlandingham
G	16384	vanløse
G	16384	vannes
G	16384	vantaa
G	128	vanuatu
G	16384	vanves
G	16384	vapi
G	16384	varadero
G	16384	varanasi
G	16384	varangaon
G	16384	varash
G	16384	varaždin
G	16384	varberg
G	16384	varel
G	16384	varennes
G	16384	varese
G	32	vargas
G	16384	vargem grande
G	16384	vargem grande do sul
G	16384	varginha
G	16384	varjota
G	16384	varkala
G	16384	varkaus
G	16448	varna
G	16384	varnsdorf
G	4	varteks varazdin
G	16384	varto
G	16384	varāmīn
G	16384	vasa
G	4	vasas
G	16384	vasastan
G	16388	vasco da gama
G	1	vasilopoulos
G	16	vasily
G	32	vasilyev
G	16384	vasind
G	16384	vaslui
G	32	vasquez
G	1	vass
G	1	vassiliy kaptyukh
G	32	vassiljev
G	16384	vassouras
G	16384	vasto
G	16384	vasyl'evsky ostrov
G	16384	vasylivka
G	16384	vasylkiv
G	16384	vaterstetten
G	2	vatican
G	128	vatican city
G	16384	vatra dornei
G	16384	vattalkundu
G	16384	vatutine
G	16384	vatutino
G	16384	vaudreuil - dorion
G	16384	vaudreuil-dorion
G	16384	vaughan
G	64	vaughn
G	16384	vaulx - en - velin
G	16384	vaulx-en-velin
G	16384	vauréal
G	256	vauxhall
G	16384	vavatenina
G	16384	vavoua
G	16386	vavuniya
G	16384	vayalār
G	16384	vazante
G	32	vazquez
G	524288	vdare.com
G	16384	vechelde
G	16384	vechta
G	16384	vecsés
G	16	veda
G	16384	vedaraniyam
G	16384	veendam
G	16384	veenendaal
G	4	veerakesari
G	1	veerle de jaeghere
G	1	vega
G	16384	vega baja
G	16384	vegesack
G	16384	veghel
G	16384	veinticinco de mayo
G	16384	vejalpur
G	16384	vejle
G	16384	velasco ibarra
G	32	velasquez
G	16384	velbert
G	1	veldman
G	16384	velenje
G	16384	veles
G	4	velez sarsfield
G	16384	velika gorica
G	16384	velika kladuša
G	16384	velikiy novgorod
G	16384	velikiy ustyug
G	16384	velikiye luki
G	2	veliko tarnovo
G	16384	veliko tŭrnovo
G	16384	velingrad
G	16384	velletri
G	16384	vellmar
G	16384	vellore
G	16	velma
G	16384	velp
G	16384	velsen - zuid
G	16384	velsen-zuid
G	16384	velur
G	16384	vemalwāda
G	16384	venado tuerto
G	4	venalum
G	4	venantius
G	4	venantius ab
G	16384	venaria reale
G	16384	vence
G	16384	venceremos
G	16384	vendôme
G	540802	venezuela
G	9216	venezuelan
G	8	venezuelan agenda
G	1024	venezuelans
G	16448	venice
G	16384	venilale
G	16384	venkatagiri
G	1	venkatesh prasad
G	16384	venlo
G	16386	venray
G	16384	ventanas
G	16384	ventimiglia
G	16384	ventspils
G	16386	ventura
G	16384	venustiano carranza
G	16384	venâncio aires
G	16384	venëv
G	16384	vepagunta
G	16400	vera
G	16384	vera cruz
G	16644	veracruz
G	16384	veranópolis
G	16384	verbania
G	1	verbjorn rodal
G	16384	vercelli
G	16384	verden
G	16384	verdun
G	16384	vereeniging
G	16384	vereshchagino
G	4	verisign
G	512	verizon
G	16384	verkhniy ufaley
G	16384	verkhnyaya pyshma
G	16384	verkhnyaya salda
G	16384	verl
G	524546	vermont
G	2	vermont central hospital
G	16	vern
G	16	verna
G	16384	verneuil - sur - seine
G	16384	verneuil-sur-seine
G	16	vernice
G	16384	vernier
G	16400	vernon
G	16384	vernon hills
G	16384	vero beach
G	16384	vero beach south
G	16455	verona
G	16	veronica
G	16384	verrettes
G	16384	verrières - le - buisson
G	16384	verrières-le-buisson
G	16448	versailles
G	16384	versmold
G	16384	vertientes
G	16384	vertou
G	16384	veruela
G	16384	verviers
G	16384	verāval
G	32	vesela
G	32	vesely
G	16384	veshnyaki
G	16	vesna
G	16384	vesoul
G	16384	vespasiano
G	16384	vestavia hills
G	16384	veszprém
G	16384	vetapālem
G	16384	vettaikkaranpudur
G	16384	vettūr
G	16384	vevey
G	16384	vezirköprü
G	4	vfb stuttgart
G	4	vfl bochum
G	512	vh1
G	262144	vi
G	4	viacom
G	8	viacom inc-owned
G	1	vialle
G	16384	vialonga
G	16384	viamão
G	16384	viana
G	16384	viana do castelo
G	16384	vianen
G	16384	viareggio
G	16384	vibo valentia
G	16384	viborg
G	16400	vic
G	16384	vicaria
G	4096	vice admiral
G	17	vicente
G	16384	vicente guerrero
G	1	vicente solano lima
G	16388	vicenza
G	16384	vichuga
G	16384	vichy
G	16	vicki
G	16	vickie
G	16384	vicksburg
G	16	vicky
G	4	vicorp restaurants
G	4	vicorp restaurants inc
G	16	victor
G	2	victor babes
G	542722	victoria
G	16384	victoria de durango
G	16386	victoria falls
G	32768	victoria nuland
G	16384	victorias
G	16384	victoriaville
G	16384	victorville
G	16384	vicálvaro
G	32	vidal
G	16384	videira
G	4	videoton
G	4	videoton(*
G	16384	vidin
G	16384	vidisha
G	16384	vidnoye
G	32	vidovic
G	16384	viedma
G	16450	vienna
G	16384	vienne
G	16384	vientiane
G	1	vierklau
G	16384	viernheim
G	16384	viersen
G	16384	vierzon
G	2097152	viet - nam
G	2097152	viet nam
G	2097152	viet-nam
G	524416	vietnam
G	8	vietnam war
G	9216	vietnamese
G	1024	vietnameses
G	16384	viewpark
G	16384	vigan
G	262144	viganò
G	16384	vigevano
G	16384	vigia
G	16384	vigneux - sur - seine
G	16384	vigneux-sur-seine
G	16384	vignola
G	16384	vigo
G	16	vihaan
G	16384	vihari
G	16384	vihti
G	16384	vijayawada
G	16384	vijāpur
G	16384	vikhorevka
G	16384	vikindu
G	4	viking
G	16	vikky
G	16	viktor
G	1	viktor chernomyrdin
G	32768	viktor orban
G	32768	viktor yanukovych
G	16	viktoria
G	4	viktoria plzen
G	4	viktoria zizkov
G	16	viktorie
G	16	viktorija
G	16384	vikārābād
G	16384	vila - real
G	16384	vila - seca
G	16384	vila do conde
G	16384	vila franca de xira
G	16384	vila nova de gaia
G	16384	vila real
G	16384	vila velha
G	16384	vila-real
G	16384	vila-seca
G	16384	viladecans
G	16384	vilafranca del penedès
G	16384	vilagarcía de arousa
G	16384	vilalba
G	16384	vilanova i la geltrú
G	16384	vilapicina i la torre llobeta
G	16384	vilar de andorinho
G	16384	vilaseca
G	16384	vilassar de mar
G	16384	vilhena
G	16384	viljandi
G	16384	viljoenskroon
G	16384	vilkpėdė
G	1	villa
G	16384	villa alemana
G	16384	villa allende
G	16384	villa altagracia
G	16384	villa bisonó
G	16384	villa bruzual
G	16384	villa canales
G	16384	villa carlos paz
G	16384	villa constitución
G	16384	villa consuelo
G	16384	villa de costa rica
G	16384	villa de cura
G	16384	villa de mayo
G	16384	villa de san diego de ubaté
G	16384	villa de vallecas
G	16384	villa del rosario
G	16384	villa dolores
G	16384	villa elisa
G	16384	villa francisca
G	16384	villa gesell
G	16384	villa hayes
G	16384	villa hidalgo
G	16384	villa independencia
G	16384	villa juárez
G	16384	villa lugano
G	16384	villa maría
G	16384	villa mercedes
G	16384	villa nueva
G	16384	villa ocampo
G	16384	villa ortúzar
G	16384	villa park
G	16384	villa paula de sarmiento
G	16384	villa regina
G	16384	villa santa rita
G	16384	villa vicente guerrero
G	16384	villa yapacaní
G	16384	villa ángela
G	16384	villabate
G	16384	villach
G	16384	villaflores
G	16384	villafranca di verona
G	16384	villagrán
G	16384	villaguay
G	16384	villahermosa
G	16384	villajoyosa
G	32	villalba
G	32	villalobos
G	16384	villamaría
G	16384	villamontes
G	16384	villanova
G	16384	villanueva
G	16384	villanueva de la cañada
G	16384	villanueva de la serena
G	16384	villanueva del pardillo
G	16384	villaquilambre
G	16384	villaricca
G	16384	villarrica
G	16384	villarrobledo
G	16384	villaverde
G	16384	villavicencio
G	16384	villaviciosa de odón
G	16384	villazón
G	1	ville peltonen
G	16384	villefontaine
G	16384	villefranche - sur - saône
G	16384	villefranche-sur-saône
G	16384	villejuif
G	16384	villemomble
G	16384	villena
G	16384	villenave - d'ornon
G	16384	villenave-d'ornon
G	16384	villeneuve - d'ascq
G	16384	villeneuve - la - garenne
G	16384	villeneuve - le - roi
G	16384	villeneuve - saint - georges
G	16384	villeneuve - sur - lot
G	16384	villeneuve-d'ascq
G	16384	villeneuve-la-garenne
G	16384	villeneuve-le-roi
G	16384	villeneuve-saint-georges
G	16384	villeneuve-sur-lot
G	16384	villeparisis
G	16384	villepinte
G	16384	villers - lès - nancy
G	16384	villers-lès-nancy
G	16384	villeta
G	16384	villeurbanne
G	16384	villiers - le - bel
G	16384	villiers - sur - marne
G	16384	villiers-le-bel
G	16384	villiers-sur-marne
G	16384	villingen - schwenningen
G	16384	villingen-schwenningen
G	262144	villot
G	16384	villupuram
G	16448	vilnius
G	16384	vilshofen
G	16	vilte
G	16384	vilvoorde
G	16384	vilyeyka
G	16384	vilyuchinsk
G	16384	vimercate
G	16384	vimodrone
G	2048	vin diesel
G	16384	vinaròs
G	16	vince
G	1	vince spadea
G	1	vince wells
G	16384	vincennes
G	16400	vincent
G	1	vincent malakwen
G	1	vincent pamire
G	16384	vincentown
G	16	vincenzo
G	16384	vinces
G	16384	vineland
G	16384	vineyard
G	16384	vinh
G	16384	vinhedo
G	16384	vinica
G	8	vinko marinovic
G	16384	vinkovci
G	1	vinny castilla
G	16384	vinnytsia
G	2	vinnytsya
G	1	vinod kambli
G	32	vinogradov
G	16384	vinukonda
G	16	violeta
G	1	violeta chamorro
G	16384	virac
G	16384	viradouro
G	16384	viranşehir
G	16	virgil
G	1	virgilius alekna
G	384	virgin islands
G	128	virgin islands , british
G	128	virgin islands , u.s.
G	542722	virginia
G	16384	virginia beach
G	1	virginia ruano-pascual
G	2048	virginia woolf
G	1	virna de angeli
G	16384	viroflay
G	16384	virovitica
G	32	virtanen
G	16384	virudunagar
G	16384	viry - châtillon
G	16384	viry-châtillon
G	16384	virú
G	16384	virār
G	512	visa
G	16384	visaginas
G	16384	visakhapatnam
G	16384	visalia
G	16384	visby
G	16384	visconde do rio branco
G	16384	viseu
G	16384	visitacion valley
G	16384	visnagar
G	16384	visoko
G	32	visser
G	16384	vista
G	16384	visé
G	4	vital information system
G	32768	vitali klitschko
G	1	vitaly smirnov
G	16384	vite
G	16384	vitebsk
G	16384	viterbo
G	4	vitesse
G	4	vitesse arnhem
G	16384	vitina
G	1	vitor baia
G	4	vitoria
G	16384	vitrolles
G	16384	vitry - le - françois
G	16384	vitry - sur - seine
G	16384	vitry-le-françois
G	16384	vitry-sur-seine
G	16384	vitré
G	16384	vittoria
G	16384	vittorio veneto
G	16384	vitória
G	16384	vitória da conquista
G	16384	vitória de santo antão
G	16384	vitória do mearim
G	16	vivaan
G	32	vivaldi
G	16384	viveiro
G	16	vivek
G	16	vivian
G	16	viviana
G	16	vivien
G	16	vivienne
G	1	vivit chatuparisut
G	16384	vizianagaram
G	16384	viçosa
G	16384	viçosa do ceará
G	16384	viña del mar
G	16384	viñales
G	16384	vişeu de sus
G	16384	việt trì
G	16384	vlaardingen
G	16	vlad
G	16384	vladikavkaz
G	16400	vladimir
G	1	vladimir dubrovshchik
G	32768	vladimir putin
G	1	vladimir smicer
G	1	vladimir zhirinovsky
G	16	vladislav
G	1	vladislav rodimov
G	16448	vladivostok
G	16384	vlissingen
G	16384	vlorë
G	16384	vlotho
G	4	vnu
G	16384	vnukovo
G	4	vnukovo airlines
G	16384	vobkent shahri
G	512	vodafone
G	4	vodni stavby praha
G	16384	voerde
G	16384	vogan
G	16384	voghera
G	32	vogt
G	1	vogts
G	4	vogue
G	16384	vohibinany
G	16384	vohipaho
G	16384	voi
G	16384	voinjama
G	16384	voiron
G	16	vojtech
G	4	vojvodina
G	16390	volendam
G	16384	volgodonsk
G	16448	volgograd
G	16384	volgorechensk
G	1	volker ruehe
G	16384	volkhov
G	32	volkov
G	1	volkova
G	16384	volkovysk
G	16384	volksrust
G	516	volkswagen
G	4	volkswagen ag
G	16384	volla
G	16384	volnovakha
G	16	volodymyr
G	16384	volodymyr - volynskyi
G	32768	volodymyr zelensky
G	32768	volodymyr zelenskyy
G	16384	volodymyr-volynskyi
G	16384	vologda
G	16384	volokolamsk
G	16384	volos
G	16384	volta redonda
G	2048	voltaire
G	16384	voluntari
G	512	volvo
G	16384	volzhsk
G	16384	volzhskiy
G	16384	vomero
G	32768	von der leyen
G	1	von heesen
G	16384	vondrozo
G	16384	voorburg
G	16384	voorhees
G	16384	voorschoten
G	16384	vorgashor
G	16384	vorkuta
G	32	vorobyov
G	16384	voronezh
G	4	vorskla
G	4	vorskla poltava
G	1	voskamp
G	16384	voskresensk
G	16384	vostochnoe degunino
G	256	vostok
G	16384	vostryakovo
G	1	votava
G	16384	votkinsk
G	16384	votorantim
G	16384	votuporanga
G	16384	voznesensk
G	16384	voúla
G	16384	vranje
G	16384	vranov nad topľou
G	16384	vratsa
G	16384	vrbas
G	16384	vreden
G	16384	vredenburg
G	16384	vriddhāchalam
G	16384	vrilissia
G	16384	vrindāvan
G	16384	vryburg
G	16384	vryheid
G	16384	vršac
G	16384	vsetín
G	16384	vsevolozhsk
G	2	vt
G	4	vtm
G	16384	vught
G	1	vukasin filipovic
G	16384	vukovar
G	32	vukovic
G	16384	vulcan
G	16384	vuosaari
G	1	vurens
G	16	vusala
G	16384	vushtrri
G	16384	vuyyūru
G	4	vw
G	8	vw passat
G	16384	vwawa
G	1	vyacheslav ekimov
G	1	vyacheslav tikhomirov
G	16384	vyatskiye polyany
G	16384	vyazemskiy
G	16384	vyazniki
G	16384	vyborg
G	16384	vykhino - zhulebino
G	16384	vykhino-zhulebino
G	16384	vyksa
G	16384	vynohradiv
G	16384	vyselki
G	16384	vyshhorod
G	16384	vyshneve
G	16384	vyshniy volochëk
G	16384	vyāra
G	16384	vyškov
G	16384	vác
G	16384	vári
G	16384	várpalota
G	16384	várzea alegre
G	16384	várzea da palma
G	16384	várzea grande
G	16384	várzea paulista
G	16384	vänersborg
G	16384	värnamo
G	16384	västervik
G	16384	västerås
G	16384	västra frölunda
G	16384	väståboland
G	16384	växjö
G	16384	vélez - málaga
G	16384	vélez-málaga
G	16384	vélingara
G	16384	vélizy - villacoublay
G	16384	vélizy-villacoublay
G	16384	vénissieux
G	16384	véroia
G	16384	vícar
G	16384	víctor rosales
G	16384	völklingen
G	16384	výronas
G	16384	vāda
G	16384	vādippatti
G	16384	vāsudevanallūr
G	16384	vĩnh long
G	16384	vĩnh yên
G	16384	vīrarājendrapet
G	16384	vīsāvadar
G	16384	vũng tàu
G	16384	vị thanh
G	8	w-2
G	1	w. athey
G	1	w. khan
G	1	w. noon
G	2	w. va
G	1	w. weston
G	2	w.c. india
G	1	w.n.f. chandraratne
G	16386	wa
G	32	waage
G	16388	waalwijk
G	16384	wabu
G	16384	wacheng
G	16384	wachtberg
G	16384	waco
G	16384	wad medani
G	16384	waddinxveen
G	16384	waddān
G	262160	wade
G	16384	wade hampton
G	16384	wadern
G	16384	wadgassen
G	16384	wadowice
G	16384	wadsworth
G	16384	waegwan
G	1	wafa amr
G	16384	wafangdian
G	16384	wageningen
G	16384	waghäusel
G	32	wagner
G	1048576	wagner group
G	65536	wahhabi
G	65536	wahhabis
G	16384	wahiawā
G	16384	wahroonga
G	16384	wai
G	2	waiau
G	16384	waiblingen
G	16384	wailuku
G	16384	waingapu
G	16384	waipahu
G	16384	wajir
G	16	wakana
G	16384	wakayama
G	16384	wake forest
G	256	wake island
G	16641	wakefield
G	16384	wakema
G	16384	wakimachi
G	16384	wakiso
G	16384	wakkanai
G	16384	wako
G	16384	wakuya
G	16384	walajapet
G	16384	walcourt
G	8	waldbaum hamlet cup
G	16384	waldbröl
G	16384	waldkirch
G	16384	waldkraiburg
G	16384	waldorf
G	16384	waldshut - tiengen
G	16384	waldshut-tiengen
G	130	wales
G	512	walgreens
G	16384	waliso
G	16384	walkden
G	16416	walker
G	1	wall
G	6	wall street
G	4	wall street bureau
G	1049092	wall street journal
G	16384	walla walla
G	16	wallace
G	16384	wallasey
G	16384	wallenhorst
G	16384	wallingford
G	16384	wallingford center
G	128	wallis and futuna
G	65536	walloon
G	65536	walloons
G	16384	wallsend
G	16	wally
G	1	wally joyner
G	1	wally whitehurst
G	512	walmart
G	16384	walnut
G	16384	walnut creek
G	16384	walnut grove
G	16384	walnut park
G	16388	walsall
G	32	walsh
G	16384	walsrode
G	16	walt
G	2048	walt disney
G	16	walter
G	1	walter little
G	32	walters
G	16384	waltham
G	16384	waltham abbey
G	32	walton
G	16384	walton - on - thames
G	16384	walton - on - the - naze
G	16384	walton-on-thames
G	16384	walton-on-the-naze
G	16384	waltrop
G	16384	walvis bay
G	16384	wamba
G	16384	wanaraja
G	16400	wanda
G	16384	wandlitz
G	16384	wandsbek
G	1	wang chen
G	16384	wang nam yen
G	16384	wang noi
G	16384	wang saphung
G	1	wang shi-ting
G	16384	wanganui
G	16384	wangaratta
G	16384	wangen
G	16384	wangkui
G	16384	wangon
G	16384	wangqing
G	16384	wani
G	16384	wanju
G	16384	wankyi
G	16384	wanlaweyn
G	16384	wanning
G	16384	wanparti
G	16384	wantage
G	16384	wantagh
G	16384	wantirna south
G	16384	wanxian
G	16384	wao
G	1	waqar
G	1	waqar younis
G	16384	warah
G	16384	warangal
G	16384	warburg
G	16384	wardenburg
G	16384	wardha
G	16384	ware
G	16384	waregem
G	16384	waren
G	16384	warendorf
G	2048	warhol
G	1	warhurst
G	16384	warin chamrap
G	16384	warmbaths
G	16384	warminster
G	512	warner bros
G	16384	warner robins
G	16384	warnes
G	16384	warora
G	16384	warragul
G	18432	warren
G	1	warren buffett
G	16384	warren township
G	16384	warrensburg
G	16384	warrenton
G	16384	warri
G	16388	warrington
G	16384	warrnambool
G	16450	warsaw
G	4	warsaw newsroom
G	16384	warstein
G	16384	warud
G	16640	warwick
G	260	warwickshire
G	16384	wasco
G	2	wash
G	8	wash.-based
G	540931	washington
G	2	washington , d.c.
G	256	washington dc
G	16384	washington heights
G	512	washington nationals
G	1048580	washington post
G	512	washington redskins
G	512	washington wizards
G	16384	washougal
G	16384	washwood heath
G	1	wasim
G	1	wasim akram
G	16384	wasquehal
G	16384	wassenaar
G	16384	wassenberg
G	16384	watampone
G	32	watanabe
G	16384	watari
G	1	wataru kubo
G	1	wataru yoshikawa
G	16384	watauga
G	8	water district 1
G	16384	waterbury
G	16640	waterford
G	16384	waterloo
G	16384	waterlooville
G	16384	watertown
G	16386	waterville
G	4	waterworks authority
G	16644	watford
G	16384	wath upon dearne
G	16384	watsa
G	32	watson
G	16384	watsonville
G	16384	wattala
G	16384	wattrelos
G	1	watts
G	16384	wau
G	16384	waukee
G	16384	waukegan
G	16384	waukesha
G	16384	wausau
G	16384	wauwatosa
G	16384	waverly
G	16384	wavre
G	16384	wawer
G	16384	waxahachie
G	16	waylon
G	16401	wayne
G	1	wayne ferreira
G	1	wayne jordan
G	1	wayne riley
G	1	wayne westner
G	16384	waynesboro
G	16384	wazirabad
G	16384	wazīrganj
G	16384	wałbrzych
G	16384	wałcz
G	4	wbur-fm
G	4	weather services corporation
G	16384	weatherford
G	1	weaver
G	32	webb
G	32	weber
G	32	webster
G	16384	webster groves
G	16384	webuye
G	16384	wedding
G	16384	wedel
G	16384	wedi
G	16384	wednesbury
G	4	wednesday
G	2048	wednesday adams
G	16384	wednesfield
G	256	weedon
G	16384	weener
G	16384	weert
G	16384	weesp
G	16384	wegberg
G	16	wei
G	16384	weiden
G	16384	weifang
G	16384	weihai
G	16384	weil am rhein
G	16384	weil der stadt
G	16384	weilerswist
G	16384	weilheim
G	16384	weimar
G	16384	weinan
G	262144	weinandy
G	16384	weingarten
G	16384	weinheim
G	16384	weining
G	16384	weinstadt - endersbach
G	16384	weinstadt-endersbach
G	1	weinstein
G	16384	weinzierl bei krems
G	16384	weirton
G	16384	weirton heights
G	33	weiss
G	16384	weiterstadt
G	1	weizman
G	16384	weißenburg in bayern
G	16384	weißenfels
G	16384	weißensee
G	16384	weißwasser
G	16384	wejherowo
G	16384	wekiwa springs
G	16384	welahan
G	1	welch
G	1	weld
G	16384	weleri
G	16384	weligama
G	2	welikanda
G	16384	welisara
G	16384	welkom
G	16384	welland
G	16384	wellesley
G	16384	welling
G	16384	wellingborough
G	16450	wellington
G	512	wells fargo
G	16384	wels
G	9216	welsh
G	4	welsh national farmers ' union
G	1024	welshes
G	65536	welshman
G	65536	welshmen
G	4	welspun
G	4	welspun stahl rohren ltd
G	32	welter
G	16384	welwyn garden city
G	16386	wembley
G	4	wen wei po
G	16386	wenatchee
G	16384	wenceslau braz
G	16384	wenchang
G	16	wendell
G	16384	wendelstein
G	16384	wenden
G	16	wendi
G	16384	wendlingen am neckar
G	16	wendy
G	1	wengert
G	16384	wenjī
G	16384	wenling
G	16384	wenshan city
G	16384	wenshang
G	256	wentworth
G	16384	wentzville
G	16384	wenxing
G	16384	wenzhou
G	16384	wer
G	16384	werdau
G	16384	werder
G	4	werder bremen
G	16384	werdohl
G	16384	werkendam
G	16384	werl
G	16384	wermelskirchen
G	16384	werne
G	16	werner
G	1	werner zwingmann
G	16384	wernigerode
G	16384	werota
G	16384	werribee
G	16384	wertheim
G	16384	weru
G	16384	wervik
G	16	wes
G	4	wesbanco bank
G	16384	wesel
G	16384	weslaco
G	16	wesley
G	16384	wesley chapel
G	16384	wesoła
G	16384	wesseling
G	1	wessels
G	16384	wesselsbron
G	10	west
G	8	west african
G	16384	west albany
G	16384	west allis
G	16384	west and east lealman
G	2	west azerbaijan
G	16384	west babylon
G	2097154	west bank
G	16384	west bend
G	258	west bengal
G	16384	west bloomfield township
G	16384	west bridgford
G	16388	west bromwich
G	16384	west carson
G	16384	west chester
G	16384	west chicago
G	4	west coast
G	16384	west columbia
G	16384	west coon rapids
G	16384	west covina
G	16384	west des moines
G	16384	west elkridge
G	16384	west elsdon
G	16640	west end
G	16384	west englewood
G	16384	west falls church
G	16384	west fargo
G	16384	west garfield park
G	2097152	west germany
G	16384	west gulfport
G	4	west ham
G	16384	west hartford
G	16384	west haven
G	16384	west hempstead
G	16384	west hills
G	16384	west hollywood
G	2	west indies
G	16384	west islip
G	16384	west jerusalem
G	16384	west jordan
G	16384	west kelowna
G	16384	west lafayette
G	16384	west lake sammamish
G	16384	west lake stevens
G	16384	west lawn
G	16384	west linn
G	16384	west little river
G	16384	west lynchburg
G	8	west mclaren
G	16384	west melbourne
G	16384	west memphis
G	16384	west mifflin
G	16384	west milford
G	16384	west molesey
G	16384	west new york
G	16384	west odessa
G	16384	west orange
G	16384	west palm beach
G	16384	west park
G	16384	west pennant hills
G	16384	west pensacola
G	16384	west puente valley
G	16384	west raleigh
G	16384	west ridge
G	16384	west sacramento
G	16384	west saint paul
G	16384	west scarborough
G	16384	west seneca
G	256	west side
G	2	west south central
G	16384	west springfield
G	16384	west torrington
G	16384	west town
G	16384	west university place
G	16384	west valley city
G	16384	west vancouver
G	258	west virginia
G	16384	west warwick
G	16384	west whittier - los nietos
G	16384	west whittier-los nietos
G	16384	westbrook
G	16384	westbury
G	16384	westchase
G	16384	westchester
G	16384	westend
G	16384	westerlo
G	16384	westerly
G	8	western
G	8	western australian
G	8	western division
G	4	western european union
G	2	western hemisphere
G	4	western province
G	4	western reds
G	128	western sahara
G	4	western suburbs
G	2	western ukraine
G	8	western-organised
G	65536	westerner
G	65544	westerners
G	8	westernising
G	16384	westerstede
G	540672	westerville
G	16896	westfield
G	16384	westford
G	16384	westhoughton
G	512	westinghouse
G	16385	westlake
G	16384	westland
G	16384	westmead
G	2113536	westminster
G	16384	westmont
G	16384	westmount
G	16400	weston
G	16384	weston - super - mare
G	16386	weston-super-mare
G	16384	westonaria
G	16384	westport
G	16384	wete
G	16384	wethersfield
G	16384	wetteren
G	16384	wettingen
G	16384	wetzelsdorf
G	16384	wetzlar
G	16384	wevelgem
G	16384	wewak
G	64	wexford
G	16384	weybridge
G	16384	weymouth
G	16384	whakatane
G	16384	whangarei
G	16384	wharton
G	16384	wheat ridge
G	16384	wheaton
G	16384	wheelers hill
G	16384	wheeling
G	16384	whickham
G	256	whitby
G	256	whitchurch
G	1	white
G	16384	white bear lake
G	2	white house
G	16384	white oak
G	16384	white plains
G	16384	white river
G	16384	white rock
G	16384	white settlement
G	516	white sox
G	16384	whitefield
G	2113536	whitehall
G	16384	whitehall township
G	16384	whitehaven
G	16384	whitehorse
G	1	whitehurst
G	16384	whitestone
G	16384	whitley bay
G	16384	whitman
G	16400	whitney
G	16	whitni
G	16	whitny
G	16384	whitstable
G	1	whittall
G	16386	whittier
G	524288	who
G	16384	wichian buri
G	16384	wichit
G	16448	wichita
G	16384	wichita falls
G	16384	wickford
G	256	wickham
G	64	wicklow
G	4	widad casablanca
G	4	widad fes
G	16	widelene
G	16384	widnes
G	1	widness
G	4	widzew
G	4	widzew lodz
G	16384	wiehl
G	16384	wieliczka
G	16384	wieluń
G	16384	wiener neustadt
G	16384	wierden
G	16384	wiesbaden
G	16384	wiesloch
G	16388	wigan
G	16384	wigston magna
G	1	wijaya indra
G	16384	wijchen
G	1	wijffels
G	16384	wijk bij duurstede
G	524800	wikileaks
G	512	wikipedia
G	16384	wil
G	16	wila
G	16	wilbert
G	16	wilbur
G	16384	wildeshausen
G	16384	wildomar
G	16384	wildwood
G	16	wiley
G	16	wilfred
G	16	wilfredo
G	16	wilfrid
G	16	wilfried
G	1	wilfried peeters
G	16	wilhelm
G	17	wilhelmina
G	16384	wilhelmshaven
G	16384	wilhelmstadt
G	16384	wilkes - barre
G	16384	wilkes-barre
G	16384	wilkinsburg
G	32	wilkinson
G	1	will carling
G	2048	will ferrell
G	16	willa
G	16	willard
G	16384	willebroek
G	4	willem ii tilburg
G	16384	willemstad
G	16384	willenhall
G	16384	willetton
G	16	william
G	1	william boston
G	1	william fox
G	1	william goldiner
G	1	william goldman
G	1	william istafanus
G	1	william j. mercer
G	1	william kiptum
G	1	william luehrs
G	1	william o'neill
G	1	william perry
G	1	william schomberg
G	1	william tanui
G	1	william vanlandingham
G	1	william weld
G	37	williams
G	16384	williamsburg
G	32	williamson
G	16384	williamsport
G	16384	williamstown
G	16384	willich
G	16	willie
G	1	willie blair
G	1	willie wood
G	16384	willimantic
G	16384	willingboro
G	16	willis
G	16384	williston
G	16384	willmar
G	16384	willoughby
G	16	willow
G	16384	willow grove
G	16640	willowbrook
G	16384	willowdale
G	16	willy
G	16	wilma
G	16384	wilmersdorf
G	16384	wilmette
G	16384	wilmington
G	16384	wilmington island
G	1	wilmots
G	16384	wilmslow
G	16384	wilnsdorf
G	16417	wilson
G	16384	wilsonville
G	16384	wilten
G	16384	wilton
G	2	wiltshire
G	1	wim jonk
G	1	wim omloop
G	14	wimbledon
G	32	wimmer
G	16640	winchester
G	16384	winder
G	16384	windham
G	16450	windhoek
G	8	windows
G	8	windows 95
G	8	windows nt
G	8	windows nt 4.0
G	16448	windsor
G	16384	winejok
G	16	winfried
G	256	wingham
G	16	winifred
G	33	winkler
G	16384	winneba
G	16384	winnenden
G	16	winnie
G	16	winnifred
G	16450	winnipeg
G	16400	winona
G	16384	winschoten
G	16384	winsen
G	16384	winsford
G	16	winslow
G	16	winston
G	16384	winston - salem
G	1	winston bogarde
G	32768	winston churchill
G	16384	winston-salem
G	16384	winter garden
G	16384	winter gardens
G	16384	winter haven
G	16384	winter park
G	16384	winter springs
G	16384	winterhude
G	16384	winterswijk
G	16448	winterthur
G	16384	winthrop
G	16384	wipperfürth
G	16384	wiradesa
G	524288	wired
G	2	wis
G	16384	wisbech
G	256	wisc
G	2	wisc .
G	16384	wisch
G	258	wisconsin
G	16384	wisconsin rapids
G	16384	wiset chaichan
G	16384	wishaw
G	1	wisinga
G	4	wisla krakow
G	16384	wismar
G	32	wisniewski
G	16384	witbank
G	1	witechek
G	16384	witham
G	16384	witney
G	1	witschge
G	16384	witten
G	16384	wittenau
G	16384	wittenberg
G	16384	wittenberge
G	16384	wittenheim
G	16384	wittlich
G	16384	wittmund
G	16384	wittstock
G	16384	witzenhausen
G	2048	wiz khalifa
G	16384	wobulenzi
G	16384	woburn
G	16384	wodonga
G	16384	wodzisław śląski
G	16384	woerden
G	262144	wohl
G	16	wojciech
G	32	wojcik
G	1	wojtek lazarek
G	16384	wokha
G	16640	woking
G	16384	wokingham
G	16384	wola
G	16384	wolcott
G	1	wolf
G	2	wolf point
G	16384	wolf trap
G	16384	wolfen
G	16384	wolfenbüttel
G	32	wolff
G	16	wolfgang
G	1	wolfgang ischinger
G	1	wolfgang kotzmann
G	1	wolfgang kreissig
G	2048	wolfram
G	16384	wolfratshausen
G	16384	wolfsburg
G	16384	wollongong
G	16384	wollongong city centre
G	16384	wolmaransstad
G	16388	wolverhampton
G	16384	wombwell
G	32	wong
G	16384	wongsorejo
G	16384	wonopringgo
G	16384	wonosobo
G	16640	woodbridge
G	16384	woodburn
G	16384	woodbury
G	2048	woode
G	16384	woodford green
G	1	woodforde
G	16384	woodhaven
G	16384	woodland
G	16384	woodland hills
G	16384	woodlands
G	2	woodlands nursing home
G	16384	woodlawn
G	16384	woodmere
G	16386	woodridge
G	16400	woodrow
G	16640	woodside
G	16640	woodstock
G	1	woolmer
G	524544	woolwich
G	16384	woonsocket
G	1	woosnam
G	16384	wooster
G	16386	worcester
G	16384	worcester park
G	4	worcestershire
G	1048576	workers revolutionary party
G	16388	workington
G	16384	worksop
G	1	worku bekila
G	1048576	world bank
G	4	world bridge
G	8	world congress against sexual exploitation of children
G	8	world cup
G	8	world series
G	8	world series of golf
G	512	world trade organization
G	131072	world war i
G	131080	world war ii
G	131072	world war one
G	131080	world war two
G	8	world wars one
G	4	world xi
G	4	worldcom
G	4	worldcom inc
G	16384	worms
G	16384	worthing
G	1	wouden
G	16	wout
G	16	wouter
G	16384	wołomin
G	262144	wray
G	1	wreh
G	16388	wrexham
G	16416	wright
G	4	writers association
G	66	wroclaw
G	16384	wrocław
G	16384	września
G	4	wsc-india
G	4	wsrl
G	32	wu
G	16384	wuchang
G	16384	wucheng
G	16384	wuchuan
G	16384	wuda
G	16384	wudil
G	16384	wuhai
G	16448	wuhan
G	16384	wuhu
G	16384	wukari
G	16384	wulingyuan
G	16384	wum
G	16384	wunstorf
G	256	wupatki
G	16384	wuppertal
G	16384	wurzen
G	16384	wusong
G	16384	wuustwezel
G	16384	wuwei
G	16448	wuxi
G	16384	wuxue
G	16384	wuyang
G	16384	wuyishan
G	16384	wuzhen
G	16448	wuzhou
G	131072	ww1
G	131072	ww2
G	131072	wwi
G	131072	wwii
G	16384	wyandotte
G	16	wyatt
G	16384	wyckoff
G	260	wycombe
G	16384	wylie
G	16384	wyndham vale
G	16640	wyoming
G	16384	wyszków
G	16384	wörth am rhein
G	16384	wülfrath
G	16384	würselen
G	16384	würzburg
G	16384	wādi
G	16384	wādī as sīr
G	16384	wāliṅ
G	16384	wānkāner
G	16384	wāris alīganj
G	16384	wārāseonī
G	16384	wāshīm
G	16384	wągrowiec
G	16384	włochy
G	16384	włocławek
G	16384	wŏnju
G	16384	wŏnsan
G	4	x-aek athens
G	4	x-anderlecht
G	4	x-cercle brugge
G	4	x-club brugge
G	4	x-olympiakos
G	4	x-pao
G	16384	xai - xai
G	16384	xai-xai
G	16384	xalapa de enríquez
G	16384	xalatlaco
G	16384	xalisco
G	16384	xam nua
G	16384	xankandi
G	16384	xanten
G	16384	xanxerê
G	16	xavier
G	1	xavier gravelaine
G	16384	xaçmaz
G	16384	xenia
G	1	xhelili
G	16	xhoel
G	8	xhosa
G	32768	xi jinping
G	16448	xiamen
G	64	xian
G	16384	xiangcheng chengguanzhen
G	16384	xiangtan
G	16384	xiangxiang
G	16384	xiangyang
G	16384	xianju
G	16384	xianning
G	16384	xiannü
G	16384	xianshuigu
G	16384	xiantao
G	16384	xianyang
G	32	xiao
G	16384	xiaogan
G	16384	xiaolingwei
G	16	xiaomei
G	512	xiaomi
G	16384	xiaoshan
G	16384	xiaoshi
G	16384	xiaoweizhai
G	16	xiaoyan
G	16384	xiazhen
G	16384	xiazhuang
G	16384	xichang
G	16384	xico
G	16384	xicotepec de juárez
G	16384	xifeng
G	16384	xihe
G	262144	xii
G	16384	xilin hot
G	16384	ximeicun
G	16	ximena
G	16384	xincheng
G	16384	xindi
G	16384	xindian
G	16384	xingcheng
G	8	xingfu
G	16384	xinghua
G	16384	xinglongshan
G	16384	xingtai
G	16384	xinguara
G	4	xinhua
G	16384	xinhui
G	16384	xining
G	16384	xinji
G	2097152	xinjiang
G	16384	xinmin
G	16384	xinpu
G	16384	xinqing
G	16384	xinshi
G	16384	xintai
G	16384	xinxiang
G	16448	xinyang
G	16400	xinyi
G	16384	xinyu
G	16384	xinyuan
G	16384	xinzhi
G	16384	xinzhou
G	16384	xiongzhou
G	16384	xique xique
G	16384	xirivella
G	16384	xishan
G	16384	xiulin
G	16384	xiuyan
G	16384	xiuying
G	16384	xixiang
G	16384	xochimilco
G	16384	xochitepec
G	16384	xonacatlán
G	16384	xoxocotla
G	32	xu
G	16384	xuanzhou
G	16384	xuchang
G	16384	xucheng
G	16384	xunchang
G	262144	xvi
G	2048	xzibit
G	16384	xàtiva
G	16384	xánthi
G	16384	yablonovskiy
G	16384	yabrūd
G	16384	yabēlo
G	16384	yachimata
G	16384	yacuiba
G	16	yael
G	16384	yafran
G	16	yagmur
G	16384	yagoona
G	16384	yagoua
G	16384	yagry
G	16384	yaguachi nuevo
G	16384	yaguajay
G	16	yahli
G	16384	yahotyn
G	16384	yahyalı
G	16384	yaita
G	16384	yaizu
G	16384	yajalón
G	16384	yakeshi
G	16384	yakima
G	16384	yako
G	16384	yakuplu
G	65536	yakut
G	256	yakutia
G	65536	yakuts
G	16640	yakutsk
G	16384	yala
G	16384	yalova
G	16384	yalta
G	16384	yalutorovsk
G	16384	yalvaç
G	16416	yamada
G	16384	yamaga
G	16384	yamagata
G	16416	yamaguchi
G	516	yamaha
G	32	yamamoto
G	32	yamasaki
G	32	yamashita
G	32	yamazaki
G	16384	yamazakichō - nakabirose
G	16384	yamazakichō-nakabirose
G	16384	yambio
G	16384	yambol
G	524288	yambuku
G	16384	yamethin
G	16384	yamoto
G	16384	yamoussoukro
G	16384	yamunānagar
G	16	yan
G	16384	yanacancha
G	16384	yanagawa
G	16384	yanagawamachi - saiwaichō
G	16384	yanagawamachi-saiwaichō
G	16384	yanai
G	16384	yanam
G	16384	yanamalakuduru
G	16384	yanaul
G	16384	yanbu
G	16384	yancheng
G	32	yang
G	16384	yangambi
G	16384	yangchun
G	16384	yangcun
G	16384	yanggu
G	16384	yangiobod
G	16384	yangirabot
G	16384	yangiyer
G	16384	yangiyŭl
G	16384	yangjiang
G	16384	yangju
G	16384	yangliuqing
G	16448	yangon
G	16384	yangp'yŏng
G	16384	yangquan
G	16384	yangsan
G	16384	yangshuo
G	256	yangtze
G	16384	yangzhou
G	16	yanis
G	16384	yanji
G	16384	yanjiang
G	8	yankee
G	516	yankees
G	16384	yanliang
G	16	yann
G	2048	yanni
G	16	yannick
G	1	yannos papandoniou
G	16384	yanqul
G	16384	yanta
G	16384	yantai
G	16384	yantongshan
G	32768	yanukovych
G	16384	yany kapu
G	16384	yanykurgan
G	16384	yanzhou
G	16384	yao
G	16384	yaoundé
G	1	yap kim hock
G	16384	yara
G	16384	yaransk
G	16	yarin
G	16384	yaring
G	16384	yaritagua
G	16384	yarm
G	16384	yarmouth
G	16	yaroslav
G	16384	yaroslavl
G	16384	yaroslavskiy
G	16384	yarovoye
G	16384	yartsevo
G	16384	yarumal
G	16384	yarīm
G	16384	yasenevo
G	16384	yashan
G	16384	yashio
G	16384	yashiro
G	16384	yashkino
G	16	yasmin
G	16	yasmine
G	16384	yasnogorsk
G	16384	yasnyy
G	16384	yasothon
G	1	yasser arafat
G	17	yassin
G	16	yassine
G	1	yastrezhembsky
G	16384	yasugichō
G	16384	yasuj
G	1	yasushi akashi
G	16384	yasynuvata
G	16384	yatağan
G	16384	yate
G	16384	yateley
G	16384	yatou
G	32768	yatsenyuk
G	16384	yatsuomachi - higashikumisaka
G	16384	yatsuomachi-higashikumisaka
G	16384	yauco
G	16384	yautepec
G	16384	yavatmāl
G	16384	yavné
G	16384	yawata
G	16384	yaypan
G	1	yayuk basuki
G	16384	yazd
G	65536	yazidi
G	65536	yazidis
G	16384	yazman
G	16384	yeadon
G	16384	yebaishou
G	16384	yecapixtla
G	16384	yecla
G	4	yedioth
G	4	yedioth ahronoth
G	16384	yefremov
G	16384	yegorlykskaya
G	1	yehiel amitai
G	16384	yehud
G	16384	yehud - monosson
G	16384	yehud-monosson
G	16384	yei
G	1	yekaterina podkopayeva
G	16448	yekaterinburg
G	16384	yelabuga
G	16384	yelahanka
G	17	yelena
G	1	yelena gulyayeva
G	16384	yelenendorf
G	16384	yelets
G	16384	yelizavetinskaya
G	16384	yelizovo
G	16384	yellandu
G	8	yellow black
G	16384	yellowknife
G	16384	yellāpur
G	32769	yeltsin
G	16384	yemanzhelinsk
G	524418	yemen
G	8	yemeni
G	16384	yemva
G	16384	yenagoa
G	16384	yenakiyeve
G	16384	yenangyaung
G	16384	yendi
G	16384	yeni suraxanı
G	16384	yeniseysk
G	16384	yenişehir
G	16384	yeoju
G	16384	yeola
G	16384	yeongam
G	16384	yeongdong
G	16384	yeonggwang
G	16384	yeonil
G	16384	yeosu
G	16384	yeovil
G	16384	yerba buena
G	16448	yerevan
G	16384	yerköy
G	16384	yerres
G	16384	yershov
G	16384	yesan
G	16	yesenia
G	16384	yessentuki
G	16384	yessentukskaya
G	32	yeun
G	32	yeung
G	16	yevgeni
G	16	yevgeny
G	1	yevgeny kafelnikov
G	32768	yevgeny prigozhin
G	1	yevgeny primakov
G	16384	yevlakh
G	16384	yevpatoriya
G	16384	yeysk
G	16384	yeşilli
G	262176	yi
G	1	yi jing-qian
G	16384	yibin
G	16384	yichang
G	16384	yicheng
G	16384	yichun
G	16384	yigo village
G	16384	yigou
G	16384	yilan
G	32	yildirim
G	32	yildiz
G	32	yilmaz
G	16384	yima
G	16384	yinchuan
G	16	ying
G	16384	yingchuan
G	16386	yingkou
G	16384	yingshang chengguanzhen
G	16384	yinzhu
G	16384	yishui
G	1	yitzhak mordechai
G	16384	yiwu
G	16384	yiyang
G	16384	ylöjärvi
G	516	ymca
G	1	yoelvis quesada
G	16384	yogyakarta
G	16384	yoichi
G	1	yoka lye mudaba
G	16384	yokkaichi
G	2048	yoko onen
G	2048	yoko ono
G	16448	yokohama
G	16384	yokosuka
G	16384	yokote
G	32	yokoyama
G	16384	yola
G	16	yolanda
G	16384	yolöten
G	16384	yomra
G	16384	yonago
G	16	yonas
G	16	yonatan
G	16	yonathan
G	1	yone kamio
G	16384	yonezawa
G	16	yong
G	16384	yong peng
G	16384	yongchuan
G	16384	yongfeng
G	16384	yonkers
G	16384	yono
G	4	yonsei university
G	16384	yopal
G	16384	yorba linda
G	262144	yore
G	16384	yorii
G	16646	york
G	260	yorkshire
G	16384	yorkton
G	16384	yorkville
G	16384	yoro
G	16384	yorosso
G	16	yosef
G	32	yoshida
G	16384	yoshida - kasugachō
G	16384	yoshida-kasugachō
G	16384	yoshii
G	16385	yoshikawa
G	16384	yoshkar - ola
G	16384	yoshkar-ola
G	2	yosu
G	16384	yotsukaidō
G	512	yougov
G	16384	youhao
G	16384	youkaichi
G	1	younes el aynaoui
G	16384	young
G	4	young boys
G	16384	youngstown
G	1	younis
G	1	younnes el aynaoui
G	16	yousouf
G	16	youssef
G	16384	youssoufia
G	1049088	youtube
G	16384	yovon
G	16384	yozgat
G	16384	ypenburg
G	16384	ypsilanti
G	16384	ystad
G	16384	ytrebygda
G	16384	yuanlin
G	16384	yuanping
G	16384	yuba city
G	16384	yubileyny
G	16384	yucaipa
G	256	yucatan
G	16384	yucca valley
G	16384	yucheng
G	16384	yuci
G	16384	yudong
G	16	yuen
G	16384	yuen long kau hui
G	16384	yueyang
G	16384	yugawara
G	4	yugo zastava
G	16384	yugorsk
G	8192	yugoslav
G	2097154	yugoslavia
G	16	yuina
G	2048	yuji
G	16384	yujing
G	1	yukio hatoyama
G	16640	yukon
G	16384	yuktae - dong
G	16384	yuktae-dong
G	16384	yukuhashi
G	1	yulia graudin
G	32768	yulia tymoshenko
G	16384	yulin
G	16384	yulinshi
G	16384	yuma
G	16384	yumbe
G	16384	yumbo
G	32	yun
G	16	yuna
G	16384	yuncheng
G	16448	yunfu
G	16384	yunguyo
G	16384	yunmeng chengguanzhen
G	16384	yunyang
G	16384	yurga
G	16	yuri
G	1	yuri nikiforov
G	16384	yurimaguas
G	16384	yuriria
G	16	yuriy
G	16	yury
G	16384	yurécuaro
G	16384	yushu
G	16	yusif
G	16	yusuf
G	16384	yuta
G	16384	yutan
G	16384	yutz
G	1	yuuchi takeda
G	1	yuuichi takeda
G	16	yuuma
G	16	yuval
G	16384	yuxi
G	16384	yuxia
G	16384	yuyao
G	16384	yuza
G	16384	yuzawa
G	16384	yuzhne
G	16384	yuzhno - sakhalinsk
G	16384	yuzhno-sakhalinsk
G	16384	yuzhnoukrains'k
G	16384	yuzhnyy
G	2048	yvan
G	1	yvan quentin
G	1	yvegeny kafelnikov
G	16384	yverdon - les - bains
G	16384	yverdon-les-bains
G	2048	yves
G	16	yvette
G	16	yvona
G	16	yvone
G	16	yvonna
G	16	yvonne
G	512	ywca
G	16384	yylanly
G	16384	yên bái
G	16384	yên vinh
G	16384	yüksekova
G	16384	yādgīr
G	16384	yāval
G	16384	yōkaichiba
G	16384	yŏnan - ŭp
G	16384	yŏnan-ŭp
G	16384	yŏnggwang - ŭp
G	16384	yŏnggwang-ŭp
G	16384	yŏnmu
G	16384	yūki
G	8	z$
G	16384	zaandam
G	16384	zaanstad
G	16384	zabrat
G	16386	zabrze
G	16384	zabīd
G	16	zac
G	16384	zacapa
G	16384	zacapu
G	16384	zacapú
G	16640	zacatecas
G	16384	zacatecoluca
G	16384	zacatelco
G	16384	zacatepec
G	16384	zacatlán
G	16	zach
G	16	zachariah
G	16400	zachary
G	16	zachery
G	16	zack
G	16	zackary
G	16384	zacoalco de torres
G	16384	zacualtipán
G	16	zada
G	16386	zadar
G	16384	zafar
G	16384	zafarwal
G	16384	zafra
G	1	zagalo
G	16384	zagazig
G	16384	zaghouan
G	4	zaglebie lubin
G	16384	zagora
G	16450	zagreb
G	4	zagreb money market
G	4	zagreb newsroom
G	16384	zahedan
G	16	zahid
G	16384	zahir pir
G	16384	zahirābād
G	16384	zahlé
G	16	zahra
G	16384	zaida
G	16384	zaidpur
G	16	zainab
G	16384	zainsk
G	2	zaire
G	8	zairean
G	16384	zaječar
G	16	zakaria
G	32	zakharov
G	32768	zakharova
G	16384	zakopane
G	16384	zalaegerszeg
G	16384	zalingei
G	16384	zaltbommel
G	32768	zaluzhny
G	16384	zalău
G	16384	zalţan
G	16384	zama
G	130	zambia
G	1024	zambian
G	1024	zambians
G	16384	zamboanga
G	16384	zambrów
G	16384	zamora
G	16384	zamość
G	16384	zamānia
G	16	zan
G	16384	zandvoort
G	16	zane
G	16384	zanesville
G	16384	zanjān
G	16448	zanzibar
G	16384	zaoyang
G	16384	zaozhuang
G	16384	zapala
G	4	zapatista
G	16384	zapolyarnyy
G	16384	zapopan
G	16384	zaporizhia
G	2097152	zaporizhzhia
G	2097152	zaporozhye
G	16384	zapotiltic
G	16384	zapotlanejo
G	16384	zaprešić
G	16384	zaqatala
G	16	zara
G	16384	zaragoza
G	1	zarak jahan khan
G	16384	zarand
G	16384	zaranj
G	16384	zarautz
G	16384	zaraysk
G	16384	zaraza
G	1	zardari
G	16384	zarechnyy
G	16384	zaria
G	32768	zarif
G	16384	zarinsk
G	16384	zarqa
G	16384	zarumilla
G	16384	zarya
G	16384	zarzal
G	16384	zarzis
G	4	zastava
G	16384	zaventem
G	16384	zavodoukovsk
G	16384	zawiercie
G	16384	zawiya
G	16384	zaxo
G	16384	zayed city
G	16384	zaysan
G	32	zaytsev
G	16384	zaïo
G	1	zbigniew siemiatkowski
G	1	zdenek svoboda
G	4	zdf
G	16384	zdolbuniv
G	16384	zduńska wola
G	16384	zedelgem
G	16384	zeerust
G	16384	zeewolde
G	16384	zefta
G	16384	zehlendorf
G	16	zehra
G	16	zeinab
G	16384	zeist
G	16384	zeitz
G	16	zelda
G	16384	zele
G	16384	zelenchukskaya
G	16384	zelenodolsk
G	16384	zelenogorsk
G	16384	zelenograd
G	16384	zelenogradsk
G	16384	zelenokumsk
G	32768	zelenska
G	32768	zelenskiy
G	32768	zelensky
G	32768	zelenskyy
G	4	zelesnik
G	4	zeleznik
G	16384	zelino
G	1	zeljko petrovic
G	16	zelma
G	16384	zemoura
G	16384	zemst
G	16388	zemun
G	16	zena
G	4	zeneca group plc
G	1	zeng yaqiong
G	16384	zenica
G	4	zenit st petersburg
G	4	zenith
G	16384	zeralda
G	16384	zerbst
G	4	zeri i popullit
G	16384	zeribet el oued
G	16384	zernograd
G	16386	zevenaar
G	16384	zeya
G	1	zeyer
G	16	zeynab
G	16	zeynep
G	16384	zeytinburnu
G	16384	zgierz
G	16384	zgorzelec
G	16384	zhabei
G	16384	zhalantun
G	16384	zhanaozen
G	32	zhang
G	1	zhang ning
G	16384	zhangatas
G	16384	zhangjiagang
G	16384	zhangjiajie
G	16384	zhangjiakou
G	16384	zhangjiakou shi xuanhua qu
G	16384	zhangye
G	16448	zhangzhou
G	16384	zhanjiang
G	1	zhanna pintusevich
G	32	zhao
G	16384	zhaobaoshan
G	16384	zhaodong
G	16384	zhaogezhuang
G	16384	zhaoqing
G	16384	zhaotong
G	16384	zhaoyuan
G	16384	zhaozhou
G	16384	zharkent
G	16384	zhashkiv
G	16384	zheleznodorozhnyy
G	16384	zheleznogorsk
G	16384	zheleznogorsk - ilimskiy
G	16384	zheleznogorsk-ilimskiy
G	16384	zheleznovodsk
G	4	zhemchuzhina sochi
G	16384	zhengjiatun
G	16448	zhengzhou
G	16384	zhenjiang
G	16384	zhenlai
G	16384	zhenzhou
G	16384	zherdevka
G	16384	zhezqazghan
G	16384	zhicheng
G	16384	zhigulevsk
G	16384	zhijiang
G	1	zhirinovsky
G	16384	zhirnovsk
G	16384	zhlobin
G	16384	zhmerynka
G	16384	zhob
G	16448	zhongshan
G	16384	zhongshu
G	16384	zhongxiang
G	16384	zhongxing
G	16384	zhongxing new village
G	16384	zhosaly
G	32	zhou
G	16384	zhoucheng
G	16384	zhoucun
G	16384	zhoukou
G	16384	zhoushan
G	16384	zhouzhuang
G	16384	zhovti vody
G	32	zhu
G	16384	zhu cheng city
G	16384	zhuanghe
G	16384	zhuangyuan
G	16384	zhuhai
G	16384	zhuji
G	16384	zhujiajiao
G	16384	zhukovka
G	16384	zhukovskiy
G	16384	zhulebino
G	16384	zhumadian
G	16384	zhuzhou
G	16384	zhytomyr
G	16448	zibo
G	1	zickler
G	1	zicot
G	1	zieger
G	16384	zielona góra
G	16384	zielonka
G	4	zifa
G	16384	zigong
G	16384	ziguinchor
G	16384	zijinglu
G	16384	zile
G	16384	zima
G	130	zimbabwe
G	4	zimbabwe football association
G	9216	zimbabwean
G	1024	zimbabweans
G	32	zimmermann
G	16384	zimnicea
G	16384	zimovniki
G	1	zina garrison jackson
G	16384	zinacantepec
G	16384	zinacatepec
G	16384	zinapécuaro
G	16384	zinder
G	16	zineb
G	16384	zinjibār
G	16384	zintan
G	1	zinzan brooke
G	16384	zion
G	65536	zionist
G	73728	zionists
G	16384	zionsville
G	16384	zipaquirá
G	16384	zira
G	4	zirka-nibas
G	4	zirka-nibas kirovohrad
G	16384	zirndorf
G	1	zitelli
G	16384	zittau
G	16384	ziway
G	16384	zlatoust
G	16384	zlaté moravce
G	16384	zliten
G	16384	zlín
G	16384	zmiyiv
G	16384	znamensk
G	16384	znojmo
G	16384	znomenka
G	16	zoe
G	16384	zoersel
G	16384	zoetermeer
G	16	zoey
G	16	zofia
G	16384	zográfos
G	16	zola
G	16384	zola predosa
G	16384	zolochiv
G	16384	zolotonosha
G	16384	zomba
G	16384	zomin shaharchasi
G	16384	zonguldak
G	16384	zonhoven
G	16	zora
G	16	zoran
G	1	zoran kundic
G	1	zorc
G	16384	zorgo
G	16384	zossen
G	16384	zottegem
G	16384	zoucheng
G	16384	zouerate
G	16384	zouila
G	16384	zrenjanin
G	16	zsofia
G	4	zte
G	1	zubair jahan khan
G	16384	zubia
G	32768	zuckerberg
G	16384	zug
G	16384	zugdidi
G	16384	zugló
G	16384	zuhres
G	16384	zulpich
G	16384	zumpango
G	16384	zumpango del río
G	1	zundra feagin
G	16384	zungeru
G	16384	zunheboto
G	16384	zunyi
G	70	zurich
G	4	zurich editorial
G	16384	zuru
G	16384	zushi
G	16384	zutphen
G	16384	zuwārah
G	16384	zuénoula
G	16384	zvenigorod
G	16384	zvenihorodka
G	16384	zverevo
G	16384	zvečan
G	16384	zvishavane
G	16384	zvolen
G	2	zvornik
G	16384	zwedru
G	16384	zweibrücken
G	16384	zwevegem
G	16384	zwickau
G	16384	zwijndrecht
G	16384	zwolle
G	16384	zyablikovo
G	16384	zyryanovsk
G	16384	zyuzino
G	16384	zárate
G	16384	zürich
G	16384	zābol
G	16384	zărnești
G	16384	ząbki
G	16384	ząbkowice śląskie
G	16384	złotoryja
G	16384	złotów
G	16384	ágioi anárgyroi
G	16384	água preta
G	16384	águas belas
G	16384	águas de lindóia
G	16384	águas santas
G	16384	águas vermelhas
G	16384	águilas
G	16384	álamo
G	16384	álimos
G	16384	álvares machado
G	16384	álvaro obregón
G	16384	áno liósia
G	16384	árgos
G	16384	árta
G	16384	ávila
G	16384	ängelholm
G	16384	åkersberga
G	128	åland islands
G	16384	ålesund
G	16384	århus
G	16384	årsta
G	16384	çan
G	16384	çanakkale
G	16384	çankaya
G	16384	çarşamba
G	16384	çatalca
G	16384	çay
G	16384	çaycuma
G	16384	çayeli
G	16384	çağlayancerit
G	16384	çerkezköy
G	16384	çerkeş
G	16384	çermik
G	16384	çeşme
G	16384	çine
G	16384	çorlu
G	16384	çorum
G	16384	çubuk
G	16384	çumra
G	16384	ébano
G	16384	ébolowa
G	16384	échirolles
G	16384	écija
G	16384	écully
G	16384	édessa
G	16384	élancourt
G	16384	épernay
G	16384	épinal
G	16384	épinay - sur - seine
G	16384	épinay-sur-seine
G	16384	équeurdreville - hainneville
G	16384	équeurdreville-hainneville
G	16384	éragny
G	16384	érd
G	16384	étampes
G	16384	évora
G	16384	évreux
G	16384	évry
G	16384	ílhavo
G	16384	ílion
G	16384	ðà lạt
G	16384	ðông hà
G	16384	óbidos
G	16384	ózd
G	16384	ödemiş
G	16384	öhringen
G	16384	ölgii
G	16384	örebro
G	16384	örnsköldsvik
G	16384	östermalm
G	16384	östersund
G	16384	úbeda
G	16384	ústí nad labem
G	16384	ústí nad orlicí
G	16384	übach - palenberg
G	16384	übach-palenberg
G	16384	überlingen
G	16384	ünye
G	16384	ürgüp
G	16384	ürümqi
G	16384	üsküdar
G	16384	ābdānān
G	16384	ābu
G	16384	ābu road
G	16384	ābyek
G	16384	ābādeh
G	16384	ādilābād
G	16384	ādoni
G	16384	ādīgrat
G	16384	ādīs zemen
G	16384	āgaro
G	16384	ālangulam
G	16384	ālbū kamāl
G	16384	āmli
G	16384	āmlāgora
G	16384	āmol
G	16384	āmta
G	16384	āndippatti
G	16384	ārangaon
G	16384	āreka
G	16384	āron
G	16384	ārt khwājah
G	16384	ārvi
G	16384	āsandh
G	16384	āsansol
G	16384	āsasa
G	16384	āsbe teferī
G	16384	āsika
G	16384	āsind
G	16384	āsmār
G	16384	āsosa
G	16384	āstāneh - ye ashrafīyeh
G	16384	āstāneh-ye ashrafīyeh
G	16384	āstārā
G	16384	āthagarh
G	16384	āvadi
G	16384	āzādshahr
G	16384	ćuprija
G	16384	čadca
G	16384	čair
G	16384	čakovec
G	16384	čačak
G	16384	černý most
G	16384	česká lípa
G	16384	česká třebová
G	16384	české budějovice
G	16384	český těšín
G	16384	đakovo
G	16384	đinh văn
G	16384	đưc trọng
G	16384	īlām
G	16384	īstgāh - e rāh āhan - e garmsār
G	16384	īstgāh-e rāh āhan-e garmsār
G	16384	łapy
G	16384	łask
G	16384	łaziska górne
G	16384	łańcut
G	16384	łomianki
G	16384	łomża
G	16384	łowicz
G	16384	łuków
G	16384	łódź
G	16384	łęczna
G	16384	łęczyca
G	16384	ōami
G	16384	ōarai
G	16384	ōbu
G	16384	ōdachō - ōda
G	16384	ōdachō-ōda
G	16384	ōdate
G	16384	ōfunato
G	16384	ōgaki
G	16384	ōhara
G	16384	ōi
G	16384	ōiso
G	16384	ōita
G	16384	ōkawa
G	16384	ōkawara
G	16384	ōkuchi - shinohara
G	16384	ōkuchi-shinohara
G	16384	ōmachi
G	16384	ōmagari
G	16384	ōmamachō - ōmama
G	16384	ōmamachō-ōmama
G	16384	ōme
G	16384	ōmihachiman
G	16384	ōmiya
G	16384	ōmura
G	16384	ōmuta
G	16384	ōno - hara
G	16384	ōno-hara
G	16384	ōnojō
G	16384	ōta
G	16384	ōtake
G	16384	ōtawara
G	16384	ōtsu
G	16384	ōtsuchi
G	16384	ōtsuki
G	16384	ōyama
G	16384	ōzu
G	16384	śrem
G	16384	środa wielkopolska
G	16384	śródmieście
G	16384	świdnica
G	16384	świdnik
G	16384	świdwin
G	16384	świebodzice
G	16384	świebodzin
G	16384	świecie
G	16384	świnoujście
G	16384	świętochłowice
G	16384	şabrātah
G	16384	şabyā
G	16384	şabāḩ as sālim
G	16384	şafwá
G	16384	şalālah
G	16384	şanlıurfa
G	16384	şarkîkaraağaç
G	16384	şarkışla
G	16384	şaḩam
G	16384	şebin karahisar
G	16384	şemdinli
G	16384	şereflikoçhisar
G	16384	şimleu silvaniei
G	16384	şirvan
G	16384	şişli
G	16384	şurmān
G	16384	şāmitah
G	16384	şırnak
G	16384	šabac
G	16384	šaľa
G	16384	šeškinė
G	16384	šiauliai
G	16384	šibenik
G	16384	šilainiai
G	16384	šumperk
G	16384	šuto orizare
G	16384	ţafas
G	16384	ţahţā
G	16384	ţalkhā
G	16384	ţayyibat al imām
G	16384	ţubarjal
G	16384	ţāmiyah
G	16384	ţūbās
G	16384	ţūlkarm
G	16384	ūn
G	16384	ŭiju
G	16384	żabbar
G	16384	żagań
G	16384	żary
G	16384	żoliborz
G	16384	żory
G	16384	żyrardów
G	16384	żywiec
G	16384	žatec
G	16384	žiar nad hronom
G	16384	žilina
G	16384	žďár nad sázavou
G	16384	əhmədbəyli
G	16384	бережани
G	16384	зуунмод
G	16384	ḩadīthah
G	16384	ḩajjah
G	16384	ḩalabjah
G	16384	ḩalfāyā
G	16384	ḩalwān
G	16384	ḩalḩūl
G	16384	ḩamāh
G	16384	ḩarastā
G	16384	ḩawallī
G	16384	ḩayy al quwaysimah
G	16384	ṟuwandiz
G	16384	ṭikāpur
L	5	$
L	5	$-:
L	5	$:
L	5	$^:
L	5	&
L	5	(-:
L	5	(:
L	5	(^:
L	5	)-:
L	5	):
L	5	)^:
L	5	*-:
L	5	*:
L	5	*^:
L	5	:$
L	5	:(
L	5	:)
L	5	:*
L	5	:-$
L	5	:-(
L	5	:-)
L	5	:-*
L	5	:-/
L	5	:-3
L	5	:-@
L	5	:-O
L	5	:-P
L	5	:-\
L	5	:-o
L	5	:-p
L	5	:-|
L	5	:/
L	5	:3
L	5	:@
L	5	:O
L	5	:P
L	5	:\
L	5	:^$
L	5	:^(
L	5	:^)
L	5	:^*
L	5	:^/
L	5	:^3
L	5	:^@
L	5	:^O
L	5	:^P
L	5	:^\
L	5	:^o
L	5	:^p
L	5	:^|
L	5	:o
L	5	:p
L	5	:|
L	5	;(
L	5	;)
L	5	;O
L	5	;P
L	5	;o
L	5	;p
L	5	</3
L	5	<3
L	5	<\3
L	5	=(
L	2	a
L	4	a$
L	4	a.
L	1	a.m
L	1	a.m.
L	1	a.s.
L	4	a310
L	4	aaa
L	4	aalst
L	4	aamir
L	4	aaron
L	4	aas
L	4	ab
L	4	ababa
L	1	abandon
L	1	abandoned
L	1	abandoning
L	5	abandonings
L	1	abandonment
L	5	abandons
L	4	abbas
L	4	abbey
L	3	abbot
L	4	abbott
L	4	abc
L	1	abdication
L	5	abduct
L	1	abducted
L	5	abducting
L	1	abduction
L	5	abducts
L	4	abdul
L	4	abdul-karim
L	4	abedin
L	4	aberdeen
L	5	aberrant
L	1	aberration
L	5	abet
L	5	abets
L	1	abetting
L	4	abid
L	1	abide
L	5	abides
L	1	abiding
L	4	abidjan
L	1	ability
L	5	abject
L	1	ablaze
L	1	able
L	1	abnormal
L	1	aboard
L	5	abolish
L	1	abolished
L	5	abolishes
L	5	abolishing
L	1	abominable
L	1	abomination
L	5	abort
L	5	aborted
L	5	aborting
L	2	abortion
L	5	aborts
L	5	abound
L	5	abounded
L	5	abounding
L	5	abounds
L	1	about
L	1	above
L	1	above-average
L	4	abraham
L	1	abreast
L	1	abroad
L	5	abrupt
L	1	abruptly
L	5	abscond
L	5	absconded
L	5	absconding
L	5	absconds
L	1	absence
L	5	absent
L	1	absentee
L	1	absolute
L	2	absolutely
L	1	absolution
L	5	absolve
L	1	absolved
L	5	absolves
L	5	absolving
L	5	absorb
L	5	absorbed
L	5	absorbing
L	5	absorbs
L	1	abstentions
L	5	abstract
L	5	abstruse
L	1	absurd
L	5	absurder
L	5	absurdest
L	4	abu
L	4	abuja
L	5	abundant
L	1	abuse
L	2	abused
L	1	abuser
L	1	abusers
L	1	abuses
L	1	abusing
L	1	abusive
L	4	ac
L	1	academic
L	1	academics
L	4	academy
L	4	acc
L	1	accelerate
L	1	accelerated
L	5	accelerates
L	1	accelerating
L	5	accent
L	5	accented
L	5	accenting
L	5	accents
L	1	accept
L	1	acceptable
L	1	acceptance
L	1	accepted
L	1	accepting
L	1	accepts
L	1	access
L	1	accessed
L	5	accesses
L	5	accessing
L	1	accident
L	1	accidental
L	2	accidentally
L	5	accidents
L	5	acclimate
L	5	acclimated
L	5	acclimates
L	5	acclimating
L	1	accommodate
L	5	accommodated
L	5	accommodates
L	5	accommodating
L	1	accommodation
L	1	accompanied
L	5	accompanies
L	2	accompaniment
L	1	accompany
L	1	accompanying
L	1	accomplice
L	1	accomplices
L	1	accomplish
L	1	accomplished
L	5	accomplishes
L	5	accomplishing
L	1	accord
L	1	accordance
L	5	accorded
L	1	according
L	1	accordingly
L	1	accords
L	5	accost
L	5	accosted
L	5	accosting
L	1	accosts
L	1	account
L	3	accountability
L	1	accountable
L	2	accountant
L	5	accountants
L	1	accounted
L	1	accounting
L	5	accountings
L	1	accounts
L	5	accrual
L	5	accruals
L	5	accrue
L	5	accrued
L	5	accrues
L	5	accruing
L	1	accumulated
L	1	accuracy
L	1	accurate
L	1	accusation
L	2	accusations
L	1	accuse
L	1	accused
L	2	accuser
L	1	accusers
L	1	accuses
L	1	accusing
L	5	accustom
L	1	accustomed
L	5	accustoming
L	5	accustoms
L	5	ace
L	5	aced
L	3	aces
L	5	acetate
L	5	acetates
L	5	ache
L	5	ached
L	5	aches
L	1	achieve
L	1	achieved
L	1	achievement
L	1	achievements
L	5	achieves
L	1	achieving
L	5	aching
L	5	acid
L	5	acing
L	1	acknowledge
L	1	acknowledged
L	1	acknowledgement
L	1	acknowledges
L	5	acknowledging
L	4	acosta
L	1	acoustic
L	5	acoustics
L	5	acquaintance
L	5	acquaintances
L	5	acquiesce
L	5	acquiesced
L	5	acquiescent
L	5	acquiesces
L	5	acquiescing
L	1	acquire
L	1	acquired
L	5	acquires
L	1	acquiring
L	1	acquisition
L	1	acquittal
L	5	acquittals
L	1	acquitted
L	4	acre
L	1	acreage
L	1	acres
L	5	acrobat
L	5	acrobats
L	2	across
L	2	act
L	4	acta
L	1	acted
L	1	acting
L	5	actings
L	2	action
L	1	actions
L	5	activate
L	5	activated
L	5	activates
L	5	activating
L	1	active
L	1	active-duty
L	1	actively
L	1	activism
L	1	activist
L	1	activists
L	1	activities
L	1	activity
L	1	actor
L	1	actors
L	1	actress
L	5	actresses
L	1	acts
L	1	actual
L	1	actually
L	1	acute
L	1	ad
L	4	adam
L	5	adamant
L	4	adams
L	5	adapt
L	5	adapted
L	5	adapting
L	5	adapts
L	1	add
L	1	added
L	5	addenda
L	5	addendum
L	5	addict
L	5	addicted
L	5	addicting
L	1	addiction
L	1	addicts
L	1	adding
L	4	addis
L	1	addition
L	1	additional
L	1	address
L	1	addressed
L	5	addresses
L	1	addressing
L	1	adds
L	4	adel
L	5	adept
L	1	adequate
L	1	adhere
L	5	adjective
L	5	adjectives
L	5	adjourn
L	1	adjourned
L	5	adjourning
L	5	adjourns
L	1	adjudicated
L	1	adjust
L	1	adjusted
L	1	adjusting
L	5	adjusts
L	4	adkins
L	4	adl
L	1	admin
L	1	administer
L	1	administered
L	5	administering
L	5	administers
L	2	administration
L	1	administrations
L	1	administrative
L	2	administrator
L	1	administrators
L	5	admiral
L	5	admirals
L	1	admiration
L	1	admired
L	1	admission
L	1	admit
L	2	admits
L	1	admitted
L	1	admitting
L	5	adolescent
L	5	adolescents
L	4	adolf
L	1	adopt
L	1	adopted
L	1	adopting
L	1	adopts
L	1	adoration
L	5	adorn
L	5	adorned
L	5	adorning
L	5	adorns
L	4	adrian
L	1	ads
L	5	adsorb
L	5	adsorbed
L	5	adsorbing
L	5	adsorbs
L	1	adult
L	2	adulterers
L	1	adulterous
L	2	adultery
L	1	adults
L	1	advance
L	2	advanced
L	1	advancement
L	1	advances
L	1	advancing
L	1	advantage
L	5	advantages
L	5	adventurer
L	1	adventurers
L	1	adversaries
L	5	adverse
L	5	advertise
L	5	advertised
L	5	advertises
L	1	advertising
L	5	advertisings
L	1	advice
L	1	advise
L	1	advised
L	1	adviser
L	1	advisers
L	1	advises
L	1	advising
L	2	advisor
L	1	advisors
L	3	advisory
L	1	advocate
L	1	advocated
L	1	advocates
L	1	advocating
L	5	aerobics
L	5	aerodynamics
L	5	aeronautics
L	2	aerospace
L	1	affair
L	3	affairs
L	1	affect
L	1	affected
L	1	affecting
L	1	affection
L	5	affectionate
L	1	affects
L	1	affidavit
L	1	affidavits
L	1	affiliate
L	1	affiliated
L	5	affiliates
L	1	affiliating
L	2	affiliation
L	1	affirm
L	1	affirmed
L	1	affirming
L	5	affix
L	5	affixed
L	5	affixes
L	5	affixing
L	5	affluent
L	1	afford
L	5	afforded
L	5	affording
L	5	affords
L	4	afghan
L	4	afghanistan
L	1	aforementioned
L	4	afp
L	1	afraid
L	4	africa
L	4	african
L	4	african-american
L	4	africans
L	4	afrin
L	1	after
L	1	aftermath
L	1	afternoon
L	1	afterwards
L	4	ag
L	1	again
L	2	against
L	4	agassi
L	1	age
L	1	aged
L	1	agencies
L	2	agency
L	2	agenda
L	4	agent
L	1	agents
L	2	ages
L	1	aggiornamento
L	1	aggravated
L	1	aggregate
L	1	aggression
L	1	aggressive
L	1	aggressively
L	5	agile
L	5	aging
L	5	agings
L	4	agius
L	4	agnieszka
L	1	ago
L	5	agonize
L	5	agonized
L	5	agonizes
L	5	agonizing
L	5	agonze
L	5	agonzed
L	5	agonzes
L	5	agonzing
L	1	agree
L	5	agreeable
L	1	agreed
L	1	agreeing
L	2	agreement
L	1	agreements
L	1	agrees
L	2	agricultural
L	3	agriculture
L	5	ah
L	5	aha
L	1	ahead
L	5	ahem
L	5	ahh
L	4	ahmad
L	4	ahmed
L	5	ahoy
L	4	ahronoth
L	4	ai
L	1	aid
L	1	aide
L	1	aided
L	1	aides
L	2	aiding
L	4	aids
L	1	ailing
L	1	aim
L	1	aimed
L	1	aiming
L	1	aims
L	1	ain't
L	2	air
L	1	airborne
L	4	airbus
L	1	aircraft
L	1	aired
L	4	aires
L	5	airing
L	1	airliner
L	3	airlines
L	1	airplane
L	1	airport
L	1	airports
L	5	airs
L	1	airspace
L	4	airways
L	4	ajax
L	4	ajhs
L	5	aka
L	4	akam
L	4	akashi
L	3	akbar
L	4	akbel
L	4	aki
L	1	akin
L	4	akram
L	4	akron
L	2	al
L	1	al-kabariti
L	2	al-qaeda
L	1	al-qaida
L	4	ala
L	4	alabama
L	4	alain
L	4	alami
L	4	alan
L	2	alarm
L	5	alarmed
L	5	alarming
L	1	alarms
L	5	alas
L	4	alaska
L	4	alba
L	4	albania
L	4	albanian
L	4	albanians
L	1	albeit
L	4	albert
L	4	alberta
L	4	alberto
L	4	albion
L	3	alcohol
L	5	alcoholic
L	4	alec
L	4	alejandro
L	4	aleksander
L	4	aleksandra
L	3	alert
L	1	alerted
L	5	alerts
L	4	alesi
L	4	alessandro
L	4	alex
L	4	alexander
L	4	alexandra
L	4	alexandre
L	4	alexandria
L	4	alexandrou
L	4	alexei
L	4	alfred
L	5	alfredo
L	5	alfredoes
L	5	alga
L	5	algae
L	4	algeria
L	4	algerian
L	4	algerians
L	4	algiers
L	4	ali
L	1	alien
L	1	alienate
L	2	aliens
L	1	alight
L	5	alighted
L	5	alighter
L	5	alightest
L	5	alighting
L	5	alights
L	5	align
L	5	aligned
L	5	aligning
L	5	aligns
L	1	alike
L	4	alistair
L	4	aliuska
L	1	alive
L	5	alkaline
L	4	alkmaar
L	2	all
L	1	all-rounder
L	4	allah
L	4	allan
L	1	allegation
L	1	allegations
L	1	allege
L	1	alleged
L	1	allegedly
L	1	alleges
L	1	alleging
L	4	allen
L	4	allenby
L	5	allergies
L	5	allergy
L	2	alliance
L	2	allied
L	1	allies
L	4	alloa
L	1	allocated
L	1	allocation
L	5	allot
L	5	allots
L	1	allotted
L	5	allotting
L	1	allow
L	1	allowed
L	1	allowing
L	1	allows
L	1	alloy
L	5	allude
L	5	alluded
L	5	alludes
L	5	alluding
L	5	alluring
L	5	alluringing
L	5	allurings
L	4	ally
L	5	alma
L	5	almas
L	4	almere
L	3	almighty
L	1	almost
L	1	alone
L	1	along
L	1	alongside
L	5	aloof
L	1	already
L	5	alright
L	1	also
L	1	altar
L	1	alter
L	1	altered
L	2	altering
L	1	alternate
L	1	alternative
L	1	alternatives
L	5	alters
L	1	although
L	1	altogether
L	1	aluminum
L	5	alumna
L	5	alumnae
L	5	alumni
L	5	alumnus
L	4	alvi
L	1	always
L	1	am
L	5	amalgamate
L	5	amalgamated
L	5	amalgamates
L	5	amalgamating
L	4	amana
L	4	amanda
L	5	amaze
L	1	amazed
L	5	amazes
L	1	amazing
L	4	amazon
L	4	amazon.com
L	2	ambassador
L	4	ambellas
L	1	ambiguous
L	1	ambitions
L	5	amen
L	1	amenable
L	1	amend
L	1	amended
L	3	amendment
L	1	amends
L	4	america
L	4	american
L	4	american-style
L	4	americans
L	4	ames
L	4	amica
L	1	amid
L	1	amidst
L	1	amiss
L	4	amman
L	2	ammo
L	1	ammunition
L	1	amnesty
L	1	among
L	1	amongst
L	4	amoris
L	2	amount
L	1	amounted
L	1	amounts
L	1	ample
L	1	amplify
L	4	amr
L	4	amsterdam
L	4	amtrak
L	5	amuse
L	5	amused
L	1	amusement
L	5	amuses
L	5	amusing
L	4	amy
L	2	an
L	1	analogy
L	5	analyse
L	5	analysed
L	5	analyses
L	5	analysing
L	1	analysis
L	1	analyst
L	1	analysts
L	1	anarchist
L	5	anarchists
L	1	ancestor
L	1	ancestors
L	1	anchor
L	1	anchored
L	5	anchoring
L	5	anchors
L	1	ancient
L	2	and
L	4	anders
L	4	anderson
L	4	andersson
L	4	anderton
L	4	andre
L	4	andrea
L	4	andreas
L	4	andrei
L	4	andrew
L	4	andria
L	4	andy
L	5	anecdote
L	5	anecdotes
L	4	angel
L	4	angeles
L	4	angelo
L	4	angels
L	4	angelus
L	1	anger
L	1	angered
L	5	angering
L	5	angers
L	4	angola
L	4	angolan
L	5	angrier
L	5	angriest
L	1	angry
L	1	animal
L	1	animals
L	5	animate
L	5	animated
L	5	animates
L	5	animating
L	5	animator
L	5	animators
L	5	anise
L	4	anita
L	4	ankara
L	4	anke
L	1	ankle
L	4	ann
L	4	anna
L	4	annabel
L	4	anne
L	5	anneal
L	5	annealing
L	5	anneals
L	4	annett
L	1	annihilated
L	1	annihilation
L	1	anniversary
L	1	announce
L	1	announced
L	2	announcement
L	5	announcer
L	5	announcers
L	1	announces
L	1	announcing
L	5	annoy
L	5	annoyed
L	5	annoying
L	5	annoys
L	1	annual
L	5	annul
L	1	annulled
L	1	annulment
L	5	annuls
L	5	anomalies
L	5	anomaly
L	1	anonymity
L	1	anonymous
L	1	anonymously
L	1	another
L	1	answer
L	1	answered
L	1	answering
L	1	answers
L	5	antarctic
L	5	antarctics
L	5	antenna
L	5	antennae
L	4	anthony
L	1	anti-american
L	1	anti-bds
L	1	anti-catholic
L	1	anti-communist
L	2	anti-crime
L	4	anti-defamation
L	1	anti-israel
L	1	anti-jewish
L	1	anti-jihadist
L	1	anti-migrant
L	1	anti-muslim
L	1	anti-semite
L	1	anti-semites
L	1	anti-semitic
L	1	anti-semitism
L	1	anti-trump
L	1	anti-war
L	1	antibiotics
L	5	anticipate
L	1	anticipated
L	5	anticipates
L	5	anticipating
L	1	anticipation
L	1	antics
L	5	antidote
L	5	antidotes
L	5	antiquated
L	5	antique
L	4	antoine
L	4	anton
L	4	antonio
L	5	antsy
L	4	antwerp
L	4	anwar
L	1	anxieties
L	1	anxiety
L	1	anxious
L	1	any
L	4	anyang
L	5	anybodies
L	1	anybody
L	1	anymore
L	1	anyone
L	1	anything
L	1	anytime
L	1	anyway
L	1	anywhere
L	4	aoki
L	4	ap
L	4	apache
L	1	apart
L	1	apartheid
L	1	apartheid-era
L	1	apartment
L	1	apiece
L	1	apologised
L	1	apologists
L	1	apologize
L	1	apologized
L	1	apology
L	1	apostasy
L	2	apostle
L	4	apostles
L	3	apostolic
L	4	apostolicae
L	5	appalled
L	5	appalling
L	1	apparatus
L	1	apparent
L	1	apparently
L	5	apparition
L	5	apparitions
L	1	appeal
L	1	appealed
L	1	appealing
L	3	appeals
L	1	appear
L	1	appearance
L	1	appearances
L	1	appeared
L	1	appearing
L	1	appears
L	5	appease
L	5	appeased
L	1	appeasement
L	5	appeases
L	2	appeasing
L	5	appendices
L	5	appendix
L	5	appetite
L	5	appetites
L	5	appetizing
L	1	applaud
L	1	applause
L	1	application
L	1	applications
L	1	applied
L	1	applies
L	1	apply
L	1	applying
L	1	appoint
L	1	appointed
L	1	appointee
L	1	appointing
L	2	appointment
L	1	appointments
L	1	appoints
L	5	appraise
L	5	appraised
L	5	appraises
L	5	appraising
L	1	appreciate
L	1	appreciated
L	5	appreciates
L	5	appreciating
L	1	appreciation
L	2	apprehended
L	5	apprentice
L	5	apprentices
L	1	approach
L	1	approached
L	1	approaches
L	1	approaching
L	5	approachings
L	1	appropriate
L	1	appropriately
L	1	approval
L	1	approve
L	1	approved
L	1	approves
L	1	approving
L	5	approximate
L	5	approximated
L	1	approximately
L	5	approximater
L	5	approximates
L	5	approximatest
L	5	approximating
L	4	apr
L	4	april
L	5	apropos
L	4	apt
L	4	aquinas
L	4	ar
L	4	ara
L	4	arab
L	4	arabia
L	4	arabian
L	4	arabic
L	1	arable
L	4	arabs
L	4	arafat
L	4	arantxa
L	4	aravinda
L	4	arazi
L	4	arbenz
L	5	arbitrary
L	4	arbroath
L	3	arc
L	4	arch
L	1	arch-rivals
L	4	archbishop
L	5	archbishops
L	3	archdiocesan
L	3	archdiocese
L	5	arched
L	4	archer
L	5	arches
L	5	arching
L	1	architect
L	5	architected
L	5	architecting
L	5	architects
L	5	archival
L	1	archive
L	5	archived
L	3	archives
L	5	archiving
L	4	arctic
L	5	arctics
L	1	are
L	2	area
L	1	areas
L	1	aren't
L	4	arendt
L	4	argentina
L	4	argentine
L	5	argh
L	1	arguable
L	1	arguably
L	1	argue
L	1	argued
L	1	argues
L	1	arguing
L	5	arguings
L	1	argument
L	1	arguments
L	4	arianna
L	1	arise
L	5	arisen
L	1	arises
L	1	arising
L	5	aristocrat
L	5	aristocrats
L	5	arithmetic
L	4	arizona
L	4	arjuna
L	1	arm
L	2	armed
L	4	armenia
L	2	arming
L	4	arminia
L	1	armor-piercing
L	5	armour
L	1	armoured
L	5	armouring
L	5	armours
L	1	arms
L	4	armstrong
L	2	army
L	4	arnhem
L	4	arnold
L	1	arose
L	1	around
L	5	arouse
L	5	aroused
L	5	arouses
L	5	arousing
L	1	arrange
L	1	arranged
L	1	arrangement
L	1	arrangements
L	5	arranges
L	5	arranging
L	1	array
L	5	arrays
L	1	arrest
L	1	arrested
L	1	arresting
L	1	arrests
L	1	arrival
L	2	arrivals
L	1	arrive
L	1	arrived
L	1	arrives
L	1	arriving
L	5	arrogant
L	4	arrows
L	4	ars
L	4	arsenal
L	1	arsenals
L	5	arsenic
L	1	arson
L	4	art
L	1	arthritis
L	4	arthur
L	1	article
L	1	articles
L	5	articulate
L	5	articulated
L	5	articulater
L	5	articulates
L	5	articulatest
L	5	articulating
L	1	artificial
L	1	artillery
L	5	artisan
L	5	artisans
L	1	artist
L	5	artists
L	3	arts
L	5	artsy
L	4	artur
L	4	arum
L	2	as
L	4	asa
L	4	asanka
L	5	ascent
L	5	ascents
L	5	ashen
L	4	ashley
L	4	ashrawi
L	4	asia
L	4	asian
L	1	aside
L	4	asif
L	2	ask
L	1	asked
L	4	askia
L	1	asking
L	1	asks
L	4	aslan
L	1	asleep
L	1	aspect
L	1	aspects
L	5	aspire
L	5	aspired
L	5	aspires
L	5	aspirin
L	5	aspiring
L	4	assad
L	5	assail
L	5	assailed
L	5	assailing
L	5	assails
L	4	assange
L	1	assassinate
L	2	assassinated
L	1	assassination
L	1	assault
L	1	assaulted
L	1	assaulting
L	1	assemble
L	1	assembled
L	5	assembles
L	1	assemblies
L	5	assembling
L	2	assembly
L	5	assert
L	1	asserted
L	1	asserting
L	1	assertion
L	1	assertions
L	1	asserts
L	5	assess
L	1	assessed
L	5	assesses
L	5	assessing
L	1	assessment
L	3	asset
L	2	assets
L	5	assign
L	1	assigned
L	5	assigning
L	1	assignment
L	1	assignments
L	1	assigns
L	1	assist
L	2	assistance
L	2	assistant
L	5	assistants
L	1	assisted
L	1	assisting
L	5	assists
L	1	associate
L	2	associated
L	4	associates
L	5	associating
L	3	association
L	1	assume
L	1	assumed
L	5	assumes
L	1	assuming
L	5	assumings
L	1	assumption
L	3	assurance
L	1	assurances
L	1	assure
L	1	assured
L	5	assures
L	5	assuring
L	1	asteroid
L	4	aston
L	5	astonish
L	1	astonished
L	5	astonishes
L	1	astonishing
L	5	astound
L	5	astounded
L	5	astounding
L	5	astounds
L	5	astronaut
L	5	astronauts
L	1	astronomer
L	5	astronomers
L	1	astronomical
L	4	astros
L	5	astute
L	1	asylum
L	2	at
L	4	ata-ur-rehman
L	4	atagi
L	1	ate
L	4	atfp
L	4	athanasius
L	4	athens
L	4	atherton
L	5	athiest
L	5	athiests
L	1	athlete
L	1	athletes
L	3	athletics
L	4	atlanta
L	4	atlantic
L	4	atletico
L	1	atmosphere
L	4	ato
L	4	atomic
L	1	atonement
L	5	atop
L	4	atp
L	1	atrocities
L	1	atrocity
L	5	attach
L	1	attache
L	1	attached
L	5	attaches
L	1	attaching
L	1	attachments
L	1	attack
L	1	attacked
L	1	attacker
L	1	attackers
L	1	attacking
L	1	attacks
L	5	attain
L	5	attained
L	5	attaining
L	5	attains
L	1	attempt
L	1	attempted
L	1	attempting
L	1	attempts
L	1	attend
L	1	attendance
L	5	attendant
L	1	attendants
L	1	attended
L	1	attending
L	1	attention
L	5	attest
L	5	attested
L	5	attesting
L	5	attests
L	5	attic
L	5	attics
L	1	attitude
L	1	attorney
L	1	attorneys
L	5	attosecond
L	5	attoseconds
L	1	attract
L	1	attracted
L	1	attracting
L	5	attractings
L	1	attractive
L	1	attracts
L	1	attributable
L	1	attributed
L	4	auckland
L	2	auction
L	1	auctioned
L	5	auctioning
L	1	auctions
L	5	aud
L	1	audience
L	1	audio
L	1	auditory
L	4	aug
L	1	augment
L	5	augmented
L	5	augmenting
L	5	augments
L	4	august
L	5	aunt
L	5	auntie
L	5	aunties
L	5	aunts
L	5	austere
L	1	austerity
L	4	australia
L	4	australian
L	4	australians
L	4	austria
L	4	austrian
L	2	authentic
L	1	author
L	1	authored
L	1	authoritarian
L	1	authorities
L	3	authority
L	1	authorization
L	5	authorize
L	1	authorized
L	5	authorizes
L	5	authorizing
L	1	authors
L	1	autobiography
L	5	autocrat
L	5	autocrats
L	5	autoimmune
L	5	automate
L	1	automated
L	5	automates
L	1	automatic
L	1	automatically
L	5	automating
L	1	automation
L	1	autonomous
L	1	autonomy
L	5	autopsies
L	2	autopsy
L	1	autumn
L	4	auxerre
L	2	auxiliary
L	1	avail
L	1	available
L	4	avenatti
L	1	avenged
L	1	average
L	1	averages
L	5	avert
L	1	averted
L	5	averting
L	5	averts
L	2	aviation
L	4	avila
L	4	aviv
L	5	avocado
L	5	avocados
L	1	avoid
L	1	avoided
L	1	avoiding
L	5	avoids
L	1	avowed
L	5	avril
L	5	await
L	5	awaited
L	1	awaiting
L	5	awaits
L	1	awake
L	5	awaken
L	4	awami
L	4	awan
L	4	awans
L	1	award
L	1	awarded
L	5	awarding
L	5	awards
L	1	aware
L	1	awareness
L	1	away
L	5	awesome
L	5	awesomer
L	5	awesomest
L	5	awhile
L	5	awkward
L	5	awoken
L	1	awry
L	5	axes
L	5	axis
L	4	axworthy
L	4	ayatollah
L	1	ayatollahs
L	5	ayatullah
L	5	ayatullahs
L	5	aye
L	4	aynaoui
L	4	ayr
L	4	ayres
L	4	az
L	4	azad
L	4	azerbaijan
L	4	azharuddin
L	2	b
L	1	b-1
L	1	b-4
L	4	b.
L	4	baath
L	1	babies
L	2	baby
L	5	babysat
L	5	babysit
L	5	babysits
L	5	babysitting
L	5	babysittings
L	4	bachirou
L	5	bacilli
L	1	bacillus
L	1	back
L	1	back-to-back
L	1	backbencher
L	1	backbone
L	1	backed
L	1	backers
L	5	backfire
L	5	backfired
L	5	backfires
L	5	backfiring
L	1	background
L	1	backing
L	5	backings
L	1	backlash
L	1	backs
L	5	backward
L	1	backwards
L	4	bacon
L	1	bacteria
L	1	bacterial
L	1	bad
L	1	badly
L	1	badminton
L	4	baeron
L	5	baffle
L	5	baffled
L	5	baffles
L	1	baffling
L	1	bag
L	1	baggage
L	4	baghdad
L	1	bags
L	5	bah
L	4	bahia
L	4	bahrain
L	1	baht
L	5	bail
L	5	bailed
L	4	bailey
L	5	bailing
L	1	bails
L	5	bake
L	1	baked
L	4	baker
L	5	bakers
L	2	bakery
L	5	bakes
L	5	baking
L	5	bakings
L	4	bakker
L	2	balance
L	1	balanced
L	1	balances
L	5	balancing
L	5	bald
L	5	balder
L	5	baldest
L	4	baldisseri
L	1	bales
L	4	balfour
L	4	balkan
L	4	balkans
L	2	ball
L	4	ballanger
L	4	ballesteros
L	1	ballistic
L	1	balloon
L	1	ballot
L	1	balloting
L	1	ballots
L	1	balls
L	4	baltic
L	4	baltimore
L	5	bam
L	2	ban
L	1	band
L	5	banded
L	5	banding
L	1	bands
L	1	bang
L	5	banged
L	5	banging
L	4	bangkok
L	4	bangladesh
L	4	bangladeshi
L	5	bangs
L	4	banharn
L	3	bank
L	5	banked
L	1	banker
L	1	bankers
L	2	banking
L	5	bankings
L	1	bankrupt
L	1	bankruptcy
L	5	bankrupted
L	5	bankrupter
L	5	bankruptest
L	5	bankrupting
L	5	bankrupts
L	1	banks
L	5	bankses
L	1	banned
L	1	banning
L	1	bans
L	3	baptism
L	4	baptist
L	1	bar
L	4	barack
L	4	barbara
L	1	barbed
L	1	barbed-wire
L	5	barber
L	5	barbers
L	4	barcelona
L	4	bare
L	1	barely
L	1	bargain
L	5	bargained
L	5	bargaining
L	5	bargains
L	1	barge
L	5	barged
L	1	barges
L	5	barging
L	5	bark
L	5	barked
L	5	barking
L	5	barks
L	2	barley
L	4	barnet
L	4	barnsley
L	1	baron
L	5	baroness
L	5	baronesses
L	5	barons
L	5	barracks
L	1	barrage
L	1	barred
L	1	barrel
L	1	barrels
L	5	barren
L	4	barrichello
L	5	barrier
L	1	barriers
L	1	barring
L	4	barros
L	4	barry
L	1	bars
L	1	bartender
L	5	bartenders
L	4	bartoli
L	4	barzani
L	2	base
L	3	baseball
L	1	based
L	1	baseline
L	1	baseman
L	1	basement
L	1	bases
L	1	bases-loaded
L	5	bash
L	4	bashar
L	5	bashed
L	5	bashes
L	5	bashing
L	2	basic
L	1	basically
L	5	basing
L	1	basis
L	3	basketball
L	4	basque
L	5	bass
L	4	bastia
L	4	basuki
L	2	bat
L	1	batches
L	5	bathe
L	5	bathed
L	5	bathes
L	5	bathing
L	1	bathroom
L	4	batistuta
L	1	batons
L	1	bats
L	1	batsman
L	1	batter
L	1	battered
L	5	battering
L	1	batters
L	1	battery
L	1	batting
L	4	battista
L	2	battle
L	1	battled
L	1	battles
L	1	battling
L	5	battlings
L	4	baudone
L	5	bawdier
L	5	bawdiest
L	5	bawdy
L	3	bay
L	4	bayer
L	4	bayern
L	4	bbc
L	1	bbl
L	5	bbps
L	3	bc
L	4	bds
L	1	be
L	2	beach
L	3	beacon
L	5	bean
L	5	beans
L	1	bear
L	1	bearing
L	5	bears
L	2	beast
L	1	beat
L	5	beatboxer
L	5	beatboxers
L	1	beaten
L	1	beating
L	1	beats
L	5	beau
L	3	beautiful
L	1	beauty
L	5	beaux
L	1	became
L	4	becanovic
L	1	because
L	1	become
L	1	becomes
L	1	becoming
L	1	bed
L	4	bedie
L	1	beef
L	1	beefed
L	5	beefing
L	5	beefs
L	1	been
L	1	beer
L	1	before
L	1	beforehand
L	5	befriend
L	1	befriended
L	5	befriending
L	5	befriends
L	1	beg
L	1	began
L	5	begged
L	1	begging
L	1	begin
L	1	beginning
L	5	beginnings
L	1	begins
L	5	begs
L	5	beguile
L	5	beguiled
L	5	beguiles
L	5	beguiling
L	4	begum
L	1	begun
L	1	behalf
L	1	behave
L	1	behaved
L	5	behaves
L	5	behaving
L	1	behavior
L	1	behaviour
L	5	behead
L	1	beheaded
L	1	beheading
L	1	beheads
L	5	beheld
L	1	behind
L	3	behold
L	5	beholding
L	5	beholds
L	4	beijing
L	1	being
L	1	beings
L	5	beingses
L	4	beirut
L	4	belarus
L	5	belated
L	4	belchatow
L	4	belgian
L	4	belgium
L	4	belgrade
L	1	belief
L	1	beliefs
L	1	believe
L	1	believed
L	1	believer
L	1	believers
L	1	believes
L	1	believing
L	5	belittle
L	5	belittled
L	5	belittles
L	5	belittling
L	4	bell
L	5	bella
L	5	bellies
L	1	belligerent
L	3	bells
L	5	belly
L	1	belong
L	1	belonged
L	1	belonging
L	1	belongings
L	1	belongs
L	5	beloved
L	1	below
L	3	belt
L	1	belted
L	5	belting
L	5	belts
L	4	beltway
L	4	ben
L	4	benazir
L	3	bench
L	1	benchmark
L	1	bend
L	5	bending
L	5	bends
L	1	beneath
L	4	benedict
L	4	benedictine
L	5	benedicts
L	1	benefactors
L	1	beneficial
L	1	beneficiary
L	1	benefit
L	5	benefited
L	5	benefiting
L	1	benefits
L	4	benelux
L	4	benetton
L	1	benevolent
L	4	benfica
L	5	benign
L	4	benin
L	4	benjamin
L	1	bent
L	5	bequeath
L	5	bequeathed
L	5	bequeathing
L	5	bequeaths
L	4	berasategui
L	5	berg
L	4	bergen
L	4	berger
L	4	bergoglian
L	4	bergoglio
L	5	bergs
L	4	berkrot
L	4	berkshire
L	4	berlin
L	4	bernard
L	4	bernd
L	4	bernhard
L	4	bernie
L	4	bernstein
L	4	berri
L	4	bertone
L	4	berwick
L	5	beside
L	1	besides
L	2	best
L	5	bestow
L	5	bestowed
L	5	bestowing
L	5	bestows
L	5	bests
L	5	bestselling
L	1	bet
L	4	betar
L	5	betray
L	1	betrayal
L	1	betrayed
L	5	betraying
L	5	betrays
L	5	bets
L	1	better
L	5	betting
L	5	bettings
L	1	between
L	4	bevan
L	5	beware
L	5	bewilder
L	5	bewildered
L	5	bewildering
L	5	bewilders
L	5	bewitch
L	5	bewitched
L	5	bewitches
L	5	bewitching
L	1	beyond
L	4	bhutto
L	2	bias
L	1	biased
L	1	biases
L	5	biasing
L	3	bible
L	3	biblical
L	1	biblically
L	5	bicyclist
L	5	bicyclists
L	1	bid
L	5	bidding
L	5	bide
L	4	biden
L	5	bides
L	5	biding
L	1	bids
L	4	bielefeld
L	4	bierhoff
L	5	biffed
L	5	biffing
L	1	big
L	1	bigger
L	1	biggest
L	1	bigoted
L	1	bigotry
L	5	bigtime
L	1	bike
L	5	biked
L	5	bikes
L	5	biking
L	4	bikoro
L	1	bilateral
L	3	bill
L	5	billiards
L	1	billion
L	1	billions
L	5	billionth
L	5	billionths
L	2	bills
L	4	billy
L	1	bin
L	1	bind
L	1	binding
L	5	binds
L	4	bioethics
L	1	biography
L	3	biological
L	5	biopic
L	5	biopics
L	5	biopsies
L	5	biopsy
L	5	biopsying
L	1	bipartisan
L	4	birch
L	4	birendra
L	4	birmingham
L	1	birth
L	2	birthday
L	2	bishop
L	4	bishops
L	5	bison
L	4	bistrita
L	1	bit
L	5	bitch
L	5	bitched
L	5	bitches
L	5	bitching
L	5	bitchings
L	5	bitcoin
L	5	bitcoins
L	1	bite
L	1	bites
L	5	biting
L	5	bitings
L	5	bits
L	5	bitten
L	1	bitter
L	5	bitterest
L	5	bitting
L	1	bizarre
L	4	bjorkman
L	4	bjorn
L	2	black
L	4	blackburn
L	5	blacked
L	5	blacker
L	5	blackest
L	5	blacking
L	1	blackmail
L	4	blackpool
L	3	blacks
L	4	blair
L	4	blakey
L	1	blame
L	1	blamed
L	1	blames
L	1	blaming
L	4	blanco
L	5	bland
L	5	blander
L	5	blandest
L	2	blank
L	1	blanked
L	5	blanking
L	1	blanks
L	4	blase
L	4	blasey
L	1	blasphemy
L	1	blast
L	1	blasted
L	1	blasting
L	1	blasts
L	2	blatant
L	1	blatantly
L	1	blaze
L	5	blazed
L	1	blazing
L	5	bled
L	5	bleed
L	1	bleeding
L	5	bleeds
L	5	blemish
L	5	blemishes
L	5	blend
L	5	blended
L	5	blending
L	5	blends
L	1	bless
L	1	blessed
L	1	blesses
L	1	blessing
L	1	blessings
L	1	blew
L	4	blijlevens
L	3	blind
L	5	blinded
L	5	blinding
L	5	blink
L	5	blinked
L	5	blinking
L	5	blinks
L	5	blithe
L	5	blitz
L	5	blitzed
L	5	blitzes
L	5	blitzing
L	1	bln
L	5	bloat
L	5	bloated
L	5	bloating
L	5	bloatings
L	5	bloats
L	2	block
L	1	blocked
L	1	blocking
L	1	blocks
L	1	blog
L	5	blogger
L	1	bloggers
L	5	blond
L	5	blonder
L	5	blondest
L	1	blood
L	5	bloodier
L	5	bloodiest
L	1	bloody
L	4	bloomberg
L	5	blossomed
L	5	blossoming
L	1	blow
L	1	blowback
L	5	blowing
L	1	blown
L	5	blows
L	4	bls
L	3	blue
L	1	blueprint
L	1	blueprints
L	5	bluer
L	5	bluest
L	1	blunt
L	5	blunted
L	5	blunter
L	5	bluntest
L	5	blunting
L	1	bluntly
L	5	blunts
L	5	blur
L	5	blurred
L	5	blurring
L	5	blurs
L	5	blurt
L	1	blurted
L	5	blurting
L	5	blurts
L	4	bnp
L	5	bo
L	2	board
L	5	boarded
L	1	boarding
L	4	boardman
L	2	boards
L	5	boast
L	5	boasted
L	5	boasting
L	1	boasts
L	1	boat
L	5	boated
L	1	boating
L	5	boatings
L	1	boatman
L	1	boats
L	4	bob
L	5	bobbed
L	5	bobbing
L	4	bobby
L	4	bobic
L	4	boca
L	4	bochum
L	4	bode
L	1	bodies
L	1	bodily
L	1	body
L	4	boeing
L	4	boer
L	4	boetsch
L	5	bog
L	5	bogged
L	5	boggle
L	5	boggled
L	5	boggles
L	5	boggling
L	4	bogota
L	4	bogra
L	5	bogs
L	1	bogus
L	4	bohdan
L	5	bohemian
L	4	bohemians
L	5	boil
L	5	boiled
L	5	boiling
L	5	boils
L	4	boj
L	4	bold
L	5	bolder
L	5	boldest
L	5	boldface
L	4	boldon
L	4	bolger
L	1	bolster
L	5	bolstered
L	5	bolstering
L	5	bolsters
L	4	bolton
L	1	bomb
L	1	bombard
L	1	bombarded
L	5	bombarding
L	5	bombards
L	4	bombay
L	1	bombed
L	1	bombers
L	1	bombing
L	1	bombings
L	1	bombs
L	2	bombshell
L	1	bona
L	5	bonafide
L	2	bond
L	1	bonded
L	5	bonding
L	2	bonds
L	1	bone
L	5	boned
L	1	bones
L	4	boniface
L	4	bonilla
L	5	boning
L	4	bonn
L	3	bonnet
L	1	bonus
L	5	boo
L	4	boogert
L	5	boogeyman
L	5	boogeymans
L	2	book
L	1	booked
L	4	booker
L	1	booking
L	5	bookings
L	5	bookkeep
L	5	bookkeeping
L	5	bookkeepings
L	5	bookkeeps
L	5	bookkept
L	1	books
L	5	boom
L	5	boomed
L	5	booming
L	1	booms
L	1	boost
L	1	boosted
L	1	boosting
L	5	boosts
L	1	boot
L	5	booting
L	1	boots
L	5	booya
L	4	bordeaux
L	1	border
L	5	bordered
L	1	bordering
L	1	borders
L	1	bore
L	5	bored
L	5	bores
L	5	boring
L	4	boris
L	1	born
L	4	borough
L	5	boroughs
L	4	borrego
L	5	borrow
L	5	borrowed
L	1	borrowing
L	5	borrows
L	4	borussia
L	5	bos
L	4	bosnia
L	4	bosnian
L	4	bosnians
L	1	boss
L	5	bossed
L	1	bosses
L	5	bossing
L	4	boston
L	4	botafogo
L	1	botched
L	1	both
L	4	botha
L	4	botham
L	1	bother
L	1	bothered
L	5	bothering
L	5	bothers
L	4	botswana
L	1	bottle
L	5	bottled
L	5	bottles
L	5	bottling
L	1	bottom
L	5	bottoms
L	4	boudreau
L	1	bought
L	1	bounce
L	1	bounced
L	5	bounces
L	5	bouncier
L	5	bounciest
L	1	bouncing
L	5	bouncy
L	1	bound
L	1	boundaries
L	2	boundary
L	5	bourgeois
L	5	bourgeoises
L	4	bourlet
L	4	bournemouth
L	1	bourse
L	1	bourses
L	5	bout
L	4	boutros
L	4	boutros-ghali
L	3	bovine
L	1	bowed
L	1	bowing
L	4	bowl
L	1	bowled
L	1	bowler
L	1	bowling
L	5	bowls
L	1	box
L	5	boxed
L	1	boxes
L	5	boxing
L	2	boy
L	1	boycott
L	1	boycotted
L	1	boycotting
L	5	boycotts
L	5	boyfriend
L	5	boyfriends
L	3	boys
L	1	bpd
L	4	brad
L	4	bradford
L	4	brady
L	4	braga
L	4	bragantino
L	1	brags
L	1	brain
L	1	brain-wasting
L	1	brains
L	1	brake
L	1	brakes
L	5	braking
L	1	branch
L	5	branched
L	5	branches
L	5	branching
L	1	brand
L	1	branded
L	4	brandes
L	4	brandi
L	5	brandies
L	1	branding
L	5	brandings
L	5	brands
L	5	brandy
L	4	brann
L	5	brash
L	5	brasher
L	5	brashest
L	4	brasilia
L	4	bratislava
L	1	brave
L	5	braver
L	4	braves
L	5	bravest
L	5	bravo
L	1	brawl
L	4	braz
L	1	brazen
L	1	brazenly
L	4	brazil
L	4	brazilian
L	1	breach
L	5	breached
L	1	breaches
L	1	breaching
L	1	bread
L	1	breadth
L	1	break
L	1	breakaway
L	1	breakdown
L	1	breaker
L	2	breakfast
L	5	breakfasts
L	1	breaking
L	1	breaks
L	1	breakthrough
L	5	breakthroughs
L	1	breast
L	5	breastfeed
L	5	breastfeeding
L	5	breastfeeds
L	1	breath
L	5	breathe
L	5	breathed
L	1	breathes
L	1	breathing
L	5	breathings
L	5	breathtake
L	5	breathtakes
L	5	breathtaking
L	5	breathtook
L	4	brechin
L	1	bred
L	4	breda
L	5	breed
L	1	breeders
L	5	breeding
L	5	breeds
L	4	breitbart
L	4	bremen
L	4	brenda
L	4	brennan
L	4	brent
L	4	brentford
L	1	brethren
L	4	brett
L	4	brewers
L	4	brian
L	1	bribe
L	5	bribed
L	2	bribery
L	1	bribes
L	5	bribing
L	1	brick
L	5	bricklayer
L	5	bricklayers
L	5	bricks
L	2	bride
L	5	brides
L	3	bridge
L	5	bridged
L	5	bridges
L	5	bridging
L	1	brief
L	1	briefed
L	1	briefing
L	1	briefings
L	1	briefly
L	1	briefs
L	3	brigade
L	5	brigadier
L	5	brigadiers
L	2	bright
L	5	brighten
L	5	brightened
L	5	brightening
L	5	brightens
L	1	brighter
L	5	brightest
L	4	brighton
L	4	brigita
L	1	brilliant
L	5	brillianter
L	5	brilliantest
L	1	brilliantly
L	1	bring
L	1	bringing
L	1	brings
L	4	brisbane
L	5	brisk
L	4	bristol
L	4	britain
L	4	british
L	4	british-based
L	4	briton
L	5	bro
L	1	broad
L	1	broadcast
L	4	broadcasting
L	5	broadcastings
L	5	broadcasts
L	4	broaddrick
L	5	broaden
L	5	broadened
L	5	broadening
L	5	broadens
L	1	broader
L	5	broadest
L	4	broadhurst
L	1	broke
L	1	broken
L	1	broker
L	1	brokerage
L	1	brokered
L	1	brokers
L	4	bromwich
L	1	bronze
L	5	brook
L	4	brooke
L	4	brooks
L	5	bros
L	2	brother
L	4	brotherhood
L	3	brothers
L	1	brought
L	4	broward
L	4	brown
L	5	browner
L	5	brownest
L	5	brr
L	4	bruce
L	4	brugge
L	4	bruguera
L	5	bruise
L	1	bruised
L	1	bruises
L	5	bruising
L	4	brundle
L	4	bruno
L	4	brush
L	1	brushed
L	5	brushes
L	5	brushing
L	4	brussels
L	1	brutal
L	1	brutality
L	5	brute
L	5	brutes
L	4	bryant
L	4	bse
L	5	btw
L	5	bubble
L	5	bubbled
L	5	bubbles
L	5	bubbling
L	2	bubonic
L	4	buchanan
L	4	bucharest
L	5	bucked
L	5	bucking
L	5	buckle
L	5	buckled
L	5	buckles
L	5	buckling
L	5	bud
L	4	budapest
L	4	buddhist
L	5	buddhists
L	5	budding
L	5	buded
L	1	budget
L	1	budgeted
L	5	budgeting
L	5	budgetings
L	5	budgets
L	5	buds
L	4	buenos
L	5	buff
L	5	buffer
L	5	buffered
L	5	buffering
L	5	buffers
L	5	buffest
L	1	buggy
L	4	bugnini
L	4	buhner
L	1	build
L	5	builder
L	1	builders
L	2	building
L	1	buildings
L	1	builds
L	1	built
L	4	bukovec
L	4	bulgaria
L	4	bulgarian
L	1	bulk
L	5	bulked
L	5	bulking
L	5	bulks
L	4	bulldogs
L	1	bullet
L	1	bullets
L	5	bullied
L	5	bullies
L	1	bullish
L	5	bully
L	1	bullying
L	5	bullyings
L	1	bump
L	1	bumped
L	5	bumping
L	5	bumps
L	4	bunce
L	4	bundesliga
L	5	bundle
L	5	bundled
L	5	bundles
L	5	bundling
L	4	bundy
L	5	bunnies
L	5	bunny
L	5	bunting
L	1	burden
L	5	burdened
L	5	burdening
L	5	burdens
L	3	bureau
L	1	bureaucracy
L	1	bureaucratic
L	1	bureaucrats
L	1	burger
L	5	burglar
L	5	burglaries
L	1	burglars
L	1	burglary
L	4	burhanuddin
L	1	burial
L	5	burials
L	1	buried
L	5	buries
L	4	burillo
L	4	burke
L	5	burlier
L	5	burliest
L	5	burly
L	1	burn
L	1	burned
L	2	burning
L	4	burnley
L	5	burns
L	3	burnt
L	5	burp
L	5	burped
L	5	burping
L	5	burpings
L	5	burps
L	1	burst
L	5	bursting
L	5	bursts
L	4	burundi
L	4	bury
L	5	burying
L	1	bus
L	1	buses
L	2	bush
L	1	bushel
L	2	bushes
L	1	bushmeat
L	5	busier
L	1	busiest
L	1	busily
L	2	business
L	1	businesses
L	1	businessman
L	5	businessmans
L	5	businessperson
L	5	businesspersons
L	5	businesswoman
L	5	businesswomans
L	5	bust
L	5	busted
L	5	busting
L	5	bustle
L	5	bustled
L	5	bustles
L	5	bustling
L	5	busts
L	1	busy
L	1	but
L	4	butch
L	5	butcher
L	5	butchered
L	5	butchering
L	5	butchers
L	5	butt
L	5	butter
L	5	butterflies
L	5	butterfly
L	4	buttiglione
L	5	butts
L	1	buy
L	1	buyer
L	1	buyers
L	1	buying
L	1	buys
L	5	buzz
L	5	buzzed
L	5	buzzes
L	5	buzzing
L	1	by
L	1	bye
L	1	bypass
L	5	bypassed
L	5	bypasses
L	5	bypassing
L	4	byron
L	5	byte
L	5	bytes
L	2	c
L	4	c$
L	4	c.
L	4	c.c
L	1	ca
L	1	cabal
L	2	cabinet
L	1	cable
L	3	cables
L	4	cac-40
L	5	cacti
L	5	cactus
L	5	cad
L	5	cadet
L	5	cadets
L	4	caen
L	4	cage
L	5	caged
L	5	cageier
L	5	cageiest
L	1	cages
L	5	cagey
L	5	caging
L	4	cagliari
L	5	cahier
L	5	cahiers
L	4	cain
L	4	cair
L	4	cairns
L	4	cairo
L	1	cake
L	5	caked
L	1	cakes
L	5	caking
L	4	cal
L	5	calculate
L	1	calculated
L	5	calculates
L	5	calculating
L	4	calcutta
L	1	calendar
L	1	calf
L	1	caliber
L	4	calif.
L	4	california
L	1	caliph
L	2	caliphate
L	2	call
L	1	called
L	4	callens
L	3	caller
L	1	calligraphy
L	1	calling
L	1	calls
L	1	calm
L	1	calmed
L	1	calmer
L	5	calmest
L	1	calming
L	5	calms
L	5	calorie
L	5	calories
L	4	caltex
L	1	calumny
L	4	cam
L	4	cambodia
L	4	cambridge
L	1	came
L	1	camera
L	1	cameras
L	4	cameroon
L	1	camouflage
L	1	camp
L	1	campaign
L	1	campaigned
L	1	campaigners
L	1	campaigning
L	1	campaigns
L	4	campana
L	4	campbell
L	5	camped
L	1	camping
L	5	campings
L	4	campos
L	1	camps
L	1	campus
L	1	campuses
L	5	cams
L	1	can
L	2	can't
L	4	canada
L	4	canadian
L	1	canal
L	5	canals
L	4	canaries
L	5	canary
L	4	canberra
L	1	cancel
L	1	canceled
L	1	cancellation
L	1	cancelled
L	1	cancelling
L	5	cancels
L	1	cancer
L	4	candace
L	1	candid
L	1	candidacy
L	1	candidate
L	1	candidates
L	1	cane
L	5	canes
L	4	canizares
L	1	cannabis
L	4	cannes
L	5	cannibal
L	5	cannibals
L	1	cannon
L	1	cannons
L	1	cannot
L	1	canoe
L	5	canoeing
L	5	canoes
L	2	canon
L	4	canonica
L	1	canonical
L	1	canonically
L	4	canterbury
L	5	canton
L	1	cantonal
L	1	cantons
L	4	cao
L	2	cap
L	1	capabilities
L	1	capability
L	1	capable
L	1	capacities
L	1	capacity
L	4	cape
L	4	capiot
L	2	capital
L	1	capitalisation
L	5	capitals
L	3	capitol
L	1	capped
L	5	capping
L	3	caps
L	1	captain
L	5	captains
L	5	captivate
L	1	captivated
L	5	captivates
L	5	captivating
L	1	captivity
L	1	capture
L	1	captured
L	5	captures
L	1	capturing
L	1	car
L	4	caracas
L	5	carat
L	5	carats
L	2	caravan
L	1	caravans
L	4	carballo
L	5	carbohydrate
L	5	carbohydrates
L	4	carbonell
L	1	card
L	5	carded
L	5	cardiac
L	4	cardiff
L	3	cardinal
L	4	cardinals
L	5	carding
L	4	cardoso
L	1	cards
L	2	care
L	5	cared
L	5	careen
L	5	careened
L	5	careening
L	5	careens
L	2	career
L	1	careers
L	1	careful
L	1	carefully
L	1	careless
L	5	carer
L	5	carers
L	1	cares
L	5	caretaker
L	5	caretakers
L	2	cargo
L	1	cargoes
L	4	caribbean
L	1	caring
L	4	carl
L	4	carl-uwe
L	4	carling
L	4	carlo
L	4	carlos
L	4	carlsen
L	4	carlson
L	4	carlsson
L	1	carmaker
L	4	carmel
L	4	carmelite
L	4	carmelites
L	4	carol
L	4	carolina
L	1	carpenter
L	5	carpenters
L	4	carretero
L	1	carried
L	1	carrier
L	1	carriers
L	1	carries
L	1	carry
L	1	carrying
L	1	cars
L	4	carter
L	5	carve
L	1	carved
L	5	carves
L	5	carving
L	5	carvings
L	1	case
L	1	cases
L	2	cash
L	5	cashed
L	5	cashes
L	5	cashier
L	5	cashiers
L	5	cashing
L	3	casino
L	2	cast
L	4	castilla
L	1	casting
L	5	castings
L	3	castle
L	4	castleford
L	4	castro
L	5	casts
L	1	casualties
L	4	catalan
L	5	catalog
L	5	catalogged
L	5	cataloging
L	5	catalogs
L	1	catalogue
L	1	catastrophe
L	1	catastrophic
L	1	catch
L	1	catcher
L	1	catches
L	5	catching
L	3	catechism
L	1	categorically
L	1	category
L	1	cater
L	5	catered
L	5	catering
L	5	caterings
L	5	caterpillar
L	5	caterpillars
L	5	caters
L	1	cathedral
L	5	cathedrals
L	4	catholic
L	4	catholicism
L	4	catholics
L	4	cathy
L	1	cattle
L	3	caucus
L	5	caucuses
L	1	caught
L	5	caulk
L	5	caulked
L	5	caulking
L	5	caulks
L	2	cause
L	1	caused
L	1	causes
L	1	causing
L	5	caution
L	5	cautioned
L	5	cautioning
L	5	cautions
L	1	cautious
L	1	cave
L	5	caved
L	4	caveglia
L	1	caves
L	5	caving
L	4	cbc
L	4	cbot
L	4	cbp
L	4	cbs
L	4	cdf
L	4	cea
L	1	cease
L	1	ceased
L	1	ceasefire
L	5	ceases
L	1	ceasing
L	4	cecil
L	4	cedric
L	1	ceiling
L	5	ceilings
L	4	cejka
L	5	celcius
L	5	celebate
L	1	celebrate
L	1	celebrated
L	1	celebrates
L	2	celebrating
L	5	celebratings
L	1	celebration
L	5	celebrities
L	1	celebrity
L	1	celibacy
L	1	celibate
L	4	celica
L	1	cell
L	5	cellar
L	5	cellars
L	1	cells
L	4	celsius
L	4	celtic
L	2	cement
L	1	censor
L	1	censorship
L	1	census
L	1	cent
L	3	center
L	1	centered
L	5	centering
L	1	centerpiece
L	2	centers
L	5	centigram
L	5	centigrams
L	5	centiliter
L	5	centiliters
L	5	centimeter
L	5	centimeters
L	2	central
L	5	centralize
L	5	centralized
L	5	centralizes
L	5	centralizing
L	2	centre
L	1	centred
L	1	centres
L	5	centring
L	1	centrist
L	1	cents
L	1	centuries
L	1	century
L	4	ceo
L	5	ceos
L	5	cereal
L	1	cereals
L	1	ceremonies
L	1	ceremony
L	1	certain
L	1	certainly
L	1	certainty
L	1	certificate
L	1	certificates
L	5	certified
L	5	certifies
L	5	certify
L	5	certifying
L	1	certitude
L	4	cesar
L	4	cesena
L	4	cevaer
L	1	cf
L	4	cfius
L	4	cfo
L	5	cfos
L	4	chad
L	1	chain
L	1	chained
L	5	chaining
L	1	chains
L	3	chair
L	1	chaired
L	5	chairing
L	2	chairman
L	5	chairmans
L	5	chairs
L	5	chairwoman
L	5	chairwomans
L	2	challenge
L	1	challenged
L	1	challenger
L	1	challenges
L	1	challenging
L	2	chamber
L	2	chambers
L	5	chamberses
L	4	chaminda
L	4	chamorro
L	1	champion
L	5	championed
L	5	championing
L	2	champions
L	2	championship
L	2	championships
L	4	chan
L	1	chance
L	3	chancellor
L	5	chancellors
L	1	chances
L	5	chandelier
L	5	chandeliers
L	4	chandra
L	4	chang
L	2	change
L	1	changed
L	1	changes
L	1	changing
L	4	channel
L	1	channelled
L	5	channelling
L	1	channels
L	1	chant
L	5	chanted
L	1	chanting
L	5	chantings
L	5	chants
L	1	chaos
L	5	chaplain
L	5	chaplains
L	4	chapman
L	2	chapter
L	4	chaput
L	1	character
L	5	characteristic
L	5	characteristics
L	1	characterized
L	5	characters
L	1	charade
L	1	charge
L	1	charged
L	1	charges
L	1	charging
L	2	charism
L	5	charities
L	3	charity
L	4	charleroi
L	4	charles
L	4	charleston
L	4	charlton
L	5	charm
L	5	charmed
L	4	charming
L	5	charms
L	3	chart
L	5	charted
L	2	charter
L	5	charting
L	5	charts
L	3	chase
L	5	chased
L	1	chasing
L	1	chaste
L	1	chat
L	5	chateau
L	5	chateaux
L	5	chats
L	5	chatted
L	5	chatting
L	5	chattings
L	5	chauffeur
L	5	chauffeured
L	5	chauffeuring
L	5	chauffeurs
L	4	chavez
L	1	cheap
L	1	cheaper
L	5	cheapest
L	5	cheat
L	5	cheated
L	1	cheating
L	5	cheats
L	4	chechen
L	4	chechens
L	4	chechnya
L	1	check
L	1	check-in
L	1	checked
L	1	checking
L	1	checks
L	1	cheer
L	5	cheered
L	5	cheering
L	5	cheerings
L	5	cheerleader
L	5	cheerleaders
L	1	cheers
L	1	cheery
L	1	cheese
L	5	cheesier
L	5	cheesiest
L	5	cheesy
L	5	chef
L	5	chefs
L	4	chelsea
L	2	chemical
L	4	chemlon
L	4	chen
L	5	cheque
L	1	cheques
L	5	cherish
L	5	cherished
L	5	cherishes
L	5	cherishing
L	4	chernomyrdin
L	1	chest
L	4	chester-le-street
L	4	chesterfield
L	5	chew
L	5	chewed
L	5	chewing
L	5	chews
L	5	chewy
L	5	chez
L	4	chi
L	4	chicago
L	1	chicken
L	5	chickens
L	2	chief
L	1	chief-of-staff
L	1	chiefs
L	2	child
L	2	childhood
L	2	children
L	4	chile
L	4	chilean
L	4	chili
L	5	chill
L	5	chilled
L	5	chillier
L	5	chilliest
L	5	chilling
L	5	chills
L	5	chilly
L	1	chimpanzees
L	5	chin
L	4	china
L	4	chinese
L	5	chins
L	5	chintzy
L	4	chiodi
L	1	chip
L	1	chipping
L	1	chips
L	5	chirp
L	5	chirped
L	5	chirping
L	5	chirps
L	5	chocolate
L	5	chocolates
L	1	choice
L	1	choices
L	1	cholera
L	4	chonan
L	4	chonbuk
L	4	chong
L	4	chonnam
L	1	choose
L	1	chooses
L	1	choosing
L	1	chop
L	5	chopped
L	1	choppers
L	5	chopping
L	5	chops
L	4	chorzow
L	1	chose
L	1	chosen
L	4	chris
L	4	christ
L	4	christchurch
L	4	christendom
L	4	christi
L	4	christian
L	4	christianity
L	4	christians
L	4	christie
L	4	christine
L	4	christmas
L	4	christophe
L	4	christopher
L	2	chronic
L	5	chrysanthemum
L	5	chrysanthemums
L	4	chuck
L	5	chucked
L	5	chucking
L	5	chum
L	5	chums
L	4	chur
L	2	church
L	2	churches
L	4	cia
L	4	ciller
L	4	cincinnati
L	5	circa
L	1	circle
L	5	circled
L	1	circles
L	5	circling
L	3	circuit
L	1	circulate
L	1	circulated
L	1	circulating
L	1	circulation
L	5	circumspect
L	1	circumstances
L	1	circumstantial
L	5	circumvent
L	5	circumvented
L	5	circumventing
L	5	circumvents
L	1	circus
L	5	circuses
L	4	cis
L	1	cite
L	1	cited
L	2	cites
L	1	cities
L	1	citing
L	1	citizen
L	1	citizens
L	5	citizenses
L	4	citterio
L	2	city
L	2	civic
L	5	civics
L	2	civil
L	1	civilian
L	1	civilians
L	1	civilization
L	1	civilized
L	1	civilly
L	1	claim
L	1	claimed
L	1	claiming
L	1	claims
L	5	clap
L	5	clapped
L	4	clapper
L	5	clapping
L	5	clappings
L	5	claps
L	4	clarence
L	1	clarification
L	1	clarified
L	1	clarify
L	1	clarity
L	4	clark
L	1	clash
L	1	clashed
L	1	clashes
L	1	class
L	1	classes
L	3	classic
L	5	classics
L	1	classified
L	5	classifies
L	5	classify
L	5	classifying
L	1	classmate
L	4	claus
L	1	clause
L	4	clavet
L	5	claw
L	5	clawed
L	1	clawing
L	5	claws
L	4	claydon
L	4	clayton
L	2	clean
L	5	cleaned
L	5	cleaner
L	5	cleaners
L	5	cleanest
L	1	cleaning
L	5	cleanings
L	5	cleans
L	5	cleanse
L	1	cleansed
L	5	cleanses
L	1	cleansing
L	1	clear
L	1	clear-eyed
L	1	clearance
L	1	cleared
L	1	clearer
L	5	clearest
L	1	clearing
L	5	clearings
L	1	clearly
L	1	clears
L	1	clemency
L	5	clergies
L	1	clergy
L	1	cleric
L	1	clerical
L	1	clerics
L	1	clerk
L	5	clerks
L	4	cleveland
L	5	clever
L	5	cleverer
L	5	cleverest
L	1	click
L	5	clicked
L	5	clicking
L	5	clicks
L	1	client
L	1	clients
L	1	cliff
L	5	cliffs
L	1	climate
L	1	climb
L	1	climbed
L	1	climbing
L	5	climbings
L	1	climbs
L	1	clinch
L	1	clinched
L	5	cling
L	5	clinging
L	5	clings
L	5	clinic
L	3	clinical
L	5	clinics
L	4	clinton
L	4	clintons
L	1	clip
L	5	clipping
L	1	clips
L	1	clock
L	1	clocked
L	5	clockwise
L	1	cloistered
L	5	clone
L	5	cloned
L	5	clones
L	5	cloning
L	5	clonings
L	1	close
L	1	closed
L	1	closely
L	1	closer
L	1	closes
L	1	closest
L	1	closing
L	1	closures
L	1	clot
L	1	cloth
L	1	clothes
L	1	clothing
L	5	clothings
L	5	cloths
L	1	cloud
L	5	clouded
L	5	cloudier
L	5	cloudiest
L	5	clouding
L	1	clouds
L	1	cloudy
L	1	clown
L	5	clowns
L	2	club
L	5	clubbed
L	5	clubbing
L	5	clubbings
L	1	clubs
L	5	clung
L	2	cluster
L	5	clutter
L	5	cluttered
L	5	cluttering
L	5	clutters
L	4	clyde
L	4	clydebank
L	1	cm
L	5	cm2
L	5	cm3
L	4	cme
L	5	cmon
L	5	cm²
L	5	cm³
L	4	cnn
L	5	cny
L	4	co
L	1	co-founder
L	1	coach
L	1	coached
L	1	coaches
L	1	coaching
L	5	coachings
L	3	coal
L	5	coalesce
L	5	coalesced
L	5	coalesces
L	5	coalescing
L	2	coalition
L	5	coarse
L	5	coarser
L	5	coarsest
L	3	coast
L	1	coastal
L	2	coat
L	1	coated
L	5	coating
L	5	coatings
L	5	coats
L	4	coccopalmerio
L	4	coceres
L	1	cocktail
L	4	cocu
L	3	code
L	5	coded
L	5	codes
L	5	coding
L	5	codings
L	4	cody
L	5	coefficient
L	5	coefficients
L	1	coerce
L	1	coerced
L	5	coerces
L	5	coercing
L	5	coercive
L	4	coers
L	4	coetzer
L	5	coexist
L	5	coexisted
L	1	coexistence
L	5	coexisting
L	5	coexists
L	1	coffee
L	5	cogent
L	1	cognitive
L	5	cognizant
L	5	cohabit
L	5	cohabited
L	5	cohabiting
L	5	cohabits
L	1	cohesion
L	5	coin
L	1	coincide
L	1	coincided
L	1	coincidence
L	5	coincides
L	5	coinciding
L	5	coined
L	5	coining
L	1	coins
L	5	coke
L	5	cokes
L	4	col
L	4	colchester
L	1	cold
L	5	colder
L	5	coldest
L	5	colic
L	5	colics
L	4	colin
L	1	collaborate
L	1	collaborated
L	1	collaboration
L	1	collaborator
L	1	collaborators
L	1	collapse
L	1	collapsed
L	5	collapses
L	5	collapsing
L	1	collar
L	5	collars
L	1	collateral
L	1	colleague
L	1	colleagues
L	1	collect
L	1	collected
L	1	collecting
L	5	collectings
L	1	collection
L	1	collections
L	1	collective
L	1	collectively
L	5	collects
L	2	college
L	1	colleges
L	5	collide
L	1	collided
L	1	collides
L	5	colliding
L	4	collin
L	4	collinelli
L	4	collingwood
L	4	collins
L	1	collision
L	4	collstrop
L	5	collude
L	1	colluded
L	5	colludes
L	5	colluding
L	2	collusion
L	4	colo
L	4	cologne
L	4	colombia
L	4	colombian
L	4	colombo
L	2	colon
L	3	colonel
L	5	colonels
L	1	colonial
L	1	colonies
L	4	colonna
L	1	colony
L	1	color
L	4	colorado
L	5	colored
L	5	coloring
L	5	coloringing
L	5	colorings
L	5	colors
L	5	colossal
L	1	colour
L	1	coloured
L	5	colouring
L	1	colours
L	4	coltart
L	4	columbia
L	4	columbus
L	1	column
L	1	columnist
L	5	columnists
L	5	comatose
L	1	combat
L	1	combatants
L	5	combating
L	5	combats
L	5	combatted
L	1	combination
L	5	combine
L	1	combined
L	1	combines
L	5	combining
L	5	combust
L	5	combusted
L	5	combusting
L	5	combusts
L	1	come
L	1	comeback
L	2	comedian
L	1	comedians
L	1	comedy
L	1	comes
L	2	comet
L	4	comex
L	4	comey
L	4	comfort
L	1	comfortable
L	5	comforted
L	5	comforting
L	5	comforts
L	1	comic
L	1	comics
L	1	coming
L	2	command
L	1	commanded
L	2	commander
L	1	commanders
L	1	commanding
L	4	commandment
L	3	commandments
L	1	commandos
L	1	commands
L	5	commence
L	5	commenced
L	5	commences
L	5	commencing
L	5	commensurate
L	1	comment
L	1	commentary
L	1	commentator
L	1	commentators
L	1	commented
L	5	commenter
L	5	commenters
L	5	commenting
L	1	comments
L	3	commerce
L	2	commercial
L	5	commercials
L	3	commission
L	1	commissioned
L	3	commissioner
L	5	commissioners
L	1	commit
L	1	commitment
L	1	commitments
L	1	commits
L	1	committed
L	2	committee
L	1	committees
L	1	committing
L	3	commodities
L	2	commodity
L	1	common
L	5	commoner
L	5	commonest
L	1	commonly
L	4	commonwealth
L	1	communicate
L	1	communicated
L	5	communicates
L	5	communicating
L	5	communicatings
L	1	communication
L	2	communications
L	3	communion
L	5	communique
L	5	communiques
L	1	communism
L	2	communist
L	1	communists
L	1	communities
L	2	community
L	5	commute
L	1	commuted
L	5	commutes
L	5	commuting
L	2	companies
L	4	companion
L	1	companions
L	2	company
L	1	comparative
L	1	compare
L	1	compared
L	1	compares
L	2	comparing
L	1	comparison
L	1	compartment
L	1	compassion
L	5	compassionate
L	1	compatible
L	1	compatriot
L	5	compel
L	5	compelled
L	5	compelling
L	5	compels
L	1	compensation
L	1	compete
L	1	competed
L	1	competence
L	5	competes
L	1	competing
L	1	competition
L	1	competitive
L	1	competitors
L	1	compile
L	1	compiled
L	5	compiles
L	1	compiling
L	1	complain
L	1	complained
L	1	complaining
L	5	complainings
L	5	complains
L	1	complaint
L	1	complaints
L	1	complement
L	5	complemented
L	5	complementing
L	1	complements
L	1	complete
L	1	completed
L	1	completely
L	5	completer
L	1	completes
L	5	completest
L	5	completing
L	1	complex
L	5	complexes
L	1	compliance
L	5	complicate
L	1	complicated
L	5	complicates
L	5	complicating
L	1	complicit
L	1	complicity
L	1	complied
L	5	complies
L	1	comply
L	1	complying
L	1	component
L	1	components
L	5	compose
L	1	composed
L	1	composer
L	5	composers
L	5	composes
L	5	composing
L	5	composings
L	1	compound
L	5	compounded
L	5	compounding
L	5	compounds
L	3	comprehensive
L	1	compromise
L	1	compromised
L	5	compromises
L	1	compromising
L	1	compulsory
L	2	computer
L	1	computers
L	5	comrade
L	5	comrades
L	1	con
L	4	conakry
L	5	concave
L	1	conceal
L	1	concealed
L	5	concealing
L	5	conceals
L	1	conceded
L	5	conceited
L	1	conceive
L	5	conceived
L	5	conceives
L	5	conceiving
L	1	concentrate
L	1	concentrated
L	5	concentrates
L	1	concentrating
L	1	concentration
L	1	concept
L	1	concern
L	1	concerned
L	1	concerning
L	1	concerns
L	1	concert
L	2	concertgoers
L	1	concertina
L	1	concession
L	1	concessions
L	4	conchita
L	2	conciliar
L	5	concise
L	2	conclave
L	1	conclude
L	1	concluded
L	1	concludes
L	1	concluding
L	1	conclusion
L	1	conclusions
L	1	conclusive
L	1	concocted
L	1	concrete
L	5	concretes
L	5	concur
L	5	concurred
L	5	concurring
L	5	concurs
L	1	condemn
L	1	condemnation
L	1	condemnations
L	1	condemned
L	1	condemning
L	1	condemns
L	5	condense
L	5	condensed
L	5	condenses
L	5	condensing
L	5	condescending
L	1	condition
L	1	conditional
L	2	conditions
L	1	condone
L	5	condoned
L	5	condones
L	1	condoning
L	1	conducive
L	1	conduct
L	1	conducted
L	1	conducting
L	5	conductings
L	1	conducts
L	4	confederation
L	2	conference
L	1	conferences
L	1	confess
L	1	confessed
L	5	confesses
L	1	confessing
L	2	confession
L	5	confidant
L	5	confidante
L	5	confidantes
L	5	confidants
L	5	confide
L	5	confided
L	1	confidence
L	1	confident
L	1	confidential
L	5	confides
L	5	confiding
L	5	configure
L	5	configured
L	5	configures
L	5	configuring
L	1	confined
L	1	confinement
L	1	confirm
L	1	confirmation
L	1	confirmed
L	1	confirming
L	1	confirms
L	1	confiscate
L	1	confiscated
L	2	confiscation
L	1	conflict
L	1	conflicted
L	1	conflicting
L	1	conflicts
L	5	conform
L	5	conformed
L	5	conforming
L	1	conformity
L	5	conforms
L	1	confront
L	1	confrontation
L	1	confronted
L	1	confronting
L	5	confronts
L	5	confuse
L	1	confused
L	5	confuses
L	1	confusing
L	1	confusion
L	2	conglomerate
L	5	conglomerated
L	5	conglomerates
L	5	conglomerating
L	4	congo
L	1	congratulations
L	3	congregation
L	3	congress
L	1	congressional
L	4	congressman
L	5	congressmans
L	1	congressmen
L	1	congresswoman
L	5	congresswomans
L	5	congruent
L	5	conjoint
L	5	conjugal
L	5	conjugate
L	5	conjugated
L	5	conjugater
L	5	conjugates
L	5	conjugatest
L	5	conjugating
L	1	conjunction
L	5	conjure
L	5	conjured
L	5	conjures
L	5	conjuring
L	1	connect
L	1	connected
L	4	connecticut
L	1	connection
L	1	connections
L	5	connote
L	5	connoted
L	5	connotes
L	5	connoting
L	1	conquer
L	1	conquered
L	1	conquering
L	5	conquers
L	1	conquest
L	1	conquests
L	2	conscience
L	1	conscious
L	5	conscript
L	5	conscripted
L	5	conscripting
L	5	conscripts
L	2	consecrated
L	1	consecutive
L	1	consensus
L	1	consent
L	5	consented
L	5	consenting
L	5	consents
L	1	consequence
L	1	consequences
L	5	consequent
L	2	conservation
L	1	conservatism
L	2	conservative
L	2	conservatives
L	5	conservatories
L	5	conservatory
L	5	conserve
L	5	conserved
L	5	conserves
L	5	conserving
L	1	consider
L	1	considerable
L	1	consideration
L	1	considerations
L	1	considered
L	1	considering
L	1	considers
L	5	consist
L	5	consisted
L	1	consistent
L	1	consistently
L	5	consisting
L	1	consists
L	1	consolation
L	1	consolidate
L	2	consolidated
L	5	consolidates
L	1	consolidating
L	3	consortio
L	1	consortium
L	4	consortiumnews.com
L	1	conspiracy
L	5	conspire
L	1	conspired
L	5	conspires
L	1	conspiring
L	5	constable
L	5	constables
L	1	constant
L	1	constantly
L	5	constituent
L	1	constituents
L	1	constitute
L	1	constituted
L	1	constitutes
L	5	constituting
L	1	constitution
L	4	constitution.com
L	2	constitutional
L	4	constitutionalist
L	1	constitutionally
L	4	constitutions
L	5	constrain
L	5	constrained
L	5	constraining
L	5	constrains
L	5	construct
L	5	constructed
L	1	constructing
L	5	constructings
L	2	construction
L	5	constructs
L	2	consulate
L	1	consulates
L	1	consult
L	1	consultant
L	2	consultants
L	1	consultations
L	1	consulted
L	1	consulting
L	5	consultings
L	5	consults
L	5	consume
L	1	consumed
L	2	consumer
L	1	consumers
L	5	consumes
L	5	consuming
L	1	consummate
L	5	consummated
L	5	consummater
L	5	consummates
L	5	consummatest
L	5	consummating
L	1	consumption
L	1	contact
L	1	contacted
L	5	contacting
L	1	contacts
L	1	contagious
L	1	contain
L	1	contained
L	1	container
L	1	containing
L	1	containment
L	1	contains
L	1	contaminated
L	4	conte
L	2	contemplative
L	5	contemporaries
L	5	contemporary
L	1	contempt
L	1	contend
L	1	contended
L	5	contender
L	1	contenders
L	1	contending
L	2	content
L	1	contention
L	1	contentious
L	1	contents
L	1	contest
L	1	contested
L	1	contests
L	1	context
L	1	continence
L	3	continent
L	3	continental
L	1	contingency
L	1	continually
L	1	continue
L	1	continued
L	1	continues
L	1	continuing
L	1	continuity
L	1	continuous
L	1	continuously
L	2	contract
L	1	contracted
L	1	contracts
L	1	contradict
L	1	contradicted
L	1	contradicting
L	1	contradiction
L	1	contradictions
L	1	contradictory
L	2	contradicts
L	1	contrary
L	1	contrast
L	5	contrasted
L	5	contrasting
L	5	contrasts
L	1	contribute
L	1	contributed
L	5	contributes
L	1	contributing
L	1	contribution
L	1	contributions
L	5	contributor
L	5	contributors
L	5	contrite
L	2	control
L	1	controlled
L	5	controller
L	1	controllers
L	1	controlling
L	1	controls
L	1	controversial
L	1	controversies
L	1	controversy
L	1	convene
L	1	convened
L	5	convenes
L	1	conveniently
L	5	convening
L	2	convention
L	1	convents
L	5	converge
L	5	converged
L	1	convergence
L	5	converges
L	5	converging
L	2	conversation
L	1	conversations
L	1	conversion
L	1	convert
L	5	convertable
L	5	convertables
L	1	converted
L	1	converting
L	2	converts
L	5	convey
L	1	conveyed
L	1	conveying
L	5	conveys
L	1	convict
L	1	convicted
L	2	conviction
L	1	convictions
L	1	convince
L	1	convinced
L	5	convinces
L	1	convincing
L	5	convincings
L	4	cook
L	5	cooked
L	5	cookie
L	5	cookies
L	5	cooking
L	5	cookings
L	5	cooks
L	1	cool
L	5	cooled
L	1	cooler
L	5	coolest
L	5	cooling
L	5	cools
L	1	cooperate
L	1	cooperating
L	2	cooperation
L	3	cooperative
L	5	cooperatives
L	3	coordinate
L	2	coordinated
L	5	coordinates
L	5	coordinating
L	3	coordination
L	1	coordinator
L	5	coordinators
L	3	cop
L	1	cope
L	5	coped
L	5	copes
L	1	copied
L	5	copier
L	5	copiers
L	1	copies
L	5	coping
L	5	copings
L	2	copper
L	1	copy
L	5	copying
L	4	cor
L	5	coral
L	1	cords
L	1	core
L	5	cored
L	5	cores
L	4	corey
L	5	coring
L	4	corini
L	4	corinthians
L	4	coritiba
L	4	cork
L	4	corker
L	1	corn
L	1	corner
L	2	coroner
L	4	corp
L	4	corp.
L	5	corpora
L	5	corporal
L	5	corporals
L	1	corporate
L	3	corporation
L	3	corps
L	1	corpse
L	1	corpses
L	3	corpus
L	5	corral
L	5	corrals
L	1	correct
L	1	corrected
L	5	correcter
L	5	correctest
L	5	correcting
L	3	correctio
L	3	correction
L	1	correctly
L	1	correctness
L	1	corrects
L	1	correspond
L	5	corresponded
L	1	correspondence
L	2	correspondent
L	5	corresponding
L	1	corresponds
L	4	corretja
L	1	corridor
L	1	corroborate
L	1	corroborated
L	1	corroborating
L	1	corroboration
L	5	corrode
L	5	corroded
L	5	corrodes
L	5	corroding
L	1	corrupt
L	1	corrupted
L	5	corrupter
L	5	corruptest
L	5	corrupting
L	2	corruption
L	5	corrupts
L	4	corser
L	4	corsica
L	4	cory
L	4	cos
L	4	cosenza
L	1	cost
L	4	costa
L	4	costantino
L	4	costas
L	5	costing
L	5	costlier
L	5	costliest
L	1	costly
L	1	costs
L	1	cottage
L	5	cottages
L	4	cottey
L	1	cotton
L	1	cough
L	5	coughed
L	1	coughing
L	5	coughs
L	1	could
L	1	couldn't
L	5	coulomb
L	5	coulombs
L	4	coulthard
L	3	council
L	5	councillor
L	5	councillors
L	1	counsel
L	5	counselled
L	5	counselling
L	4	counsellor
L	1	counselor
L	1	counsels
L	1	count
L	1	counted
L	2	counter
L	5	counterclockwise
L	5	counterfeit
L	5	counterfeited
L	5	counterfeiter
L	5	counterfeiting
L	2	counterfeits
L	5	counterfeittest
L	1	counterintelligence
L	1	counterpart
L	1	counterparts
L	5	countess
L	5	countesses
L	1	counties
L	1	counting
L	1	countless
L	2	countries
L	2	country
L	1	counts
L	3	county
L	1	coup
L	1	couple
L	1	coupled
L	4	couples
L	5	coupling
L	3	coupon
L	1	coups
L	1	courage
L	1	courageous
L	4	courier
L	5	couriers
L	2	course
L	1	courses
L	2	court
L	5	courted
L	1	courtesy
L	5	courting
L	4	courtois
L	1	courtroom
L	1	courts
L	5	couscous
L	5	cousin
L	5	cousins
L	4	covenant
L	4	coventry
L	1	cover
L	2	cover-up
L	1	cover-ups
L	1	coverage
L	1	covered
L	1	covering
L	5	coverings
L	1	covers
L	1	covert
L	1	coverup
L	1	cow
L	5	cowabunga
L	4	cowan
L	1	cowardice
L	5	cowardlier
L	5	cowardliest
L	5	cowardly
L	5	cowboy
L	5	cowboys
L	4	cowdenbeath
L	1	cowed
L	5	coworker
L	5	coworkers
L	4	cox
L	5	coy
L	5	coyote
L	5	coyotes
L	5	coz
L	5	cozier
L	5	coziest
L	5	cozy
L	4	cpi
L	1	crack
L	1	crackdown
L	1	cracked
L	1	cracker
L	5	cracking
L	5	cracks
L	5	craft
L	1	crafted
L	5	crafting
L	5	craftings
L	5	crafts
L	5	crafty
L	4	craig
L	5	cramp
L	5	cramped
L	5	cramping
L	5	cramps
L	1	crash
L	1	crashed
L	1	crashes
L	1	crashing
L	5	crave
L	5	craved
L	5	craven
L	5	craves
L	5	craving
L	5	crawl
L	4	crawley
L	5	crawling
L	5	crawlings
L	5	crawls
L	5	crazed
L	1	crazies
L	1	crazy
L	1	create
L	2	created
L	5	creates
L	1	creating
L	3	creation
L	1	creative
L	4	creator
L	5	creators
L	1	creatures
L	1	credentials
L	1	credibility
L	1	credible
L	1	credibly
L	4	credico
L	2	credit
L	1	credited
L	5	crediting
L	1	credits
L	2	creed
L	5	creep
L	5	creeping
L	5	creeps
L	5	creepy
L	1	cremated
L	4	cremonese
L	5	crept
L	4	crescent
L	4	creutzfeldt-jakob
L	1	crew
L	4	crewe
L	1	crews
L	2	cricket
L	1	cried
L	1	cries
L	1	crime
L	1	crimes
L	2	criminal
L	1	criminality
L	1	criminally
L	1	criminals
L	5	cripple
L	1	crippled
L	5	cripples
L	1	crippling
L	5	crises
L	1	crisis
L	5	crisp
L	5	crisper
L	5	crispest
L	4	cristina
L	1	criteria
L	5	criterion
L	1	critic
L	1	critical
L	1	critically
L	1	criticised
L	1	criticising
L	1	criticism
L	1	criticisms
L	1	criticize
L	1	criticized
L	1	criticizing
L	1	critics
L	1	critique
L	4	croat
L	4	croatia
L	4	croatian
L	4	croft
L	1	crop
L	5	cropped
L	5	cropping
L	1	crops
L	2	cross
L	1	cross-border
L	1	crossed
L	1	crosses
L	1	crossing
L	5	crossings
L	1	crowd
L	1	crowded
L	5	crowding
L	1	crowds
L	4	crowley
L	2	crown
L	1	crucial
L	5	crucible
L	5	crucibles
L	1	crucified
L	1	crude
L	5	crudes
L	1	cruel
L	5	crueler
L	5	cruelest
L	3	cruise
L	1	cruised
L	5	crumble
L	1	crumbled
L	5	crumbles
L	5	crumbling
L	2	crusades
L	5	crush
L	1	crushed
L	5	crushes
L	1	crushing
L	3	crux
L	4	cruyff
L	4	cruz
L	3	cry
L	1	crying
L	5	cryings
L	1	cryptic
L	4	crystal
L	5	crystalline
L	5	crystals
L	4	cska
L	4	ctbt
L	4	cuba
L	4	cuban
L	4	cubans
L	5	cube
L	5	cubed
L	5	cubes
L	5	cubing
L	4	cubs
L	5	cuddlier
L	5	cuddliest
L	5	cuddly
L	5	cue
L	5	cued
L	5	cueing
L	5	cues
L	4	culhane
L	1	culminating
L	1	culmination
L	1	culprit
L	1	cult
L	5	cultivate
L	5	cultivated
L	5	cultivates
L	5	cultivating
L	3	cultural
L	1	culture
L	1	cultures
L	1	cultureshock
L	1	cunning
L	5	cunnings
L	3	cup
L	4	cupich
L	1	cups
L	5	curator
L	5	curators
L	1	curb
L	5	curbed
L	5	curbing
L	5	curbs
L	1	cure
L	1	cured
L	5	cures
L	3	curia
L	5	curing
L	1	curious
L	5	curl
L	1	curled
L	5	curlier
L	5	curliest
L	1	curling
L	5	curlings
L	5	curls
L	5	curly
L	5	curmudgeonly
L	4	curran
L	1	currency
L	1	current
L	1	currently
L	5	curricula
L	2	curriculum
L	1	curtail
L	5	curtailed
L	5	curtailing
L	5	curtails
L	4	curtis
L	1	curve
L	5	curved
L	5	curves
L	5	curving
L	1	cushion
L	1	custody
L	1	custom
L	1	customarily
L	1	customary
L	1	customer
L	1	customers
L	5	customize
L	5	customized
L	5	customizes
L	5	customizing
L	2	customs
L	1	cut
L	5	cute
L	5	cuter
L	5	cutest
L	5	cutesy
L	4	cuthbert
L	1	cuts
L	1	cutting
L	5	cuz
L	1	cwt
L	1	cybersecurity
L	1	cycle
L	5	cycled
L	1	cycles
L	1	cycling
L	5	cyclings
L	4	cyprus
L	4	czech
L	4	czestochowa
L	3	d
L	5	d'oh
L	4	d-calif
L	4	d.
L	4	d.a.
L	4	d.c
L	4	d.c.
L	1	da
L	5	dab
L	5	dabbed
L	5	dabbing
L	5	dabs
L	4	daca
L	5	dad
L	5	daddies
L	5	daddy
L	5	dads
L	4	dahl
L	4	daigle
L	2	daily
L	5	daisies
L	5	daisy
L	4	dakar
L	4	dakota
L	4	dallas
L	5	dam
L	1	damage
L	1	damaged
L	5	damages
L	1	damaging
L	4	damascus
L	4	damm
L	5	dammit
L	1	damn
L	1	damnation
L	1	damning
L	5	damnit
L	4	damon
L	1	damp
L	5	damped
L	5	dampen
L	5	dampened
L	5	dampening
L	5	dampens
L	5	damper
L	5	dampest
L	5	damping
L	5	damps
L	5	dams
L	4	dan
L	1	dance
L	5	danced
L	1	dancer
L	5	dancers
L	5	dances
L	1	dancing
L	5	dancings
L	5	dang
L	1	danger
L	1	dangerous
L	1	dangers
L	4	daniel
L	4	daniels
L	4	danish
L	4	danley
L	4	danneels
L	4	danny
L	5	dapper
L	4	darcy
L	1	dare
L	1	dared
L	5	daredevil
L	5	daredevils
L	5	dares
L	1	daring
L	4	dariusz
L	1	dark
L	5	darken
L	5	darkened
L	5	darkening
L	5	darkens
L	1	darkness
L	5	darks
L	5	darling
L	5	darlings
L	4	darlington
L	4	darren
L	5	dart
L	5	darted
L	5	darting
L	5	darts
L	5	dash
L	1	dashed
L	5	dashes
L	1	dashing
L	2	data
L	1	database
L	1	databases
L	2	date
L	2	dated
L	1	dates
L	1	dating
L	5	datings
L	1	daughter
L	3	daughters
L	5	daunt
L	5	daunted
L	5	daunting
L	5	daunts
L	4	dave
L	4	davenport
L	4	davey
L	4	david
L	4	davids
L	4	davidson
L	4	davies
L	4	davis
L	3	dawn
L	5	dawns
L	4	dax
L	2	day
L	1	day-night
L	1	daylight
L	1	days
L	4	dayton
L	5	daze
L	5	dazed
L	5	dazes
L	5	dazing
L	5	dazzle
L	5	dazzled
L	5	dazzles
L	1	dazzling
L	4	dc
L	2	de
L	5	deacon
L	5	deacons
L	2	dead
L	5	deader
L	5	deadest
L	5	deadlier
L	1	deadliest
L	1	deadline
L	1	deadlocked
L	1	deadly
L	1	deadpan
L	1	deaf
L	5	deafen
L	5	deafened
L	5	deafening
L	5	deafens
L	5	deafer
L	5	deafest
L	1	deal
L	1	dealer
L	2	dealers
L	1	dealing
L	1	dealings
L	1	deals
L	1	dealt
L	4	dean
L	5	deans
L	1	dear
L	5	dearer
L	3	dearest
L	1	death
L	5	deathbed
L	5	deathbeds
L	1	deaths
L	2	debacle
L	5	debark
L	5	debarked
L	5	debarking
L	5	debarks
L	1	debate
L	1	debated
L	5	debates
L	5	debating
L	5	debatings
L	4	debbah
L	4	debbie
L	5	debilitate
L	5	debilitated
L	5	debilitates
L	1	debilitating
L	4	deborah
L	5	debrief
L	5	debriefed
L	5	debriefing
L	5	debriefs
L	2	debris
L	1	debt
L	5	debug
L	5	debugged
L	5	debugging
L	5	debugs
L	1	debunk
L	1	debunked
L	5	debunking
L	5	debunks
L	1	debut
L	5	debuted
L	5	debuts
L	4	dec
L	1	decade
L	1	decades
L	1	decades-old
L	5	decal
L	5	decals
L	1	decay
L	5	decayed
L	5	decaying
L	5	decays
L	1	deceased
L	5	deceive
L	1	deceived
L	5	deceives
L	5	deceiving
L	4	december
L	5	decentralize
L	5	decentralized
L	5	decentralizes
L	5	decentralizing
L	1	deception
L	4	dechy
L	1	decide
L	1	decided
L	1	decides
L	1	deciding
L	5	decigram
L	5	decigrams
L	5	deciliter
L	5	deciliters
L	5	decimal
L	5	decimals
L	5	decimate
L	5	decimated
L	5	decimates
L	5	decimating
L	5	decimeter
L	5	decimeters
L	5	decipher
L	5	deciphered
L	5	deciphering
L	5	deciphers
L	1	decision
L	1	decisions
L	1	decisive
L	1	declaration
L	1	declarations
L	1	declare
L	1	declared
L	1	declares
L	1	declaring
L	1	declassification
L	1	declassified
L	1	declassify
L	1	decline
L	1	declined
L	1	declines
L	1	declining
L	5	decode
L	5	decoded
L	5	decodes
L	5	decoding
L	5	decommission
L	5	decommissioned
L	5	decommissioning
L	5	decommissions
L	5	decompose
L	1	decomposed
L	5	decomposes
L	5	decomposing
L	5	decorate
L	5	decorated
L	5	decorates
L	5	decorating
L	5	decoratings
L	5	decorator
L	5	decorators
L	5	decouple
L	5	decoupled
L	5	decouples
L	5	decoupling
L	1	decrease
L	5	decreased
L	5	decreases
L	5	decreasing
L	1	decree
L	5	decreed
L	5	decreeing
L	1	decrees
L	1	decried
L	5	decries
L	5	decry
L	5	decrying
L	5	decrypt
L	5	decrypted
L	5	decrypting
L	5	decrypts
L	1	dedicate
L	1	dedicated
L	5	dedicates
L	5	dedicating
L	5	deduct
L	1	deducted
L	5	deducting
L	5	deducts
L	1	deed
L	1	deeds
L	1	deemed
L	1	deep
L	5	deepen
L	5	deepened
L	5	deepening
L	5	deepens
L	1	deeper
L	5	deepest
L	1	deeply
L	5	deer
L	5	deface
L	5	defaced
L	5	defaces
L	5	defacing
L	1	defeat
L	1	defeated
L	1	defeating
L	1	defeats
L	1	defect
L	5	defected
L	5	defecting
L	1	defects
L	2	defence
L	5	defenceman
L	5	defencemans
L	2	defend
L	1	defendant
L	1	defendants
L	1	defended
L	1	defender
L	1	defenders
L	1	defending
L	1	defends
L	3	defense
L	1	defenseless
L	1	defensive
L	5	defer
L	1	deferential
L	5	deferral
L	5	deferrals
L	5	deferred
L	1	deferring
L	5	defers
L	1	defiance
L	5	defiant
L	1	deficit
L	1	deficits
L	1	defied
L	5	defies
L	5	define
L	1	defined
L	1	defines
L	1	defining
L	1	definite
L	1	definitely
L	2	definition
L	1	definitive
L	1	definitively
L	5	deform
L	1	deformed
L	5	deforming
L	5	deforms
L	5	defraud
L	5	defrauded
L	5	defrauds
L	1	defuse
L	1	defused
L	5	defuser
L	5	defuses
L	5	defusest
L	5	defusing
L	1	defy
L	1	defying
L	1	degenerate
L	5	degrade
L	5	degraded
L	5	degrades
L	1	degrading
L	1	degree
L	1	degrees
L	3	dei
L	5	deities
L	5	deity
L	5	deja
L	4	dejan
L	5	dejas
L	4	dekker
L	1	del
L	1	delay
L	1	delayed
L	1	delaying
L	1	delays
L	3	delegate
L	5	delegated
L	1	delegates
L	5	delegating
L	5	delegatings
L	1	delegation
L	1	deleted
L	4	delgado
L	4	delhi
L	1	deliberate
L	5	deliberated
L	1	deliberately
L	5	deliberater
L	5	deliberates
L	5	deliberatest
L	5	deliberating
L	1	delicate
L	1	delight
L	1	delighted
L	5	delightful
L	5	delighting
L	5	delights
L	5	delimit
L	5	delimited
L	5	delimiting
L	5	delimits
L	1	deliver
L	1	delivered
L	1	delivering
L	5	deliverings
L	1	delivers
L	1	delivery
L	4	dem
L	1	demand
L	1	demanded
L	1	demanding
L	1	demands
L	5	demean
L	5	demeaning
L	5	demeans
L	4	demilitarized
L	4	demirel
L	1	demise
L	3	democracies
L	2	democracy
L	4	democrat
L	3	democratic
L	1	democratically
L	4	democratize
L	4	democrats
L	1	demographic
L	5	demographics
L	5	demolish
L	1	demolished
L	5	demolishes
L	1	demolishing
L	1	demolition
L	1	demonize
L	2	demonizing
L	1	demonstrate
L	1	demonstrated
L	1	demonstrates
L	1	demonstrating
L	1	demonstration
L	1	demonstrations
L	1	demonstrators
L	5	demoralize
L	5	demoralized
L	5	demoralizes
L	5	demoralizing
L	1	demoted
L	4	dems
L	5	demure
L	2	den
L	5	denar
L	5	denars
L	1	denial
L	1	denials
L	1	denied
L	1	denies
L	5	denizen
L	5	denizens
L	4	denmark
L	4	dennis
L	4	denny
L	1	denote
L	5	denoted
L	1	denotes
L	5	denoting
L	1	denounce
L	1	denounced
L	1	denounces
L	1	denouncing
L	1	dense
L	5	denser
L	5	densest
L	1	denuclearization
L	1	deny
L	1	denying
L	1	depart
L	1	departed
L	5	departing
L	3	department
L	1	departments
L	1	departs
L	1	departure
L	1	departures
L	1	depend
L	1	dependence
L	1	dependent
L	1	depending
L	1	depends
L	5	depict
L	5	depicted
L	5	depicting
L	5	depicts
L	5	deplore
L	5	deplored
L	5	deplores
L	5	deploring
L	1	deploy
L	1	deployed
L	5	deploying
L	5	deploys
L	1	deport
L	2	deportation
L	1	deportations
L	1	deported
L	1	deporting
L	5	deports
L	1	deposed
L	1	deposit
L	5	deposited
L	5	depositing
L	1	deposition
L	1	deposits
L	1	depraved
L	1	depravity
L	1	depreciation
L	5	depress
L	1	depressed
L	5	depresses
L	5	depressing
L	1	deprived
L	1	depth
L	5	deputee
L	5	deputees
L	1	deputies
L	2	deputy
L	2	der
L	1	derail
L	1	derailed
L	5	derailing
L	1	derails
L	5	derange
L	1	deranged
L	5	deranges
L	5	deranging
L	4	derby
L	4	derbyshire
L	4	derek
L	5	derelict
L	1	derision
L	5	derivative
L	3	derivatives
L	5	derive
L	1	derived
L	1	derives
L	5	deriving
L	4	derrick
L	4	dershowitz
L	3	des
L	4	desantis
L	1	descendant
L	1	descendants
L	1	describe
L	1	described
L	1	describes
L	1	describing
L	1	description
L	1	desert
L	5	deserted
L	5	deserter
L	5	deserters
L	5	deserting
L	5	deserts
L	1	deserve
L	5	deserved
L	1	deserves
L	1	deserving
L	1	design
L	1	designated
L	1	designates
L	1	designed
L	1	designer
L	5	designers
L	5	designing
L	1	designs
L	1	desire
L	1	desired
L	1	desires
L	5	desiring
L	5	desist
L	5	desisted
L	5	desisting
L	5	desists
L	3	desk
L	4	desmond
L	1	desperate
L	1	desperately
L	1	despite
L	5	despondent
L	1	destined
L	1	destitute
L	1	destroy
L	1	destroyed
L	1	destroyer
L	2	destroying
L	1	destroys
L	1	destruction
L	1	destructive
L	5	desultory
L	5	detach
L	5	detached
L	5	detaches
L	5	detaching
L	1	detail
L	1	detailed
L	1	detailing
L	1	details
L	1	detain
L	1	detained
L	1	detainer
L	1	detect
L	1	detected
L	1	detection
L	1	detective
L	1	detectives
L	1	detention
L	1	deter
L	1	determination
L	1	determine
L	1	determined
L	5	determines
L	1	determining
L	1	deterrent
L	5	deterrents
L	1	detriment
L	4	detroit
L	4	deutsche
L	5	devastate
L	1	devastated
L	5	devastates
L	1	devastating
L	1	devastation
L	1	develop
L	1	developed
L	5	developer
L	1	developers
L	1	developing
L	5	developings
L	2	development
L	1	developments
L	1	develops
L	4	devereaux
L	4	devers
L	1	deviated
L	1	device
L	1	devices
L	2	devil
L	1	devils
L	5	devoid
L	5	devolve
L	5	devolved
L	5	devolves
L	5	devolving
L	1	devote
L	1	devoted
L	5	devotes
L	5	devoting
L	1	devotion
L	4	devouring
L	1	devout
L	4	dewulf
L	4	dhaka
L	4	dharmasena
L	5	diabetes
L	5	diagnose
L	1	diagnosed
L	5	diagnoses
L	5	diagnosing
L	5	diagnosis
L	5	dialect
L	5	dialects
L	1	dialogue
L	1	diameter
L	3	diamond
L	4	diana
L	4	dianne
L	4	diario
L	2	dicastery
L	5	dice
L	4	dick
L	5	dickens
L	5	dicks
L	1	dictates
L	1	dictator
L	5	dictators
L	1	dictatorship
L	1	did
L	5	didactic
L	2	didn't
L	1	die
L	1	died
L	4	diego
L	4	dier
L	1	dies
L	1	diesel
L	1	diet
L	4	dieter
L	5	dietician
L	5	dieticians
L	5	dietitian
L	5	dietitians
L	5	differ
L	5	differed
L	1	difference
L	1	differences
L	1	different
L	5	differing
L	1	differs
L	1	difficult
L	1	difficulties
L	1	difficulty
L	5	diffuse
L	5	diffused
L	5	diffuser
L	5	diffuses
L	5	diffusest
L	5	diffusing
L	1	dig
L	4	digest
L	5	digested
L	5	digesting
L	5	digests
L	1	digging
L	1	digital
L	5	dignified
L	5	dignifies
L	1	dignify
L	5	dignifying
L	5	dignitaries
L	5	dignitary
L	1	dignity
L	5	digs
L	1	dilemma
L	1	diligence
L	1	diluted
L	1	dilution
L	1	dim
L	5	dime
L	1	dimension
L	5	dimes
L	1	diminish
L	5	diminished
L	5	diminishes
L	1	diminishing
L	4	dimitrios
L	4	dimitris
L	4	dina
L	4	dinamo
L	1	dinar
L	5	dinars
L	5	dine
L	5	dined
L	5	dines
L	5	dining
L	4	diniz
L	2	dinner
L	5	dinners
L	2	diocesan
L	2	diocese
L	2	dioceses
L	4	dionne
L	1	dip
L	1	diplomacy
L	1	diplomat
L	1	diplomatic
L	1	diplomats
L	1	dipped
L	1	dipping
L	5	dips
L	1	dire
L	1	direct
L	1	directed
L	5	directer
L	5	directest
L	5	directing
L	5	directings
L	1	direction
L	1	directives
L	1	directly
L	2	director
L	2	director-general
L	1	directors
L	1	directs
L	5	direr
L	5	direst
L	5	dirham
L	5	dirhams
L	4	dirk
L	1	dirt
L	5	dirtier
L	5	dirtiest
L	1	dirty
L	5	disable
L	1	disabled
L	5	disables
L	5	disabling
L	1	disadvantage
L	1	disagree
L	1	disagreed
L	1	disagreement
L	1	disappear
L	1	disappearance
L	1	disappeared
L	1	disappears
L	1	disappoint
L	1	disappointed
L	1	disappointing
L	5	disappoints
L	1	disarm
L	2	disarmament
L	1	disarmed
L	5	disarming
L	5	disarms
L	2	disaster
L	1	disasters
L	1	disastrous
L	5	disband
L	5	disbanded
L	5	disbanding
L	5	disbands
L	5	disburse
L	5	disbursed
L	5	disburses
L	5	disbursing
L	4	discalced
L	5	discard
L	5	discarded
L	1	discarding
L	5	discards
L	1	discern
L	5	discerned
L	1	discerning
L	2	discernment
L	5	discerns
L	1	discharge
L	1	discharged
L	5	discharges
L	5	discharging
L	1	disciplinary
L	1	discipline
L	5	disciplined
L	5	disciplines
L	5	disciplining
L	5	disclaim
L	5	disclaimed
L	5	disclaiming
L	5	disclaims
L	1	disclose
L	1	disclosed
L	5	discloses
L	1	disclosing
L	1	disclosure
L	2	disclosures
L	1	disconcerting
L	5	discontent
L	5	discontents
L	1	discount
L	3	discounted
L	5	discounting
L	5	discounts
L	5	discourage
L	1	discouraged
L	5	discourages
L	5	discouraging
L	1	discourse
L	2	discover
L	1	discovered
L	5	discovering
L	5	discoverings
L	5	discovers
L	1	discovery
L	1	discredit
L	1	discredited
L	5	discreet
L	1	discrepancy
L	5	discrete
L	1	discretion
L	1	discrimination
L	1	discuss
L	1	discussed
L	5	discusses
L	1	discussing
L	1	discussion
L	1	discussions
L	2	disease
L	5	diseased
L	1	diseases
L	1	disfigured
L	2	disgrace
L	1	disgraced
L	1	disgraceful
L	5	disgruntle
L	1	disgruntled
L	5	disgruntles
L	5	disgruntling
L	1	disguise
L	1	disguised
L	5	disguises
L	5	disguising
L	1	disgust
L	1	disgusted
L	1	disgusting
L	5	disgusts
L	5	dish
L	5	dishearten
L	5	disheartened
L	5	disheartening
L	5	disheartens
L	5	dished
L	5	dishes
L	5	dishing
L	1	dishonest
L	5	dishonesty
L	1	disillusioned
L	5	disincentive
L	5	disincentives
L	1	disinformation
L	5	disjoint
L	5	dislike
L	5	disliked
L	5	dislikes
L	5	disliking
L	1	dislodge
L	5	dislodged
L	5	dislodges
L	5	dislodging
L	1	dismal
L	1	dismantle
L	5	dismantled
L	5	dismantles
L	1	dismantling
L	2	dismiss
L	1	dismissal
L	1	dismissed
L	1	disorder
L	1	disordered
L	5	disparate
L	1	dispatch
L	5	dispatched
L	1	dispatcher
L	1	dispatchers
L	5	dispatches
L	1	dispatching
L	1	dispel
L	5	dispense
L	1	dispensed
L	5	dispenses
L	5	dispensing
L	1	disperse
L	1	dispersed
L	5	disperses
L	5	dispersing
L	5	displace
L	2	displaced
L	2	displacement
L	5	displaces
L	5	displacing
L	1	display
L	1	displayed
L	5	displaying
L	5	displays
L	5	displease
L	5	displeased
L	5	displeases
L	5	displeasing
L	1	disposal
L	5	dispose
L	1	disposed
L	5	disposes
L	1	disposing
L	1	disposition
L	5	dispositions
L	5	disprove
L	5	disproved
L	5	disproves
L	5	disproving
L	1	dispute
L	1	disputed
L	1	disputes
L	5	disputing
L	1	disqualification
L	5	disrepute
L	1	disrupt
L	1	disrupted
L	1	disrupting
L	5	disrupts
L	1	dissatisfaction
L	1	dissent
L	5	dissented
L	5	dissenting
L	5	dissents
L	1	dissident
L	1	dissidents
L	1	dissolution
L	1	dissolve
L	1	dissolved
L	1	dissolves
L	5	dissolving
L	5	dissuade
L	5	dissuaded
L	5	dissuades
L	5	dissuading
L	1	distance
L	1	distances
L	1	distant
L	5	distil
L	5	distill
L	5	distilled
L	5	distilling
L	5	distills
L	5	distils
L	1	distinct
L	1	distinction
L	5	distinguish
L	2	distinguished
L	5	distinguishes
L	5	distinguishing
L	5	distort
L	5	distorted
L	5	distorting
L	5	distorts
L	1	distract
L	5	distracted
L	1	distracting
L	5	distracts
L	5	distress
L	5	distressed
L	5	distresses
L	5	distressing
L	1	distribute
L	1	distributed
L	1	distributing
L	1	distribution
L	3	district
L	1	districts
L	1	disturb
L	1	disturbed
L	1	disturbing
L	5	disturbs
L	1	ditch
L	5	ditched
L	5	ditches
L	5	ditching
L	1	div
L	5	diva
L	5	divas
L	1	dive
L	5	diverge
L	5	diverged
L	1	divergent
L	5	diverges
L	5	diverging
L	1	diverse
L	2	diversity
L	5	divert
L	1	diverted
L	5	diverting
L	5	diverts
L	5	dives
L	5	divest
L	5	divested
L	5	divesting
L	3	divestment
L	5	divests
L	1	divide
L	1	divided
L	1	dividend
L	1	dividends
L	5	divides
L	1	dividing
L	1	divine
L	1	divinely
L	5	diviner
L	5	divinest
L	5	diving
L	5	divings
L	1	divinity
L	2	division
L	3	divisional
L	1	divorce
L	1	divorced
L	1	divorces
L	5	divorcing
L	5	divulge
L	5	divulged
L	5	divulges
L	5	divulging
L	5	dixie
L	5	dixies
L	4	diyarbakir
L	5	dizzier
L	5	dizziest
L	1	dizziness
L	5	dizzy
L	5	dizzying
L	5	dj
L	5	djs
L	5	dkk
L	5	dm2
L	5	dm3
L	4	dmitry
L	5	dm²
L	5	dm³
L	4	dnc
L	1	do
L	5	dobra
L	5	dobras
L	5	docile
L	5	dock
L	5	docked
L	5	docking
L	5	docks
L	1	doctor
L	5	doctorate
L	5	doctorates
L	5	doctored
L	5	doctoring
L	1	doctors
L	1	doctrinal
L	2	doctrine
L	1	doctrines
L	2	document
L	5	documentaries
L	1	documentary
L	1	documentation
L	1	documented
L	1	documenting
L	1	documents
L	5	dodge
L	5	dodged
L	4	dodgers
L	5	dodges
L	1	dodging
L	1	does
L	1	doesn't
L	4	doetinchem
L	1	dog
L	5	doggies
L	5	doggy
L	1	dogma
L	2	dogmatic
L	1	dogs
L	5	doilies
L	5	doily
L	5	doin
L	1	doing
L	2	doings
L	4	doj
L	4	dole
L	5	doled
L	5	doles
L	5	doling
L	1	dollar
L	1	dollars
L	5	dollies
L	4	dolly
L	2	domain
L	2	domestic
L	1	dominance
L	1	dominant
L	1	dominate
L	1	dominated
L	4	domingo
L	4	domingos
L	4	dominic
L	4	dominion
L	4	don
L	1	don't
L	4	donald
L	1	donated
L	1	donating
L	2	donation
L	1	donations
L	4	doncaster
L	1	done
L	4	donovan
L	1	door
L	1	doors
L	5	dope
L	4	dopfer
L	5	dork
L	5	dorks
L	5	dormant
L	4	dortmund
L	4	dos
L	1	doses
L	1	dossier
L	5	dossiers
L	4	dostum
L	1	doth
L	5	doting
L	2	double
L	1	doubled
L	5	doubler
L	1	doubles
L	5	doublest
L	1	doubling
L	1	doubt
L	1	doubted
L	5	doubtful
L	5	doubting
L	5	doubtings
L	1	doubts
L	4	doug
L	4	douglas
L	4	douthat
L	5	dove
L	4	dow
L	4	dowman
L	2	down
L	1	downdraft
L	1	downgraded
L	1	download
L	1	downloadable
L	1	downloaded
L	5	downloading
L	5	downloads
L	1	downside
L	5	downsides
L	1	downstairs
L	1	downtown
L	1	downward
L	1	downwards
L	1	dozen
L	1	dozens
L	4	dr
L	4	dr.
L	1	drachmas
L	1	draft
L	1	drafted
L	5	drafting
L	1	drafts
L	1	drag
L	1	dragged
L	5	dragging
L	4	dragomir
L	5	dragonflies
L	5	dragonfly
L	5	drags
L	2	drain
L	1	drained
L	5	draining
L	1	drains
L	1	drama
L	1	dramatic
L	1	dramatically
L	5	drank
L	4	draper
L	5	drat
L	5	draughts
L	4	dravid
L	2	draw
L	1	drawing
L	5	drawings
L	1	drawn
L	1	draws
L	4	drc
L	1	dream
L	1	dreamed
L	5	dreaming
L	5	dreamings
L	1	dreams
L	5	dreamt
L	5	dreary
L	5	dredge
L	5	dredged
L	5	dredges
L	5	dredging
L	5	dress
L	1	dressed
L	5	dresses
L	5	dressing
L	5	dressings
L	2	drew
L	5	drewed
L	5	drewing
L	4	dreyfus
L	5	dribble
L	5	dribbled
L	5	dribbles
L	5	dribbling
L	5	dribblings
L	1	dried
L	5	drier
L	5	driers
L	5	dries
L	5	driest
L	1	drift
L	1	drifted
L	5	drifter
L	5	drifters
L	5	drifting
L	5	drifts
L	1	drill
L	1	drilled
L	1	drilling
L	5	drills
L	1	drink
L	1	drinking
L	5	drinkings
L	1	drinks
L	5	drip
L	5	dripped
L	5	dripping
L	5	drips
L	1	drive
L	1	driven
L	1	driver
L	1	drivers
L	1	drives
L	1	driving
L	5	drivings
L	4	drobnjak
L	5	drone
L	5	droned
L	1	drones
L	5	droning
L	1	drop
L	1	dropped
L	1	dropping
L	5	drops
L	1	drought
L	1	drove
L	1	drown
L	1	drowned
L	5	drowning
L	5	drowns
L	5	drowsy
L	2	drug
L	1	drugs
L	5	drum
L	5	drummed
L	1	drumming
L	4	drummond
L	1	drums
L	1	drunk
L	1	drunken
L	5	drunker
L	5	drunkest
L	1	dry
L	5	drying
L	1	du
L	5	dub
L	4	dubai
L	1	dubbed
L	5	dubbing
L	2	dubia
L	1	dubious
L	4	dublin
L	4	dubnicoff
L	5	dubs
L	4	ducati
L	5	dude
L	5	dudes
L	1	due
L	1	duel
L	5	duelled
L	5	duelling
L	5	duels
L	1	dues
L	4	duesseldorf
L	4	duff
L	4	duffield
L	4	duffy
L	1	dug
L	5	duh
L	4	dui
L	4	duisberg
L	4	duisburg
L	4	duke
L	1	dull
L	5	dulled
L	5	duller
L	5	dullest
L	5	dulling
L	1	dulls
L	1	duly
L	1	dumb
L	4	dumbarton
L	5	dumber
L	5	dumbest
L	1	dump
L	5	dumped
L	1	dumping
L	5	dumpings
L	5	dumps
L	4	duncan
L	4	dundee
L	4	dunfermline
L	5	duplicate
L	5	duplicated
L	5	duplicates
L	5	duplicating
L	1	duration
L	4	durbin
L	4	durden
L	4	durham
L	1	during
L	1	dust
L	5	dustier
L	5	dustiest
L	1	dusty
L	4	dutch
L	5	dutchess
L	5	dutchesses
L	4	dutchman
L	1	duties
L	1	dutifully
L	4	dutroux
L	1	duty
L	1	dwarf
L	1	dwell
L	5	dwelled
L	5	dweller
L	5	dwellers
L	5	dwelling
L	5	dwellings
L	5	dwells
L	4	dwight
L	5	dwindle
L	5	dwindled
L	5	dwindles
L	5	dwindling
L	1	dye
L	1	dyed
L	5	dyeing
L	5	dyes
L	1	dying
L	1	dynamic
L	3	dynamics
L	4	dynamo
L	4	dynasty
L	3	e
L	1	e-mail
L	1	e.g
L	1	each
L	1	eager
L	1	eagerness
L	4	eales
L	4	eamonn
L	1	ear
L	4	earl
L	1	earlier
L	1	earliest
L	5	earls
L	1	early
L	5	earmark
L	1	earmarked
L	5	earmarking
L	5	earmarks
L	1	earn
L	1	earned
L	5	earnest
L	5	earnester
L	1	earnestly
L	1	earning
L	1	earnings
L	1	earns
L	1	ears
L	3	earth
L	5	earthlier
L	5	earthliest
L	5	earthly
L	1	earthquake
L	1	ease
L	1	eased
L	1	easier
L	1	easiest
L	1	easily
L	1	easing
L	3	east
L	2	eastern
L	5	easterner
L	5	easternest
L	1	easy
L	5	easygoing
L	1	eat
L	5	eaten
L	1	eating
L	5	eatings
L	1	eats
L	4	ebe
L	3	ebola
L	3	ecclesia
L	1	ecclesial
L	1	ecclesiastical
L	1	echo
L	1	echoed
L	5	echoes
L	1	echoing
L	2	economic
L	1	economically
L	3	economics
L	1	economies
L	1	economist
L	2	economists
L	2	economy
L	4	ecuador
L	4	ecuadorean
L	4	ecuadorian
L	3	ecumenical
L	4	ed
L	4	edberg
L	4	eddie
L	5	eddies
L	5	eddy
L	4	eden
L	4	edgar
L	1	edge
L	1	edged
L	5	edges
L	5	edging
L	5	edified
L	5	edifies
L	5	edify
L	5	edifying
L	5	edit
L	5	edited
L	5	editing
L	1	edition
L	1	editor
L	3	editor-in-chief
L	2	editorial
L	2	editors
L	5	edits
L	4	edney
L	4	edouard
L	4	edt
L	4	eduardo
L	1	educate
L	5	educated
L	5	educates
L	5	educating
L	5	educatings
L	2	education
L	1	educational
L	4	edward
L	4	edwards
L	4	edwin
L	4	eefje
L	5	eek
L	4	eelam
L	5	eep
L	5	eerie
L	5	eerier
L	5	eeriest
L	1	effect
L	5	effected
L	5	effecting
L	1	effective
L	1	effectively
L	1	effects
L	5	efficient
L	5	effigies
L	1	effigy
L	1	effort
L	1	efforts
L	5	egg
L	5	eggs
L	1	egregious
L	4	egypt
L	4	egyptian
L	5	eh
L	1	eight
L	1	eight-page
L	1	eight-year-old
L	1	eight-year-olds
L	1	eighteen
L	5	eighteenth
L	5	eighteenths
L	1	eighth
L	1	eighth-inning
L	1	eighth-seeded
L	5	eighths
L	5	eightieth
L	5	eightieths
L	5	eighty
L	4	eindhoven
L	1	either
L	4	ejup
L	4	ekeren
L	4	el
L	1	elaborate
L	5	elaborated
L	5	elaborater
L	5	elaborates
L	5	elaboratest
L	1	elaborating
L	5	elapse
L	5	elapsed
L	5	elapses
L	5	elapsing
L	5	elate
L	5	elated
L	5	elates
L	5	elating
L	1	elder
L	1	elderly
L	2	elders
L	1	elect
L	1	elected
L	1	electing
L	2	election
L	2	elections
L	1	elective
L	2	electoral
L	1	electorate
L	5	electorates
L	5	electrician
L	5	electricians
L	2	electricity
L	5	electrified
L	5	electrifies
L	5	electrify
L	5	electrifying
L	1	electronic
L	2	electronics
L	5	elects
L	5	elegant
L	4	eleganti
L	1	element
L	1	elements
L	4	elena
L	1	elevated
L	1	elevation
L	1	eleven
L	5	eleventh
L	1	eleventh-hour
L	5	elevenths
L	4	eliana
L	5	elicit
L	5	elicited
L	5	eliciter
L	5	eliciting
L	5	elicits
L	5	elicittest
L	4	elijah
L	1	eliminated
L	1	eliminating
L	1	elimination
L	1	elite
L	1	elites
L	4	elizabeth
L	5	elle
L	4	ellison
L	4	ellwood
L	5	eloquent
L	4	els
L	1	else
L	1	elsewhere
L	5	elucidate
L	5	elucidated
L	5	elucidates
L	5	elucidating
L	5	elude
L	1	eluded
L	5	eludes
L	5	eluding
L	1	elusive
L	1	em
L	5	emaciate
L	5	emaciated
L	5	emaciates
L	5	emaciating
L	2	email
L	1	emailed
L	2	emails
L	4	emanuele
L	5	embalm
L	5	embalmed
L	5	embalming
L	5	embalms
L	1	embargo
L	5	embargoes
L	5	embark
L	5	embarked
L	5	embarking
L	5	embarks
L	5	embarrass
L	5	embarrassed
L	5	embarrasses
L	1	embarrassing
L	1	embarrassment
L	1	embassies
L	1	embassy
L	1	embattled
L	1	embedded
L	5	embodied
L	5	embodies
L	5	embody
L	5	embodying
L	1	embrace
L	1	embraced
L	1	embraces
L	1	embracing
L	5	embroider
L	5	embroidered
L	5	embroidering
L	5	embroiders
L	5	embroil
L	1	embroiled
L	5	embroiling
L	5	embroils
L	5	emcee
L	5	emcees
L	1	emerge
L	1	emerged
L	3	emergencies
L	1	emergency
L	1	emergent
L	1	emerges
L	1	emerging
L	2	emeritus
L	4	emilio
L	4	eminence
L	5	eminent
L	1	eminently
L	5	emir
L	5	emirs
L	4	emmanuel
L	1	emotional
L	5	emperor
L	5	emperors
L	1	emphasis
L	1	emphasize
L	1	emphasized
L	5	emphasizes
L	1	emphasizing
L	1	emphatically
L	2	empire
L	1	employed
L	1	employee
L	1	employees
L	1	employer
L	5	employers
L	3	employment
L	1	employs
L	4	empoli
L	1	empower
L	5	empowered
L	1	empowering
L	5	empowers
L	1	emptied
L	5	emptier
L	5	empties
L	5	emptiest
L	1	empty
L	5	emptying
L	1	en
L	1	enable
L	1	enabled
L	1	enablers
L	5	enables
L	1	enabling
L	1	enact
L	1	enacted
L	5	enacting
L	5	enacts
L	5	enamored
L	3	encephalopathy
L	5	enchant
L	5	enchanted
L	5	enchanting
L	5	enchantings
L	5	enchants
L	5	encircle
L	5	encircled
L	5	encircles
L	5	encircling
L	5	enclose
L	5	enclosed
L	5	encloses
L	5	enclosing
L	1	encounter
L	1	encountered
L	5	encountering
L	1	encounters
L	1	encourage
L	1	encouraged
L	1	encouragement
L	5	encourages
L	1	encouraging
L	5	encroach
L	5	encroached
L	5	encroaches
L	5	encroaching
L	5	encrypt
L	1	encrypted
L	5	encrypting
L	5	encrypts
L	5	encumber
L	5	encumbered
L	5	encumbering
L	5	encumbers
L	1	encyclical
L	2	end
L	5	endanger
L	5	endangered
L	5	endangering
L	5	endangers
L	5	endear
L	5	endeared
L	5	endearing
L	5	endears
L	2	ended
L	1	ending
L	5	endings
L	1	endless
L	1	endlessly
L	1	endorse
L	1	endorsed
L	1	endorsement
L	5	endorses
L	1	endorsing
L	5	endow
L	5	endowed
L	5	endowing
L	5	endows
L	1	ends
L	2	endurance
L	1	endure
L	1	endured
L	5	endures
L	5	enduring
L	1	enemies
L	1	enemy
L	1	energetic
L	1	energies
L	5	energize
L	5	energized
L	5	energizes
L	5	energizing
L	3	energy
L	1	enforce
L	1	enforced
L	1	enforcement
L	5	enforces
L	1	enforcing
L	1	engage
L	1	engaged
L	2	engagement
L	1	engages
L	1	engaging
L	5	engender
L	5	engendered
L	5	engendering
L	5	engenders
L	1	engine
L	1	engineer
L	5	engineered
L	1	engineering
L	5	engineerings
L	1	engineers
L	4	england
L	4	english
L	4	engquist
L	5	engrave
L	5	engraved
L	5	engraves
L	5	engraving
L	5	engulf
L	1	engulfed
L	5	engulfing
L	5	engulfs
L	1	enhance
L	5	enhanced
L	5	enhances
L	5	enhancing
L	1	enjoy
L	1	enjoyed
L	1	enjoying
L	1	enjoyment
L	1	enjoys
L	5	enlarge
L	5	enlarged
L	5	enlarges
L	5	enlarging
L	1	enlightened
L	5	enlist
L	5	enlisted
L	5	enlisting
L	5	enlists
L	5	enliven
L	5	enlivened
L	5	enlivening
L	5	enlivens
L	1	enormous
L	1	enough
L	5	enquire
L	5	enquired
L	5	enquires
L	1	enquiries
L	5	enquiring
L	4	enqvist
L	5	enrich
L	5	enriched
L	5	enriches
L	5	enriching
L	1	enrichment
L	5	enrol
L	5	enroll
L	5	enrolled
L	5	enrolling
L	5	enrolls
L	5	enrols
L	4	enschede
L	1	enslaved
L	5	ensue
L	5	ensued
L	5	ensues
L	5	ensuing
L	1	ensure
L	1	ensured
L	5	ensures
L	1	ensuring
L	1	entail
L	1	enter
L	1	entered
L	1	entering
L	3	enterprise
L	5	enterprises
L	1	enters
L	1	entertaining
L	1	entertainment
L	5	enthral
L	5	enthralling
L	5	enthrals
L	1	enthusiasm
L	5	entice
L	5	enticed
L	5	entices
L	5	enticing
L	1	entire
L	1	entirely
L	1	entirety
L	1	entities
L	1	entitled
L	1	entity
L	5	entrain
L	5	entrained
L	5	entraining
L	5	entrains
L	5	entrench
L	5	entrenched
L	5	entrenches
L	5	entrenching
L	5	entrepreneur
L	5	entrepreneurs
L	5	entrust
L	1	entrusted
L	5	entrusting
L	5	entrusts
L	1	entry
L	5	envelop
L	5	enveloped
L	5	enveloping
L	5	envelops
L	5	envied
L	5	envies
L	2	environment
L	1	environmental
L	5	environmentalist
L	5	environmentalists
L	1	environments
L	5	envisage
L	1	envisaged
L	5	envisages
L	5	envisaging
L	5	envision
L	5	envisioned
L	5	envisioning
L	5	envisions
L	2	envoy
L	5	envy
L	5	envying
L	4	enzo
L	1	epic
L	5	epics
L	1	epidemic
L	5	epidemics
L	1	episcopacy
L	2	episcopal
L	1	episcopate
L	1	episode
L	5	epoch
L	5	epochs
L	4	eps
L	4	epstein
L	1	equal
L	1	equalised
L	1	equaliser
L	2	equality
L	1	equally
L	4	equateur
L	1	equation
L	1	equip
L	2	equipment
L	5	equipped
L	5	equipping
L	5	equips
L	1	equitable
L	1	equities
L	1	equity
L	1	equivalent
L	2	era
L	1	eradicate
L	1	eradicated
L	5	erase
L	5	erased
L	5	erases
L	5	erasing
L	4	erbakan
L	4	erdogan
L	5	erect
L	1	erected
L	1	erecting
L	4	eric
L	4	erik
L	4	eriksson
L	4	ernie
L	4	ero
L	1	erratically
L	4	errazuriz
L	1	erred
L	1	error
L	1	errors
L	5	erstwhile
L	5	erupt
L	1	erupted
L	5	erupting
L	5	erupts
L	1	escalate
L	1	escape
L	1	escaped
L	5	escapes
L	1	escaping
L	5	eschew
L	5	eschewed
L	5	eschewing
L	5	eschews
L	3	escort
L	1	escorted
L	4	esnaider
L	1	especially
L	4	espinho
L	2	espionage
L	1	espouse
L	5	espoused
L	5	espouses
L	5	espousing
L	1	essay
L	1	essence
L	1	essential
L	5	essentialer
L	5	essentialest
L	1	essentially
L	4	essex
L	1	establish
L	1	established
L	1	establishes
L	1	establishing
L	1	establishment
L	1	estate
L	3	estates
L	1	estimate
L	1	estimated
L	1	estimates
L	5	estimating
L	4	estonia
L	4	estonian
L	1	et
L	4	eta
L	1	etc
L	5	etch
L	4	etchebarren
L	5	etched
L	5	etches
L	5	etching
L	1	eternal
L	5	ethereal
L	5	ethic
L	2	ethics
L	4	ethiopia
L	1	ethnic
L	1	ethnicity
L	4	eu
L	4	eucharist
L	3	eucharistic
L	4	eugen
L	4	eugene
L	5	eula
L	5	eulas
L	5	eur
L	5	eureka
L	4	euro
L	4	europe
L	4	european
L	4	europeans
L	2	euros
L	4	eva
L	1	evacuate
L	1	evacuated
L	1	evade
L	1	evaluate
L	1	evaluated
L	1	evaluates
L	5	evaluating
L	1	evaluation
L	1	evangelization
L	4	evans
L	1	evasion
L	2	eve
L	1	even
L	1	evening
L	4	eveningperformance
L	5	evenings
L	1	event
L	1	events
L	1	eventual
L	1	eventually
L	1	ever
L	4	evert
L	4	everton
L	1	every
L	1	everybody
L	1	everyday
L	1	everyone
L	1	everything
L	4	everytown
L	1	everywhere
L	5	eves
L	1	evidence
L	1	evident
L	1	evidently
L	1	evil
L	5	eviler
L	5	evilest
L	1	evils
L	5	evoke
L	1	evoked
L	5	evokes
L	5	evoking
L	1	evolution
L	5	evolve
L	5	evolved
L	5	evolves
L	5	evolving
L	4	ewe
L	4	ewtn
L	5	eww
L	1	ex
L	1	ex-husband
L	1	ex-president
L	5	exabyte
L	5	exabytes
L	1	exact
L	5	exacting
L	1	exactly
L	1	exaggerate
L	1	exaggerated
L	5	exaggerates
L	5	exaggerating
L	5	exalt
L	5	exalted
L	5	exalting
L	5	exalts
L	1	examination
L	1	examine
L	1	examined
L	5	examiner
L	5	examiners
L	5	examines
L	1	examining
L	1	example
L	1	examples
L	5	exasperate
L	5	exasperated
L	5	exasperates
L	5	exasperating
L	1	exceed
L	1	exceeded
L	5	exceeding
L	5	exceeds
L	5	excel
L	5	excelled
L	5	excellencies
L	4	excellency
L	1	excellent
L	5	excelling
L	5	excels
L	1	except
L	1	exception
L	1	exceptional
L	1	exceptions
L	1	excess
L	5	excesses
L	1	excessive
L	3	exchange
L	1	exchanged
L	1	exchanges
L	5	exchanging
L	5	excite
L	1	excited
L	1	excitement
L	5	excites
L	1	exciting
L	5	exclaim
L	5	exclaimed
L	5	exclaiming
L	5	exclaims
L	1	exclude
L	1	excluded
L	5	excludes
L	5	excluding
L	1	exclusive
L	1	exclusively
L	1	excommunicated
L	1	excuse
L	5	excused
L	1	excuses
L	5	excusing
L	1	execute
L	1	executed
L	1	execution
L	2	executive
L	1	executives
L	1	exemplar
L	5	exemplars
L	1	exemplary
L	1	exemplifies
L	1	exempt
L	5	exempted
L	5	exempter
L	5	exemptest
L	5	exempting
L	5	exempts
L	1	exercise
L	1	exercised
L	1	exercises
L	1	exercising
L	5	exercisings
L	5	exert
L	1	exerted
L	5	exerting
L	5	exerts
L	4	exeter
L	5	exhale
L	5	exhaled
L	5	exhales
L	5	exhaling
L	5	exhaust
L	1	exhausted
L	5	exhausting
L	1	exhaustion
L	1	exhaustive
L	5	exhausts
L	5	exhibit
L	5	exhibited
L	1	exhibiting
L	5	exhibits
L	5	exhilarate
L	5	exhilarated
L	5	exhilarates
L	5	exhilarating
L	5	exhort
L	1	exhortation
L	1	exhorted
L	5	exhorting
L	5	exhorts
L	5	exhume
L	5	exhumed
L	5	exhumes
L	5	exhuming
L	1	exile
L	1	exiled
L	1	exiles
L	1	exist
L	1	existed
L	2	existence
L	1	existing
L	1	exists
L	1	exit
L	5	exited
L	1	exiting
L	1	exits
L	1	exoneration
L	1	expand
L	1	expanded
L	1	expanding
L	5	expands
L	1	expansion
L	1	expansionist
L	1	expect
L	1	expectation
L	1	expectations
L	1	expected
L	1	expecting
L	1	expects
L	4	expediency
L	5	expedient
L	5	expedite
L	5	expedited
L	5	expedites
L	5	expediting
L	1	expeditiously
L	1	expel
L	1	expelled
L	1	expelling
L	1	expels
L	1	expense
L	1	expenses
L	1	expensive
L	1	experience
L	1	experienced
L	1	experiences
L	1	experiencing
L	1	experiment
L	1	experimental
L	5	experimented
L	5	experimenting
L	5	experiments
L	1	expert
L	1	expertise
L	1	experts
L	1	expiation
L	5	expire
L	1	expired
L	1	expires
L	5	expiring
L	1	explain
L	1	explained
L	1	explaining
L	1	explains
L	1	explanation
L	1	explanations
L	1	explicit
L	1	explicitly
L	1	explode
L	1	exploded
L	5	explodes
L	2	exploding
L	1	exploit
L	1	exploitation
L	1	exploited
L	1	exploiting
L	5	exploits
L	1	exploration
L	1	explore
L	5	explored
L	5	explores
L	1	exploring
L	5	explorings
L	1	explosion
L	1	explosive
L	1	explosives
L	1	exponentially
L	2	export
L	1	exported
L	5	exporting
L	1	exports
L	4	expos
L	1	expose
L	1	exposed
L	2	exposes
L	1	exposing
L	1	exposition
L	1	exposure
L	2	express
L	1	expressed
L	5	expresser
L	1	expresses
L	5	expressest
L	1	expressing
L	1	expression
L	1	expressions
L	1	expressly
L	1	expulsion
L	5	expunge
L	5	expunged
L	5	expunges
L	5	exquisite
L	1	extend
L	1	extended
L	1	extending
L	1	extends
L	1	extension
L	1	extensions
L	1	extensive
L	1	extensively
L	1	extent
L	5	extents
L	1	external
L	1	extinction
L	5	extinguish
L	1	extinguished
L	5	extinguishes
L	5	extinguishing
L	5	extol
L	5	extolled
L	5	extolling
L	5	extols
L	1	extortion
L	1	extra
L	1	extract
L	1	extracted
L	5	extracting
L	1	extracts
L	1	extradite
L	1	extradited
L	1	extradition
L	1	extraordinary
L	5	extravagant
L	1	extreme
L	1	extremely
L	5	extremer
L	5	extremest
L	3	extremism
L	1	extremist
L	1	extremists
L	5	exuberant
L	5	exude
L	5	exuded
L	5	exudes
L	5	exuding
L	5	exultant
L	1	eye
L	5	eyeball
L	5	eyeballing
L	5	eyeballs
L	1	eyebrows
L	5	eyed
L	5	eyeing
L	5	eyelid
L	5	eyelids
L	1	eyes
L	1	eyewitness
L	1	eyewitnesses
L	4	eyles
L	4	ezer
L	4	ezinwa
L	4	f
L	4	f.a.
L	4	f.b.i
L	4	f.c.
L	4	f.w.
L	4	faber
L	4	fabien
L	5	fabled
L	1	fabric
L	1	fabrication
L	5	fabrics
L	1	face
L	4	facebook
L	1	faced
L	1	faces
L	1	facilitate
L	2	facilitating
L	2	facilities
L	1	facility
L	1	facing
L	1	fact
L	1	faction
L	1	factions
L	1	facto
L	1	factor
L	1	factories
L	1	factors
L	1	factory
L	1	facts
L	1	factual
L	5	fade
L	1	faded
L	5	fades
L	5	fading
L	4	faggioli
L	4	fahrenheit
L	1	fail
L	1	failed
L	1	failing
L	1	fails
L	1	failure
L	1	failures
L	5	faint
L	5	fainted
L	5	fainter
L	5	faintest
L	5	fainting
L	5	faints
L	2	fair
L	4	fairbrother
L	1	fairly
L	5	fairs
L	1	fairy
L	1	faith
L	2	faithful
L	1	faithfully
L	5	faiths
L	1	fake
L	1	faked
L	5	faker
L	5	fakes
L	5	fakest
L	5	faking
L	4	faldo
L	4	falilat
L	1	fall
L	1	fallen
L	1	falling
L	1	fallout
L	2	falls
L	1	false
L	1	falsehood
L	1	falsely
L	1	falter
L	1	faltered
L	1	faltering
L	5	falters
L	3	famadihana
L	3	fame
L	1	famed
L	1	familiar
L	4	familiaris
L	1	families
L	1	family
L	1	famous
L	1	famously
L	1	fan
L	1	fanatic
L	5	fancied
L	5	fancier
L	5	fancies
L	5	fanciest
L	5	fancy
L	5	fancying
L	5	fannies
L	5	fanny
L	1	fans
L	1	fantasy
L	2	far
L	2	far-left
L	1	far-right
L	5	farad
L	5	farads
L	1	farce
L	1	farewell
L	2	farm
L	5	farmed
L	1	farmer
L	2	farmers
L	1	farming
L	5	farmings
L	1	farms
L	4	faroe
L	4	farrakhan
L	4	farrell
L	4	farsi
L	5	farther
L	1	farthest
L	5	fascinate
L	5	fascinated
L	5	fascinates
L	5	fascinating
L	5	fascinatings
L	1	fascism
L	1	fascist
L	2	fashion
L	1	fast
L	5	fasted
L	5	fasten
L	5	fastened
L	5	fastening
L	5	fastens
L	1	faster
L	1	fastest
L	4	fastiggi
L	1	fasting
L	5	fasts
L	1	fat
L	1	fatal
L	1	fatality
L	1	fatally
L	1	fate
L	1	fateful
L	2	father
L	3	fathers
L	4	fatima
L	4	fatkoullina
L	5	fats
L	5	fatten
L	5	fattened
L	5	fattening
L	5	fattens
L	1	fault
L	5	faultier
L	5	faultiest
L	1	faults
L	5	faulty
L	4	faure
L	5	faux
L	1	favor
L	1	favorable
L	1	favored
L	1	favorite
L	5	favorites
L	1	favour
L	1	favoured
L	5	favouring
L	1	favourite
L	1	favourites
L	5	favours
L	4	fax
L	4	fax+44
L	4	fbi
L	4	fc
L	4	fcpa
L	1	fear
L	1	feared
L	1	fearful
L	1	fearing
L	1	fears
L	1	feasible
L	3	feast
L	1	feature
L	1	featured
L	1	features
L	1	featuring
L	4	feb
L	4	february
L	2	fed
L	2	federal
L	4	federalist
L	1	federated
L	2	federation
L	2	federations
L	4	federico
L	2	feds
L	1	fee
L	5	feeble
L	5	feebler
L	5	feeblest
L	1	feed
L	1	feeding
L	1	feedlot
L	5	feeds
L	1	feel
L	1	feeling
L	1	feelings
L	1	feels
L	1	fees
L	1	feet
L	4	feinstein
L	4	feldhoff
L	4	felix
L	1	fell
L	5	fella
L	5	fellas
L	1	fellow
L	5	fellows
L	1	felon
L	1	felons
L	1	felony
L	1	felt
L	1	female
L	5	females
L	5	feminine
L	1	feminist
L	1	feminists
L	5	femtosecond
L	5	femtoseconds
L	1	fence
L	5	fenced
L	2	fences
L	5	fencing
L	5	fencings
L	5	fend
L	5	fended
L	5	fending
L	5	fends
L	4	ferdinand
L	4	ferencvaros
L	4	ferguson
L	4	ferhaoui
L	5	ferment
L	5	fermented
L	5	fermenting
L	5	ferments
L	5	fern
L	4	fernandez
L	4	fernando
L	5	ferns
L	4	ferrara
L	4	ferrari
L	4	ferreira
L	4	ferrigato
L	4	ferris
L	1	ferry
L	1	ferrying
L	1	fertile
L	5	fervent
L	5	fess
L	5	fessed
L	5	fesses
L	5	fessing
L	1	festival
L	5	fetch
L	5	fetched
L	5	fetches
L	5	fetching
L	5	fetish
L	5	fetishes
L	1	fever
L	1	few
L	1	fewer
L	4	feyenoord
L	5	fiance
L	5	fiances
L	1	fiasco
L	1	fiction
L	1	fictitious
L	4	fidel
L	4	fidelis
L	1	fidelity
L	1	fides
L	4	fidesz
L	2	field
L	1	fielded
L	1	fielder
L	1	fielding
L	1	fields
L	5	fieldses
L	5	fiend
L	5	fiends
L	1	fierce
L	5	fiercer
L	5	fiercest
L	1	fiery
L	4	fife
L	1	fifteen
L	5	fifteenth
L	5	fifteenths
L	1	fifth
L	1	fifth-inning
L	1	fifth-seeded
L	5	fifths
L	5	fiftieth
L	5	fiftieths
L	1	fifty
L	1	fight
L	2	fighter
L	1	fighters
L	1	fighting
L	5	fightings
L	1	fights
L	1	figure
L	1	figured
L	1	figures
L	5	figuring
L	1	file
L	1	filed
L	1	files
L	4	filial
L	1	filing
L	1	filings
L	4	filip
L	4	filippini
L	1	fill
L	1	filled
L	1	filling
L	5	fillings
L	5	fills
L	1	film
L	1	filmed
L	1	filming
L	5	filmmaker
L	5	filmmakers
L	1	films
L	5	filter
L	5	filtered
L	5	filtering
L	5	filters
L	1	filth
L	1	final
L	1	finalists
L	1	finalize
L	1	finalized
L	1	finally
L	1	finals
L	3	finance
L	1	financed
L	1	finances
L	2	financial
L	5	financialer
L	5	financialest
L	1	financier
L	5	financiers
L	2	financing
L	5	financings
L	1	find
L	1	finding
L	1	findings
L	1	finds
L	2	fine
L	1	fined
L	5	finer
L	1	fines
L	4	finicum
L	1	finish
L	1	finished
L	5	finishes
L	1	finishing
L	5	finite
L	4	finland
L	4	finley
L	4	finn
L	4	finns
L	4	fiorentina
L	1	fire
L	1	firearm
L	3	firearms
L	1	fired
L	5	firefighter
L	1	firefighters
L	5	fireflies
L	5	firefly
L	5	fireman
L	5	firemans
L	1	fires
L	4	firestone
L	1	firing
L	1	firm
L	5	firmed
L	1	firmer
L	5	firmest
L	1	firming
L	1	firmly
L	1	firms
L	2	first
L	1	first-class
L	1	first-half
L	1	first-place
L	1	first-round
L	1	first-team
L	5	firsts
L	4	fis
L	4	fisa
L	1	fiscal
L	4	fischler
L	1	fish
L	4	fishback
L	5	fished
L	5	fishes
L	1	fishing
L	5	fishings
L	2	fit
L	1	fitness
L	1	fits
L	1	fitted
L	5	fitter
L	5	fitters
L	1	fitting
L	4	fitzpatrick
L	4	fitzroy
L	2	five
L	1	five-hitter
L	1	five-run
L	1	five-year
L	1	five-year-old
L	1	fix
L	1	fixed
L	1	fixed-wing
L	5	fixes
L	1	fixing
L	1	fixture
L	1	fixtures
L	5	fizzle
L	5	fizzled
L	5	fizzles
L	5	fizzling
L	4	fl
L	4	flach
L	1	flag
L	1	flagged
L	5	flagging
L	1	flagrant
L	1	flags
L	4	flake
L	5	flaked
L	5	flakes
L	5	flaking
L	1	flamboyant
L	5	flame
L	5	flamed
L	4	flamengo
L	1	flames
L	5	flaming
L	1	flare
L	1	flared
L	1	flares
L	5	flaring
L	5	flash
L	5	flashed
L	1	flashes
L	5	flashing
L	1	flashpoint
L	1	flat
L	1	flatly
L	5	flatten
L	5	flattened
L	5	flattening
L	5	flattens
L	5	flatter
L	5	flattered
L	5	flattering
L	5	flatters
L	5	flattest
L	5	flavor
L	5	flavored
L	5	flavoring
L	5	flavors
L	5	flavour
L	5	flavoured
L	5	flavouring
L	5	flavours
L	1	flawed
L	1	flaws
L	1	flea
L	1	fleas
L	1	fled
L	1	flee
L	1	fleeing
L	1	flees
L	4	fleet
L	4	fleming
L	1	flesh
L	5	fleshed
L	5	fleshes
L	5	fleshing
L	4	fleurian
L	1	flew
L	5	flies
L	2	flight
L	1	flights
L	5	fling
L	5	flinging
L	5	flings
L	5	flip
L	5	flipping
L	5	flips
L	5	flirt
L	5	flirted
L	5	flirtier
L	5	flirtiest
L	5	flirting
L	5	flirtings
L	5	flirts
L	5	flirty
L	5	flo
L	5	float
L	1	floated
L	1	floating
L	5	floats
L	1	flock
L	5	flocked
L	5	flocking
L	5	flocks
L	1	flood
L	1	flooded
L	1	flooding
L	5	floodings
L	1	floods
L	1	floor
L	1	floors
L	4	florence
L	4	florencia
L	4	florida
L	5	flos
L	3	flour
L	1	flourishing
L	1	flow
L	5	flowed
L	4	flower
L	5	flowered
L	5	flowering
L	2	flowers
L	5	flowery
L	1	flowing
L	1	flown
L	1	flows
L	1	fluctuations
L	5	fluent
L	1	fluid
L	1	fluids
L	1	flung
L	5	fluorescent
L	4	flushing
L	5	fluster
L	5	flustered
L	5	flustering
L	5	flusters
L	5	flute
L	5	flutes
L	1	fly
L	1	fly-half
L	1	flying
L	5	foamier
L	5	foamiest
L	5	foamy
L	2	fob
L	1	focus
L	1	focused
L	1	focuses
L	1	focusing
L	4	foe
L	5	foes
L	5	fog
L	5	fogged
L	5	fogging
L	5	fogs
L	1	foil
L	5	foiled
L	5	foiling
L	5	foils
L	5	fold
L	5	folded
L	1	folding
L	5	folds
L	1	folks
L	5	folksy
L	5	follies
L	1	follow
L	1	follow-through
L	1	follow-up
L	1	followed
L	1	followers
L	1	following
L	1	follows
L	1	folly
L	1	foment
L	1	fomenting
L	5	fond
L	5	fonder
L	5	fondest
L	2	food
L	1	fool
L	1	fooled
L	5	fooling
L	1	foolish
L	2	fools
L	1	foot
L	1	footage
L	3	football
L	1	foothold
L	4	footscray
L	1	footsteps
L	2	for
L	5	forbade
L	1	forbid
L	1	forbidden
L	1	forbidding
L	5	forbids
L	2	force
L	1	forced
L	1	forcefully
L	2	forces
L	1	forcibly
L	1	forcing
L	4	ford
L	5	forebear
L	5	forebears
L	5	foreboding
L	5	forebodinging
L	5	forebodings
L	1	forecast
L	5	forecasting
L	5	forecastings
L	1	forecasts
L	5	foreclose
L	5	foreclosed
L	5	forecloses
L	5	foreclosing
L	2	forefathers
L	1	forefront
L	5	forego
L	5	foregoes
L	5	foregoing
L	1	forehand
L	2	foreign
L	1	foreign-born
L	1	foreigners
L	5	foreman
L	5	foremans
L	1	foremost
L	5	forerunner
L	5	forerunners
L	5	foresaw
L	5	foresee
L	5	foreseeable
L	5	foreseeing
L	1	foresees
L	5	foreshadow
L	5	foreshadowed
L	5	foreshadowing
L	5	foreshadows
L	2	forest
L	5	forester
L	5	foresters
L	1	forever
L	5	forewarn
L	5	forewarned
L	5	forewarning
L	5	forewarns
L	5	forewent
L	4	forfar
L	1	forfeit
L	1	forfeited
L	1	forfeiting
L	5	forfeits
L	5	forgave
L	1	forge
L	5	forged
L	5	forges
L	3	forget
L	5	forgetful
L	5	forgets
L	1	forgetting
L	5	forging
L	5	forgive
L	1	forgiven
L	1	forgiveness
L	5	forgives
L	5	forgiving
L	5	forgot
L	1	forgotten
L	5	forint
L	1	forints
L	5	fork
L	1	forked
L	5	forking
L	5	forks
L	1	form
L	1	formal
L	5	formaler
L	5	formalest
L	1	formally
L	1	format
L	1	formation
L	1	formators
L	5	formats
L	5	formatted
L	5	formatting
L	5	formattings
L	1	formed
L	2	former
L	1	formerly
L	1	forming
L	1	forms
L	2	formula
L	5	formulae
L	5	forsake
L	5	forsaken
L	5	forsakes
L	5	forsaking
L	4	forsbrand
L	5	forseen
L	5	forsook
L	1	forth
L	5	forthcome
L	5	forthcomes
L	1	forthcoming
L	4	fortier
L	5	fortieth
L	5	fortieths
L	4	fortuna
L	1	fortunate
L	5	forty
L	2	forum
L	1	forums
L	1	forward
L	1	forwarded
L	1	forwarding
L	5	forwards
L	4	foster
L	5	fostered
L	5	fostering
L	1	fought
L	1	foul
L	1	fouled
L	5	fouler
L	5	foulest
L	5	fouling
L	5	fouls
L	1	found
L	3	foundation
L	1	foundations
L	1	founded
L	1	founder
L	2	founders
L	1	founding
L	2	four
L	1	four-day
L	1	four-game
L	1	four-hour
L	1	four-nation
L	1	four-run
L	1	four-year
L	5	fourier
L	1	fours
L	5	foursome
L	5	foursomes
L	5	fourteen
L	5	fourteenth
L	5	fourteenths
L	2	fourth
L	1	fourth-seeded
L	5	fourths
L	5	fourtieth
L	5	fourtieths
L	5	fourty
L	5	fowl
L	4	fowler
L	4	fox
L	4	fr
L	1	fraction
L	1	fractionally
L	5	fracture
L	1	fractured
L	5	fractures
L	5	fracturing
L	5	fragile
L	5	fragme
L	5	fragment
L	5	fragmented
L	5	fragmenting
L	5	fragments
L	5	fragmes
L	5	fragming
L	5	fragrant
L	1	frail
L	5	frailer
L	5	frailest
L	1	frame
L	1	frame-up
L	1	framed
L	5	frames
L	1	framework
L	5	framing
L	4	frana
L	1	franc
L	4	france
L	4	francesco
L	5	franchise
L	5	franchised
L	5	franchises
L	5	franchising
L	4	francis
L	4	franciscan
L	4	franciscans
L	4	francisco
L	1	francs
L	4	frank
L	4	franken
L	5	franker
L	5	frankest
L	4	frankfurt
L	4	frankie
L	4	franklin
L	1	frankly
L	4	fransen
L	5	frantic
L	4	franz
L	4	fraser
L	1	fraud
L	1	frauds
L	1	fraudulent
L	4	frazier
L	4	fred
L	4	frederic
L	4	frederick
L	4	fredericks
L	2	free
L	1	freed
L	2	freedom
L	1	freeing
L	5	freelancer
L	5	freelancers
L	1	freely
L	4	freeman
L	4	freeman-wilson
L	4	freeport
L	5	freer
L	1	frees
L	5	freest
L	1	freeze
L	5	freezes
L	5	freezing
L	4	freiburg
L	1	freight
L	4	fremantle
L	3	french
L	4	frenchman
L	4	frentzen
L	4	frenz
L	1	frenzy
L	1	frequent
L	1	frequently
L	1	fresh
L	5	freshen
L	5	freshened
L	5	freshening
L	5	freshens
L	5	fresher
L	5	freshest
L	5	fretful
L	5	fri
L	4	friars
L	4	friday
L	5	fridays
L	5	fried
L	4	friedick
L	1	friend
L	5	friendlier
L	5	friendliest
L	1	friendly
L	2	friends
L	1	friendship
L	1	fries
L	5	frigate
L	5	frigates
L	5	frighten
L	1	frightened
L	5	frightening
L	5	frightens
L	5	frilly
L	5	fringe
L	5	fringed
L	4	fringer
L	5	fringes
L	5	fringest
L	5	fringing
L	4	frings
L	5	frolic
L	5	frolics
L	1	from
L	2	front
L	3	frontier
L	5	frontiers
L	4	frontpage
L	2	frost
L	5	frosted
L	5	frosting
L	5	frostings
L	5	frosts
L	4	frowick
L	5	frown
L	5	frowned
L	5	frowning
L	5	frowns
L	5	froze
L	1	frozen
L	5	frugal
L	2	fruit
L	1	fruitful
L	1	fruits
L	5	frustrate
L	1	frustrated
L	5	frustrates
L	1	frustrating
L	1	frustration
L	5	fry
L	5	frying
L	1	ft
L	5	ft2
L	5	ft3
L	4	ftse
L	5	ft²
L	5	ft³
L	5	fuck
L	5	fucked
L	5	fucking
L	5	fucks
L	1	fuel
L	1	fueled
L	1	fuelled
L	5	fuelling
L	5	fuels
L	1	fugitive
L	1	fugitives
L	1	fulfil
L	1	fulfill
L	1	fulfilled
L	5	fulfilling
L	1	fulfillment
L	5	fulfills
L	5	fulfils
L	4	fulham
L	1	full
L	1	full-year
L	5	fullest
L	1	fully
L	4	fulton
L	1	fun
L	1	function
L	5	functioned
L	1	functioning
L	1	functions
L	2	fund
L	1	fundamental
L	1	fundamentalism
L	1	fundamentalist
L	1	fundamentally
L	1	fundamentals
L	1	funded
L	1	funding
L	5	fundings
L	5	fundraise
L	5	fundraised
L	1	fundraiser
L	5	fundraises
L	5	fundraising
L	2	funds
L	5	funer
L	5	funeral
L	5	funerals
L	5	funest
L	5	fungi
L	5	fungus
L	4	funk
L	5	funnier
L	5	funniest
L	1	funny
L	2	furious
L	4	furlan
L	1	furlongs
L	5	furnish
L	5	furnished
L	5	furnishes
L	5	furnishing
L	5	furniture
L	5	furrier
L	5	furriest
L	5	furry
L	2	further
L	1	furthermore
L	5	furthest
L	4	furyk
L	4	fusai
L	5	fuss
L	5	fussed
L	5	fusses
L	5	fussing
L	1	future
L	2	futures
L	5	fuzz
L	5	fuzzed
L	5	fuzzes
L	5	fuzzing
L	3	g
L	4	g.
L	4	gabon
L	4	gabriel
L	5	gad
L	5	gadflies
L	5	gadfly
L	5	gads
L	1	gag
L	5	gagged
L	5	gagging
L	4	gagne
L	5	gags
L	5	gah
L	4	gaidano
L	5	gaier
L	4	gail
L	5	gails
L	1	gain
L	1	gained
L	1	gainers
L	5	gainful
L	1	gaining
L	1	gains
L	4	gajdos
L	4	gal
L	2	gala
L	4	galatasaray
L	4	galina
L	4	gallen
L	5	gallon
L	5	gallons
L	4	galo
L	4	gama
L	5	gambler
L	5	gamblers
L	1	game
L	5	gamed
L	2	games
L	5	gaming
L	4	gan
L	4	gane
L	2	gang
L	5	ganging
L	1	gangs
L	4	ganguly
L	1	gap
L	1	garbage
L	4	garcia
L	1	garden
L	5	gardened
L	5	gardener
L	5	gardeners
L	5	gardening
L	5	gardenings
L	5	gardens
L	4	garhi
L	1	garlic
L	5	garlics
L	5	garnish
L	5	garnishes
L	4	garry
L	4	gary
L	2	gas
L	1	gases
L	1	gasoline
L	5	gassed
L	5	gassing
L	4	gastel
L	4	gaston
L	1	gate
L	5	gated
L	1	gatekeeper
L	4	gates
L	1	gateway
L	1	gather
L	1	gathered
L	1	gathering
L	1	gatherings
L	5	gathers
L	5	gating
L	4	gatwick
L	5	gauche
L	4	gaudenzi
L	5	gaudier
L	5	gaudiest
L	4	gaudium
L	5	gaudy
L	1	gave
L	4	gavin
L	2	gay
L	5	gayest
L	4	gaza
L	5	gaze
L	5	gazed
L	5	gazes
L	4	gazeta
L	5	gazing
L	4	gazprom
L	5	gb
L	5	gbp
L	5	gbps
L	4	gdp
L	1	gear
L	5	gearing
L	5	gears
L	5	gee
L	5	geek
L	5	geeks
L	4	geelong
L	5	geese
L	5	geisha
L	5	geishas
L	5	gelatin
L	5	gelatins
L	4	geller
L	1	gendarmerie
L	2	gene
L	5	genera
L	2	general
L	1	generally
L	1	generals
L	5	generate
L	1	generated
L	1	generates
L	5	generating
L	5	generatings
L	1	generation
L	1	generations
L	5	generic
L	1	generous
L	1	genes
L	5	genetics
L	4	geneva
L	5	genious
L	5	geniouses
L	1	genitals
L	5	genius
L	5	geniuses
L	4	gennadi
L	4	genoa
L	1	genocide
L	5	gentle
L	1	gentleman
L	5	gentlemans
L	5	gentler
L	5	gentlest
L	1	genuine
L	1	genuinely
L	5	genuiner
L	5	genuinest
L	5	genus
L	4	georgalis
L	4	george
L	4	georgetown
L	4	georgia
L	4	georgiopoulos
L	4	gerard
L	4	gerhard
L	4	germain
L	4	german
L	4	germans
L	3	germany
L	1	gesture
L	1	gestures
L	1	get
L	1	gets
L	1	getting
L	5	ghastlier
L	5	ghastliest
L	5	ghastly
L	3	ghost
L	5	ghostlier
L	5	ghostliest
L	5	ghostly
L	5	ghosts
L	5	ghostwriter
L	5	ghostwriters
L	4	gianluca
L	4	gianni
L	1	giant
L	5	gianter
L	5	giantest
L	4	giants
L	4	gibbs
L	5	giddier
L	5	giddiest
L	5	giddy
L	1	gift
L	5	gifted
L	5	gifting
L	1	gifts
L	5	gigabyte
L	5	gigabytes
L	5	gigantic
L	5	giggle
L	5	giggled
L	5	giggles
L	5	giggling
L	4	gilani
L	4	gilardi
L	4	gilbert
L	4	giles
L	4	gilford
L	5	gill
L	4	gillingham
L	5	gills
L	4	gillum
L	4	gina
L	4	ginebra
L	4	gingrich
L	4	ginn
L	4	giovanni
L	1	girl
L	1	girlfriend
L	5	girlfriends
L	1	girls
L	4	giuliani
L	1	give
L	2	given
L	1	gives
L	1	giving
L	4	gks
L	5	glacier
L	1	glaciers
L	1	glad
L	5	gladder
L	5	gladest
L	5	gladiator
L	5	gladiators
L	4	glamorgan
L	5	glare
L	5	glared
L	5	glares
L	5	glaring
L	2	glass
L	4	glazov
L	5	gleam
L	5	gleamed
L	5	gleaming
L	5	gleams
L	5	glean
L	5	gleaned
L	5	gleaning
L	5	gleans
L	4	glen
L	4	glenn
L	1	glib
L	5	glibber
L	5	glibest
L	5	glide
L	5	glides
L	5	gliding
L	5	glidings
L	2	global
L	1	globalism
L	1	globalist
L	1	globally
L	2	globe
L	4	globo
L	1	gloom
L	5	gloomier
L	5	gloomiest
L	1	gloomy
L	4	gloria
L	1	glory
L	5	gloss
L	5	glossed
L	5	glosses
L	5	glossing
L	4	gloucestershire
L	1	gloves
L	1	glow
L	5	glowed
L	5	glowing
L	5	glows
L	5	glue
L	5	glued
L	5	glues
L	5	gluing
L	1	gluten
L	5	glycerin
L	4	glyn
L	4	gmbh
L	3	gmt
L	1	go
L	1	go-ahead
L	1	goal
L	5	goalie
L	5	goalies
L	1	goalkeeper
L	5	goalkeepers
L	1	goalless
L	1	goals
L	1	goalscorers
L	5	goaltender
L	5	goaltenders
L	4	god
L	4	god-given
L	1	goddess
L	5	goddesses
L	5	gods
L	1	goers
L	1	goes
L	4	gogele
L	1	going
L	4	golan
L	2	gold
L	3	golden
L	4	goldman
L	1	golds
L	4	goldstein
L	3	golf
L	1	golfer
L	5	golfers
L	5	golly
L	1	gone
L	1	gonna
L	4	gonzalez
L	4	gooch
L	1	good
L	5	goodbye
L	1	goodness
L	1	goods
L	1	goodwill
L	5	goof
L	5	goofed
L	5	goofier
L	5	goofiest
L	5	goofing
L	5	goofs
L	5	goofy
L	3	google
L	5	goose
L	4	goosen
L	4	goossens
L	4	gop
L	4	gopal
L	4	goran
L	4	gordon
L	4	gore
L	4	gornik
L	4	gorre
L	4	gorrochategui
L	5	gosh
L	3	gospel
L	1	gossip
L	5	gossiped
L	5	gossiping
L	5	gossips
L	1	got
L	1	gotten
L	4	gough
L	5	gought
L	4	goulnara
L	4	gov
L	1	gov't
L	1	goverment
L	1	govern
L	5	governed
L	1	governing
L	2	government
L	1	governments
L	2	governor
L	5	governs
L	4	gowdy
L	4	gowen
L	4	goydos
L	4	gps
L	4	graafschap
L	1	grab
L	4	grabb
L	1	grabbed
L	5	grabbing
L	1	grabs
L	3	grace
L	5	graced
L	5	graceful
L	5	gracing
L	1	grade
L	5	graded
L	1	grades
L	5	grading
L	1	gradual
L	5	graduate
L	5	graduated
L	5	graduates
L	5	graduating
L	4	graeme
L	4	graf
L	4	graham
L	5	graiest
L	2	grain
L	5	gram
L	1	grammes
L	5	grams
L	5	granaries
L	5	granary
L	3	grand
L	5	grandchild
L	5	grandchilds
L	5	granddaughter
L	5	granddaughters
L	4	grande
L	5	grander
L	5	grandest
L	5	grandfather
L	5	grandfathers
L	5	grandma
L	5	grandmas
L	5	grandmother
L	5	grandmothers
L	5	grandpa
L	5	grandparent
L	1	grandparents
L	5	grandpas
L	1	grandson
L	5	grandsons
L	1	granite
L	5	grannies
L	5	granny
L	3	grant
L	1	granted
L	1	granting
L	2	grants
L	5	graphic
L	1	graphically
L	5	graphics
L	5	grapple
L	5	grappled
L	5	grapples
L	5	grappling
L	4	gras
L	1	grasp
L	5	grasped
L	5	grasping
L	5	grasps
L	5	grass
L	4	grassi
L	4	grassley
L	5	grate
L	5	grated
L	1	grateful
L	5	grates
L	5	gratified
L	5	gratifies
L	5	gratify
L	5	gratifying
L	5	grating
L	5	gratis
L	1	grave
L	4	gravelaine
L	1	gravely
L	1	graver
L	5	graves
L	1	gravity
L	3	gray
L	5	grayer
L	4	graz
L	5	graze
L	5	grazed
L	5	grazes
L	1	grazing
L	5	greasy
L	2	great
L	1	greater
L	2	greatest
L	1	greatly
L	4	grech
L	4	greece
L	5	greed
L	5	greedier
L	5	greediest
L	5	greedy
L	4	greek
L	1	green
L	5	greener
L	5	greenest
L	4	greenfield
L	4	greenock
L	4	greens
L	4	greenwald
L	4	greer
L	1	greet
L	1	greeted
L	5	greeting
L	1	greetings
L	5	greets
L	4	greg
L	4	gregorian
L	4	gregory
L	5	greier
L	2	grenade
L	1	grenades
L	5	grenadier
L	5	grenadiers
L	1	grew
L	5	grey
L	5	greyest
L	1	grid
L	5	grids
L	5	grieve
L	5	grieved
L	5	grieves
L	5	grieving
L	5	grievings
L	1	grill
L	5	grilled
L	5	grilling
L	5	grills
L	1	grim
L	5	grimest
L	5	grimmer
L	4	grimsby
L	5	grind
L	1	grinding
L	5	grinds
L	1	grip
L	5	gripped
L	1	gripping
L	5	grips
L	4	griqualand
L	5	grislier
L	5	grisliest
L	5	grisly
L	5	grizzled
L	1	groin
L	4	gronholm
L	4	groningen
L	5	groom
L	5	groomed
L	5	grooming
L	5	grooms
L	5	groovier
L	5	grooviest
L	5	groovy
L	1	groped
L	1	groping
L	2	gross
L	5	grosser
L	5	grossest
L	1	grossly
L	4	grossman
L	1	ground
L	5	groundbreak
L	5	groundbreaking
L	5	groundbreaks
L	1	grounded
L	5	grounding
L	1	grounds
L	2	group
L	1	grouping
L	1	groups
L	1	grow
L	1	growing
L	1	grown
L	1	grows
L	1	growth
L	5	growthed
L	5	growthing
L	5	growths
L	4	grozny
L	5	grr
L	5	gruel
L	1	grueling
L	5	gruelled
L	5	gruelling
L	5	gruels
L	5	gruesome
L	5	gruesomer
L	5	gruesomest
L	5	grumble
L	5	grumbled
L	5	grumbles
L	5	grumbling
L	4	gte
L	4	guam
L	4	guangzhou
L	4	guarani
L	1	guarantee
L	1	guaranteed
L	5	guaranteeing
L	5	guarantees
L	3	guard
L	1	guarded
L	3	guardian
L	5	guarding
L	1	guards
L	4	guardsmen
L	4	guatemala
L	4	guatemalan
L	2	gubernatorial
L	4	guerrero
L	1	guerrilla
L	1	guerrillas
L	1	guess
L	5	guessed
L	5	guesses
L	1	guessing
L	1	guest
L	1	guests
L	1	guidance
L	2	guide
L	1	guided
L	1	guidelines
L	1	guides
L	1	guiding
L	5	guidings
L	1	guilders
L	4	guillaume
L	1	guilt
L	1	guilty
L	4	guinea
L	4	guingamp
L	1	guise
L	1	guitar
L	4	guivarch
L	4	gul
L	4	gulbuddin
L	4	gulf
L	5	gullies
L	5	gully
L	5	gulp
L	5	gulped
L	5	gulping
L	5	gulps
L	5	gum
L	4	gumy
L	1	gun
L	1	gun-toting
L	1	gunfire
L	1	gunman
L	1	gunmen
L	1	gunned
L	5	gunning
L	1	gunpoint
L	1	guns
L	1	guru
L	5	gurus
L	4	gurusinha
L	4	gustafsson
L	4	guus
L	3	guy
L	1	guys
L	4	guzman
L	4	gwen
L	5	gymnastics
L	5	gypsies
L	1	gypsy
L	3	h
L	4	h.r
L	4	h1
L	4	haarhuis
L	4	haarlem
L	4	haas
L	4	habib
L	4	habib-powell
L	4	habibullah
L	1	habits
L	4	habsudova
L	3	hack
L	1	hacked
L	2	hacking
L	1	hacks
L	1	had
L	1	hadn't
L	4	haeggman
L	1	haemorrhagic
L	4	haessler
L	4	hafiz
L	4	haga
L	5	haha
L	5	hahaha
L	5	hai
L	4	haig
L	1	hailed
L	1	hair
L	1	haircuts
L	5	hairdresser
L	5	hairdressers
L	5	hairstylist
L	5	hairstylists
L	1	hairy
L	4	haitai
L	4	hakkari
L	4	hakkinen
L	4	hal
L	4	haley
L	1	half
L	1	half-time
L	1	half-year
L	2	halftime
L	5	halibut
L	4	halimi
L	3	hall
L	5	hallelujah
L	5	hallowed
L	1	halls
L	1	hallway
L	4	halo
L	5	halos
L	1	halt
L	1	halted
L	1	halves
L	3	ham
L	4	hamas
L	4	hamburg
L	4	hamilton
L	4	hamlet
L	5	hammer
L	5	hammered
L	5	hammering
L	5	hammers
L	4	hammond
L	4	hammonds
L	5	hamper
L	1	hampered
L	5	hampering
L	5	hampers
L	4	hampshire
L	5	hams
L	4	hamza
L	4	hanan
L	1	hand
L	1	handed
L	1	handful
L	5	handfuls
L	2	handgun
L	1	handguns
L	1	handing
L	1	handle
L	1	handled
L	1	handlers
L	1	handles
L	1	handling
L	5	handlings
L	1	handover
L	2	hands
L	1	handsome
L	5	handsomer
L	5	handsomest
L	5	handsy
L	5	handy
L	2	hang
L	1	hang-up
L	1	hanged
L	1	hanging
L	1	hangs
L	5	hanker
L	5	hankered
L	5	hankering
L	5	hankers
L	4	hannity
L	4	hans
L	4	hansa
L	4	hansen
L	4	hansma
L	4	hanson
L	4	hanwha
L	4	hapoel
L	1	happen
L	1	happened
L	1	happening
L	1	happens
L	1	happier
L	5	happiest
L	5	happiness
L	1	happy
L	5	harangue
L	5	harangued
L	5	harangues
L	5	haranguing
L	4	harare
L	5	harass
L	1	harassed
L	5	harasses
L	1	harassing
L	2	harassment
L	5	harbour
L	5	harboured
L	5	harbouring
L	5	harbours
L	1	hard
L	5	hardcore
L	3	harden
L	1	harder
L	1	hardest
L	5	hardier
L	5	hardiest
L	4	harding
L	1	hardline
L	1	hardliners
L	1	hardly
L	1	hardship
L	5	hardworking
L	1	hardy
L	4	haringa
L	4	hariri
L	1	harm
L	5	harmed
L	1	harmful
L	5	harming
L	1	harms
L	5	harness
L	5	harnessed
L	5	harnesses
L	5	harnessing
L	4	harrington
L	4	harris
L	4	harrisburg
L	4	harrison
L	1	harrowing
L	5	harrowings
L	1	harsh
L	5	harsher
L	5	harshest
L	4	hartlepool
L	1	harvest
L	1	harvested
L	1	harvesting
L	5	harvestings
L	5	harvests
L	4	harvey
L	1	has
L	4	hasan
L	5	hash
L	4	hashan
L	5	hashed
L	5	hashes
L	4	hashimoto
L	5	hashing
L	5	hashish
L	1	hashtags
L	4	hasina
L	1	hasn't
L	4	hassan
L	5	haste
L	5	hasten
L	1	hat
L	1	hat-trick
L	4	hatch
L	5	hatched
L	5	hatches
L	5	hatching
L	1	hate
L	1	hated
L	1	hateful
L	1	haters
L	5	hates
L	1	hath
L	1	hating
L	1	hatred
L	1	haul
L	5	haunt
L	1	haunted
L	5	haunting
L	5	haunts
L	4	havana
L	1	have
L	4	haven
L	1	haven't
L	5	havens
L	1	having
L	1	havoc
L	4	havre
L	4	hawksworth
L	4	hawthorn
L	5	haze
L	5	hazed
L	5	hazel
L	5	hazels
L	5	hazes
L	5	hazing
L	1	he
L	2	he'd
L	1	he'll
L	2	head
L	1	headache
L	1	headaches
L	1	headed
L	1	header
L	5	headier
L	5	headiest
L	1	heading
L	4	headingley
L	4	headley
L	1	headline
L	1	headlined
L	1	headlines
L	5	headphone
L	5	headphones
L	1	headquarters
L	1	heads
L	1	heady
L	1	heal
L	1	healed
L	1	healing
L	5	heals
L	2	health
L	1	healthcare
L	1	healthy
L	4	healy
L	1	heaped
L	1	hear
L	1	heard
L	1	hearing
L	1	hearings
L	5	hears
L	2	heart
L	1	heartbeat
L	1	heartfelt
L	5	heartier
L	5	heartiest
L	3	hearts
L	5	heartwarm
L	5	heartwarmed
L	5	heartwarming
L	5	heartwarms
L	5	hearty
L	1	heat
L	1	heated
L	4	heath
L	4	heather
L	4	heathrow
L	1	heating
L	5	heatings
L	1	heats
L	2	heaven
L	5	heavenlier
L	5	heavenliest
L	1	heavenly
L	5	heavens
L	1	heavier
L	5	heaviest
L	1	heavily
L	1	heavy
L	4	hebrew
L	4	hebrews
L	4	hebron
L	5	heck
L	1	hectare
L	1	hectares
L	5	hectogram
L	5	hectograms
L	4	hedblom
L	1	hedge
L	1	hedged
L	5	hedges
L	5	hedging
L	5	hee
L	1	heed
L	1	heels
L	4	heerenveen
L	4	heeswijk
L	5	heftier
L	5	heftiest
L	1	hefty
L	1	hegemony
L	1	height
L	5	heighten
L	5	heightened
L	5	heightening
L	5	heightens
L	4	heights
L	4	heiko
L	4	heinrich
L	4	heinz-harald
L	1	heir
L	1	heirs
L	1	heist
L	5	heists
L	4	hekmatyar
L	2	held
L	4	helder
L	4	helena
L	4	helens
L	1	helicopter
L	1	helicopters
L	2	hell
L	5	hella
L	5	hellish
L	5	hello
L	4	helmer
L	4	helmut
L	1	help
L	1	helped
L	1	helpful
L	1	helping
L	1	helpless
L	1	helps
L	4	helsinki
L	1	hemorrhagic
L	5	hence
L	4	henderson
L	4	hendrika
L	4	henman
L	4	henri
L	4	henrietta
L	4	henrique
L	4	henry
L	2	her
L	3	herald
L	5	herb
L	4	herbert
L	5	herbs
L	4	herbst
L	1	here
L	4	hereford
L	1	heresy
L	1	heretic
L	1	heretical
L	1	heretics
L	3	heritage
L	4	herman
L	5	hermit
L	5	hermits
L	4	hernan
L	1	hero
L	4	herod
L	5	heroes
L	1	heroic
L	1	heroin
L	5	heroine
L	5	heroines
L	4	herron
L	1	hers
L	1	herself
L	4	hersh
L	5	hertz
L	5	hertzs
L	4	herve
L	5	hesitant
L	5	hesitanter
L	5	hesitantest
L	1	hesitation
L	1	heterosexual
L	4	hever
L	5	hey
L	4	hezbollah
L	5	hg
L	5	hi
L	4	hicham
L	4	hickson
L	2	hid
L	4	hidalgo
L	1	hidden
L	4	hiddink
L	1	hide
L	4	hidemichi
L	1	hides
L	1	hiding
L	2	hierarchical
L	1	hierarchy
L	4	higashi
L	2	high
L	1	high-profile
L	1	high-ranking
L	1	high-speed
L	1	higher
L	1	highest
L	5	highfalutin
L	1	highlight
L	1	highlighted
L	5	highlighting
L	1	highlights
L	1	highly
L	5	highrise
L	5	highrises
L	1	highs
L	1	highway
L	1	hijack
L	1	hijacked
L	1	hijackers
L	1	hijacking
L	1	hijackings
L	5	hijacks
L	5	hike
L	5	hiked
L	5	hikes
L	5	hiking
L	5	hikings
L	4	hilary
L	4	hill
L	4	hillary
L	4	hillel
L	5	hillier
L	5	hilliest
L	1	hills
L	5	hilly
L	1	him
L	4	himalayan
L	1	himself
L	4	hina
L	4	hincapie
L	4	hinckley
L	5	hinder
L	1	hindered
L	1	hindering
L	5	hinders
L	4	hingis
L	1	hint
L	1	hinted
L	1	hinterland
L	1	hinting
L	1	hints
L	5	hippopotami
L	5	hippopotamus
L	1	hire
L	1	hired
L	5	hires
L	1	hiring
L	5	hirings
L	1	his
L	4	hispanic
L	4	hispanics
L	4	hissou
L	5	historian
L	1	historians
L	1	historic
L	1	historical
L	1	histories
L	1	history
L	1	hit
L	1	hit-squad
L	4	hitler
L	1	hits
L	1	hitting
L	4	hk$
L	5	hkd
L	4	hlasek
L	5	hoary
L	2	hoax
L	5	hobbies
L	5	hobby
L	5	hobo
L	5	hobos
L	1	hoc
L	4	hoch
L	4	hock
L	3	hockey
L	4	hoddle
L	1	hog
L	4	hogg
L	1	hogs
L	5	hoist
L	5	hoisted
L	5	hoisting
L	5	hoists
L	1	hold
L	1	holder
L	1	holders
L	2	holding
L	3	holdings
L	1	holds
L	1	hole
L	5	holed
L	1	holes
L	1	holiday
L	1	holidays
L	2	holiness
L	5	holing
L	1	holistic
L	5	holla
L	5	hollies
L	1	hollow
L	5	hollowed
L	5	hollower
L	5	hollowest
L	5	hollowing
L	5	hollows
L	5	holly
L	4	hollywood
L	4	holocaust
L	1	holy
L	4	homan
L	2	home
L	1	home-made
L	3	homeland
L	1	homeless
L	5	homelesses
L	5	homelier
L	5	homeliest
L	5	homely
L	1	homer
L	1	homered
L	1	homers
L	1	homes
L	2	homeschool
L	1	homeschooling
L	5	homesick
L	5	homework
L	1	homicide
L	1	homophobic
L	2	homosexual
L	1	homosexualist
L	1	homosexuality
L	2	homosexuals
L	4	honda
L	4	honduran
L	4	hondurans
L	4	honduras
L	5	hone
L	1	honed
L	5	hones
L	1	honest
L	1	honestly
L	1	honesty
L	5	honey
L	4	hong
L	5	honing
L	2	honor
L	1	honorably
L	5	honorary
L	1	honored
L	5	honoring
L	4	honorius
L	5	honors
L	1	honour
L	1	honoured
L	5	honouring
L	1	honours
L	2	hook
L	5	hooked
L	5	hooking
L	5	hooks
L	5	hooky
L	5	hooray
L	5	hooyah
L	1	hop
L	2	hope
L	1	hoped
L	1	hopeful
L	1	hopefully
L	1	hopefuls
L	1	hopeless
L	1	hopes
L	1	hoping
L	5	hopped
L	5	hopping
L	5	hops
L	4	horizons
L	1	hormone
L	5	hormones
L	4	hornberger
L	4	horne
L	4	horowitz
L	1	horrible
L	1	horrific
L	1	horrified
L	5	horrifies
L	5	horrify
L	5	horrifying
L	1	horror
L	1	horrors
L	1	horse
L	5	horsed
L	5	horseradish
L	1	horses
L	5	horsing
L	4	horst
L	4	horvath
L	4	hosni
L	2	hospital
L	1	hospitalised
L	5	hospitality
L	1	hospitals
L	1	host
L	1	hostage
L	1	hostages
L	1	hosted
L	5	hostess
L	5	hostesses
L	1	hostile
L	1	hostilities
L	1	hostility
L	1	hosting
L	2	hosts
L	1	hot
L	5	hotbed
L	5	hotbeds
L	2	hotel
L	1	hotels
L	5	hotter
L	1	hottest
L	1	hour
L	5	hourly
L	1	hours
L	3	house
L	5	housed
L	2	household
L	5	housekeeper
L	5	housekeepers
L	1	houses
L	3	housing
L	4	houston
L	4	houthi
L	4	houthis
L	1	hovering
L	1	how
L	5	how's
L	4	howard
L	4	howell
L	1	however
L	5	howl
L	5	howled
L	5	howling
L	5	howlings
L	5	howls
L	5	hr
L	4	hriday
L	4	hristo
L	5	hrs
L	4	hrw
L	1	https
L	4	huber
L	4	hubner
L	4	huddersfield
L	4	hueite
L	4	huffington
L	5	hug
L	1	huge
L	5	huger
L	5	hugest
L	5	hugged
L	5	hugging
L	4	hugo
L	5	hugs
L	5	huh
L	4	huizinga
L	4	hull
L	4	huma
L	2	human
L	5	humane
L	2	humanitarian
L	5	humanitarians
L	1	humanity
L	1	humans
L	4	humberto
L	1	humble
L	5	humbled
L	5	humbler
L	5	humblest
L	5	humdrum
L	5	humdrums
L	4	humenne
L	5	humid
L	5	humider
L	5	humidest
L	5	humiliate
L	5	humiliated
L	5	humiliates
L	1	humiliating
L	1	humiliation
L	5	humph
L	4	humphries
L	1	hundred
L	1	hundreds
L	5	hundredth
L	1	hundredths
L	5	hung
L	4	hungarian
L	4	hungary
L	3	hunger
L	5	hungrier
L	5	hungriest
L	1	hungry
L	5	hunker
L	5	hunkered
L	5	hunkering
L	5	hunkers
L	1	hunt
L	1	hunted
L	1	hunter
L	5	hunters
L	1	hunting
L	5	huntings
L	5	hunts
L	1	hurdle
L	1	hurdles
L	1	hurled
L	5	hurrah
L	5	hurray
L	3	hurricane
L	1	hurried
L	5	hurries
L	1	hurry
L	5	hurrying
L	1	hurt
L	1	hurting
L	1	hurts
L	1	husband
L	5	husbands
L	5	hush
L	5	hushed
L	5	hushes
L	5	hushing
L	4	hussain
L	4	hussein
L	5	hussies
L	5	hussy
L	4	hutnik
L	4	hutton
L	4	hutu
L	4	hutus
L	5	huzzah
L	1	hydroelectric
L	5	hygienist
L	5	hygienists
L	1	hypocrisy
L	1	hypocrites
L	1	hypocritical
L	1	hysteria
L	1	hysterical
L	4	hyundai
L	5	hz
L	3	i
L	4	i'd
L	4	i'll
L	4	i'm
L	4	i've
L	1	i.e
L	4	iaea
L	4	ian
L	2	ibn
L	4	ibrahim
L	1	ice
L	4	iceland
L	5	icier
L	5	iciest
L	5	icing
L	5	icings
L	5	icon
L	5	icons
L	5	icy
L	4	id
L	1	idea
L	1	ideal
L	1	ideals
L	1	ideas
L	1	identified
L	1	identify
L	1	identifying
L	1	identities
L	2	identity
L	1	ideological
L	1	ideologies
L	1	ideology
L	5	idle
L	5	idled
L	5	idler
L	5	idles
L	5	idlest
L	5	idling
L	5	idol
L	5	idols
L	4	ieng
L	1	if
L	4	ifrc
L	2	iftar
L	4	ig
L	1	ignited
L	1	ignorance
L	1	ignorant
L	1	ignore
L	1	ignored
L	1	ignores
L	1	ignoring
L	4	igor
L	4	ii
L	4	iii
L	4	ijaz
L	4	il
L	4	ilhan
L	2	ill
L	1	ill-fated
L	1	illegal
L	1	illegally
L	2	illegals
L	5	illegitimate
L	5	iller
L	5	illest
L	1	illicit
L	4	illingworth
L	4	illinois
L	5	illiterate
L	2	illness
L	1	illnesses
L	1	illogical
L	5	illuminate
L	5	illuminated
L	5	illuminates
L	5	illuminating
L	1	illustrate
L	5	illustrated
L	5	illustrates
L	5	illustrating
L	5	illustratings
L	5	illustrator
L	5	illustrators
L	5	ils
L	4	ilunga
L	1	image
L	2	images
L	1	imagine
L	1	imagined
L	5	imagines
L	5	imagining
L	5	imaginings
L	5	imbue
L	5	imbued
L	5	imbues
L	5	imbuing
L	3	immaculate
L	5	immature
L	1	immediate
L	1	immediately
L	1	immense
L	5	immerse
L	5	immersed
L	5	immerses
L	5	immersing
L	1	immigrant
L	1	immigrants
L	2	immigration
L	1	imminent
L	1	immoral
L	2	immortal
L	1	immune
L	3	immutable
L	1	impact
L	1	impacted
L	5	impacting
L	5	impacts
L	5	impale
L	5	impaled
L	5	impales
L	5	impaling
L	5	impart
L	5	imparted
L	5	impartial
L	5	imparting
L	5	imparts
L	5	impatience
L	1	impeach
L	2	impeachment
L	1	impede
L	1	impediment
L	1	impending
L	1	imperative
L	5	imperfect
L	2	imperial
L	5	imperil
L	5	imperils
L	5	impinge
L	5	impinged
L	5	impinges
L	5	impinging
L	1	implement
L	1	implementation
L	1	implemented
L	1	implementing
L	5	implements
L	1	implicate
L	1	implicated
L	1	implication
L	1	implications
L	5	implicit
L	1	implied
L	1	implies
L	5	implode
L	5	imploded
L	5	implodes
L	5	imploding
L	5	implodings
L	5	imply
L	1	implying
L	5	impolite
L	2	import
L	1	importance
L	1	important
L	1	importantly
L	1	imported
L	1	importing
L	1	imports
L	1	impose
L	1	imposed
L	1	imposes
L	1	imposing
L	1	impossible
L	5	impoverish
L	1	impoverished
L	5	impoverishes
L	5	impoverishing
L	1	impress
L	1	impressed
L	5	impresses
L	5	impressing
L	1	impression
L	5	impressionist
L	5	impressionists
L	1	impressions
L	1	impressive
L	4	impreza
L	5	imprison
L	1	imprisoned
L	5	imprisoning
L	1	imprisonment
L	5	imprisons
L	1	impromptu
L	1	improper
L	1	improperly
L	1	improprieties
L	5	improv
L	1	improve
L	1	improved
L	1	improvement
L	5	improves
L	1	improving
L	1	impunity
L	4	imran
L	2	in
L	1	in-form
L	1	in-kind
L	5	in2
L	5	in3
L	1	inability
L	1	inaccurate
L	2	inaction
L	1	inadequate
L	1	inadvertently
L	5	inane
L	1	inappropriate
L	5	inasmuch
L	1	inauguration
L	1	inbox
L	5	inbred
L	4	inc
L	4	inc.
L	1	incapable
L	3	incarnation
L	5	incel
L	5	incels
L	1	incendiary
L	1	incentive
L	1	incentives
L	1	inch
L	1	inches
L	1	incident
L	1	incidents
L	5	incite
L	5	incited
L	1	incitement
L	5	incites
L	1	inciting
L	1	inclination
L	5	incline
L	5	inclined
L	5	inclines
L	5	inclining
L	1	include
L	1	included
L	1	includes
L	1	including
L	3	inclusion
L	2	income
L	1	incoming
L	1	incompatible
L	1	incompetence
L	1	incompetent
L	1	incomplete
L	1	incomprehensible
L	5	inconsiderate
L	1	inconvenient
L	5	incorporate
L	5	incorporated
L	5	incorporates
L	5	incorporating
L	2	incorrect
L	1	incorrectly
L	1	increase
L	1	increased
L	1	increases
L	1	increasing
L	1	increasingly
L	1	incredible
L	1	incredibly
L	1	incriminating
L	1	incubation
L	1	incumbent
L	5	incumbents
L	5	indebt
L	5	indebted
L	5	indebting
L	5	indebts
L	1	indeed
L	1	indefensible
L	1	indefinite
L	1	indefinitely
L	1	independence
L	2	independent
L	1	independently
L	5	indeterminate
L	2	index
L	5	indexed
L	5	indexing
L	4	india
L	4	indian
L	4	indian-american
L	4	indiana
L	4	indians
L	1	indicate
L	1	indicated
L	1	indicates
L	1	indicating
L	1	indication
L	1	indications
L	1	indicative
L	1	indicators
L	1	indices
L	5	indiceses
L	1	indicted
L	2	indictment
L	5	indie
L	1	indifference
L	1	indigenous
L	5	indirect
L	1	indirectly
L	1	indispensable
L	1	indissolubility
L	2	individual
L	1	individuals
L	1	indoctrination
L	4	indonesia
L	4	indonesian
L	4	indonesians
L	1	indoor
L	4	indra
L	5	indulge
L	1	indulged
L	5	indulgent
L	5	indulges
L	5	indulging
L	2	industrial
L	2	industries
L	2	industry
L	1	ineligible
L	5	inept
L	5	inert
L	4	ines
L	1	inescapable
L	1	inevitable
L	1	inevitably
L	1	inexhaustible
L	4	inez
L	1	infallible
L	1	infamous
L	1	infamously
L	1	infant
L	5	infants
L	1	infect
L	1	infected
L	5	infecting
L	1	infection
L	1	infections
L	1	infectious
L	5	infects
L	5	inferior
L	5	infest
L	5	infested
L	5	infesting
L	5	infests
L	2	infidelity
L	2	infidels
L	1	infighting
L	1	infiltrated
L	2	infiltration
L	5	infinite
L	1	infirmary
L	1	inflammation
L	5	inflate
L	1	inflated
L	5	inflates
L	5	inflating
L	2	inflation
L	1	inflict
L	1	inflicted
L	1	inflow
L	3	inflows
L	1	influence
L	1	influenced
L	5	influences
L	1	influencing
L	1	influential
L	1	influx
L	1	info
L	1	inform
L	2	informant
L	3	information
L	1	informed
L	1	informing
L	1	informs
L	4	infowars
L	4	infowars.com
L	5	infrared
L	1	infrastructure
L	5	infrequent
L	1	infringe
L	1	infringement
L	5	infuriate
L	1	infuriated
L	5	infuriates
L	1	infuriating
L	5	infuse
L	5	infused
L	5	infuses
L	5	infusing
L	1	infusion
L	3	ing
L	1	ingenuity
L	5	ingest
L	5	ingested
L	5	ingesting
L	5	ingests
L	4	ingrid
L	1	ingrown
L	5	inhabit
L	5	inhabitant
L	1	inhabitants
L	5	inhabited
L	5	inhabiting
L	5	inhabits
L	5	inhale
L	5	inhaled
L	5	inhales
L	5	inhaling
L	1	inherent
L	1	inherently
L	2	inheritance
L	5	inhibit
L	5	inhibited
L	5	inhibiting
L	5	inhibitory
L	5	inhibits
L	1	inhuman
L	1	initial
L	1	initially
L	5	initiate
L	1	initiated
L	5	initiates
L	5	initiating
L	1	initiative
L	1	initiatives
L	1	injection
L	1	injunction
L	5	injure
L	1	injured
L	1	injures
L	1	injuries
L	1	injuring
L	1	injury
L	1	injustice
L	5	ink
L	5	inked
L	5	inking
L	5	inks
L	5	innate
L	1	inner
L	1	inning
L	1	innings
L	1	innocence
L	1	innocent
L	5	innocents
L	5	innovate
L	5	innovated
L	5	innovates
L	5	innovating
L	5	innovatings
L	5	innovator
L	5	innovators
L	4	innsbruck
L	5	inordinate
L	5	inquire
L	5	inquired
L	5	inquires
L	1	inquiries
L	5	inquiring
L	1	inquiry
L	5	inr
L	2	insane
L	5	insect
L	5	insects
L	5	insecure
L	5	insecurer
L	5	insecurest
L	1	insert
L	1	inserted
L	5	inserting
L	1	inserts
L	1	inside
L	1	insider
L	5	insignificant
L	1	insist
L	1	insisted
L	1	insistence
L	1	insistent
L	1	insistently
L	1	insisting
L	1	insists
L	5	insoluble
L	5	insolvent
L	5	inspect
L	5	inspected
L	5	inspecting
L	5	inspectings
L	1	inspection
L	1	inspections
L	3	inspector
L	1	inspectors
L	5	inspects
L	5	inspire
L	1	inspired
L	5	inspires
L	5	inspiring
L	1	install
L	1	installation
L	1	installed
L	5	installer
L	5	installers
L	1	installing
L	1	installs
L	1	instance
L	1	instances
L	2	instant
L	1	instantly
L	5	instants
L	1	instead
L	5	instigator
L	5	instigators
L	5	instil
L	5	instilled
L	5	instils
L	3	institute
L	2	instituted
L	5	institutes
L	2	institution
L	1	institutional
L	1	institutions
L	5	instruct
L	1	instructed
L	1	instructing
L	2	instruction
L	1	instructions
L	5	instructor
L	5	instructors
L	5	instructs
L	1	instrument
L	1	instrumental
L	4	instrumentum
L	5	insubordinate
L	1	insult
L	5	insulted
L	1	insulting
L	1	insults
L	2	insurance
L	5	insure
L	5	insured
L	1	insurer
L	5	insures
L	5	insuring
L	1	intact
L	5	integrate
L	1	integrated
L	5	integrates
L	5	integrating
L	2	integrity
L	2	intel
L	5	intellect
L	5	intellects
L	1	intellectual
L	5	intellegent
L	5	intellegenter
L	5	intellegentest
L	2	intelligence
L	4	intellihub
L	1	intend
L	1	intended
L	1	intending
L	1	intends
L	1	intense
L	1	intensified
L	5	intensifies
L	1	intensify
L	5	intensifying
L	1	intensity
L	1	intensive
L	1	intent
L	5	intented
L	5	intenting
L	1	intention
L	1	intentional
L	1	intentionally
L	1	intentions
L	5	intents
L	4	inter
L	5	interact
L	5	interacted
L	5	interacting
L	5	interactings
L	1	interactions
L	5	interacts
L	2	interbank
L	1	intercede
L	1	intercepted
L	5	interdependent
L	2	interest
L	1	interested
L	1	interesting
L	1	interests
L	5	interface
L	5	interfaced
L	5	interfaces
L	5	interfacing
L	4	interfax
L	1	interfere
L	1	interference
L	1	interim
L	5	interims
L	2	interior
L	5	intermediate
L	5	intermediater
L	5	intermediatest
L	5	intern
L	4	internacional
L	1	internal
L	2	international
L	1	internationally
L	1	internationals
L	5	interned
L	4	internet
L	5	interning
L	5	interns
L	4	interpol
L	1	interpret
L	2	interpretation
L	1	interpretations
L	1	interpreted
L	5	interpreting
L	5	interprets
L	1	interrogated
L	1	interrogation
L	5	interrupt
L	1	interrupted
L	5	interrupting
L	5	interrupts
L	5	interstate
L	1	interval
L	1	intervene
L	1	intervened
L	1	intervening
L	1	intervention
L	1	interview
L	1	interviewed
L	5	interviewing
L	5	interviewings
L	1	interviews
L	1	intimate
L	5	intimater
L	5	intimatest
L	1	intimidate
L	5	intimidated
L	5	intimidates
L	5	intimidating
L	1	intimidation
L	1	into
L	1	intolerance
L	5	intoxicate
L	5	intoxicated
L	5	intoxicates
L	5	intoxicating
L	5	intrigue
L	5	intrigued
L	5	intrigues
L	5	intriguing
L	1	intrinsically
L	1	introduce
L	1	introduced
L	5	introduces
L	5	introducing
L	1	introduction
L	5	intrude
L	5	intruded
L	5	intrudes
L	5	intruding
L	5	inundate
L	5	inundated
L	5	inundates
L	1	inundating
L	1	invade
L	1	invaded
L	1	invaders
L	5	invades
L	1	invading
L	1	invalid
L	1	invaluable
L	2	invasion
L	5	invent
L	5	invented
L	1	inventing
L	5	inventings
L	5	inventor
L	1	inventories
L	5	inventors
L	1	inventory
L	5	invents
L	4	inverness
L	5	invert
L	5	invertebrate
L	5	invertebrates
L	5	inverted
L	5	inverting
L	5	inverts
L	5	invest
L	1	invested
L	1	investigate
L	1	investigated
L	1	investigates
L	1	investigating
L	2	investigation
L	1	investigations
L	2	investigative
L	2	investigator
L	1	investigators
L	1	investing
L	2	investment
L	2	investments
L	1	investor
L	2	investors
L	5	invests
L	5	invigorate
L	5	invigorated
L	5	invigorates
L	5	invigorating
L	2	invitation
L	1	invite
L	1	invited
L	1	invites
L	1	inviting
L	5	invoice
L	5	invoiced
L	5	invoices
L	5	invoicing
L	5	invoke
L	1	invoked
L	5	invokes
L	5	invoking
L	1	involve
L	1	involved
L	1	involvement
L	1	involves
L	1	involving
L	4	inzamam-ul-haq
L	4	inzoli
L	5	in²
L	5	in³
L	4	ioc
L	4	iowa
L	4	ipe
L	4	iran
L	4	irani
L	4	iranian
L	4	iranian-backed
L	4	iranians
L	4	iraq
L	4	iraqi
L	4	iraqis
L	5	irate
L	1	ire
L	4	ireland
L	4	irgc
L	4	irina
L	4	irish
L	5	irk
L	5	irked
L	5	irking
L	5	irks
L	4	irma
L	4	irna
L	1	iron
L	4	ironi
L	1	ironically
L	5	ironing
L	5	ironings
L	5	irons
L	1	irony
L	1	irrefutable
L	1	irregular
L	1	irregularities
L	1	irrelevant
L	1	irresponsible
L	1	irreversible
L	1	irrevocable
L	1	irrevocably
L	5	irritate
L	5	irritated
L	5	irritates
L	5	irritating
L	4	irvine
L	4	irving
L	1	is
L	4	isaac
L	4	isaiah
L	4	isis
L	4	islam
L	4	islamabad
L	4	islamic
L	4	islamist
L	4	islamists
L	4	islamization
L	2	island
L	3	islands
L	4	ismail
L	2	isn't
L	5	isolate
L	1	isolated
L	5	isolates
L	5	isolating
L	1	isolation
L	4	israel
L	4	israel-plo
L	4	israeli
L	4	israeli-palestinian
L	4	israeli-plo
L	4	israelis
L	4	israelites
L	2	issue
L	1	issued
L	1	issues
L	1	issuing
L	4	istanbul
L	2	it
L	4	italian
L	4	italy
L	4	itamar
L	4	itar-tass
L	1	items
L	1	its
L	1	itself
L	4	iv
L	4	iva
L	4	ivan
L	4	ivanisevic
L	4	ivorian
L	4	ivory
L	4	ix
L	4	j
L	4	j.
L	4	jack
L	5	jacked
L	4	jackie
L	5	jacking
L	5	jacks
L	4	jackson
L	4	jacob
L	4	jacobs
L	4	jacqueline
L	4	jacques
L	5	jade
L	5	jaded
L	4	jadeja
L	5	jades
L	5	jag
L	5	jagged
L	5	jagging
L	5	jags
L	4	jaha
L	4	jahan
L	2	jail
L	1	jailed
L	4	jaime
L	4	jakarta
L	4	jake
L	4	jakob
L	4	jalal
L	5	jam
L	4	jamal
L	4	james
L	4	jamie
L	1	jammed
L	5	jams
L	4	jan
L	4	jan-april
L	4	jana
L	4	jane
L	4	janeiro
L	4	jans
L	4	january
L	4	january-june
L	4	jao
L	4	japan
L	4	japanese
L	4	jared
L	1	jargon
L	4	jarmo
L	4	jarrett
L	5	jasmine
L	5	jasmines
L	4	jason
L	4	java
L	1	javelin
L	4	javier
L	4	jay
L	4	jayasuriya
L	4	jays
L	1	jazz
L	5	jazzed
L	5	jazzes
L	4	jc
L	4	jcpoa
L	4	jean
L	4	jean-françois
L	4	jean-michel
L	4	jean-paul
L	4	jean-philippe
L	4	jean-pierre
L	5	jeans
L	4	jeb
L	5	jeez
L	4	jeff
L	5	jellies
L	5	jelly
L	5	jellyfish
L	4	jennifer
L	4	jens
L	4	jensen
L	4	jeremy
L	4	jeroen
L	4	jerome
L	4	jerry
L	4	jersey
L	4	jerusalem
L	4	jesse
L	5	jester
L	5	jesters
L	4	jesus
L	1	jet
L	4	jetsi
L	4	jetty
L	4	jew
L	3	jewel
L	1	jewelry
L	5	jewels
L	4	jewish
L	4	jews
L	4	jfk
L	4	jiang
L	2	jihad
L	2	jihadi
L	1	jihadis
L	3	jihadist
L	2	jihadists
L	4	jim
L	4	jimenez
L	4	jimmy
L	4	jimy
L	4	jing-qian
L	4	jiri
L	1	jitters
L	1	jittery
L	4	jiul
L	1	jizya
L	4	joakim
L	4	joao
L	1	job
L	1	jobs
L	4	joe
L	4	joel
L	4	joering
L	5	jog
L	5	jogged
L	5	jogger
L	5	joggers
L	5	jogging
L	5	joggings
L	5	jogs
L	4	johan
L	4	johannesburg
L	4	johansson
L	4	john
L	4	johnny
L	4	johnson
L	4	johnstone
L	1	join
L	1	joined
L	1	joining
L	2	joins
L	1	joint
L	1	jointly
L	1	joke
L	1	joked
L	1	jokes
L	1	joking
L	5	jolie
L	5	jolies
L	5	jollier
L	5	jolliest
L	5	jolly
L	4	jon
L	4	jonas
L	4	jonathan
L	4	jonathon
L	4	jones
L	4	jong
L	4	jong-un
L	4	jongsma
L	4	jonzon
L	4	joost
L	4	jordan
L	4	jordanian
L	4	jordi
L	4	jorge
L	4	jos
L	4	jose
L	4	joseph
L	4	josé
L	5	jot
L	5	jots
L	5	joule
L	5	joules
L	3	journal
L	2	journalism
L	2	journalist
L	1	journalistic
L	1	journalists
L	1	journals
L	1	journey
L	1	joy
L	4	joyce
L	5	joys
L	5	jpy
L	4	jr
L	4	jta
L	4	juan
L	4	judaism
L	2	judge
L	2	judged
L	1	judges
L	1	judging
L	5	judgings
L	1	judgment
L	1	judgments
L	2	judicial
L	3	judiciary
L	4	judith
L	4	juergen
L	5	juggle
L	5	juggled
L	5	juggler
L	5	jugglers
L	5	juggles
L	5	juggling
L	5	jugglings
L	4	juha
L	5	juice
L	5	juiced
L	5	juices
L	5	juicier
L	5	juiciest
L	5	juicing
L	5	juicy
L	4	jul
L	4	julia
L	4	julian
L	4	julie
L	4	juliet
L	4	julio
L	4	july
L	1	jump
L	1	jumped
L	1	jumping
L	1	jumps
L	4	jun
L	4	june
L	2	jungle
L	1	junior
L	3	juniors
L	4	jupiter
L	4	juppe
L	1	juridical
L	1	jurisdiction
L	2	jury
L	1	just
L	2	justice
L	1	justices
L	1	justification
L	1	justified
L	5	justifies
L	1	justify
L	5	justifying
L	5	justifyings
L	4	justin
L	1	justly
L	1	juvenile
L	5	juveniles
L	4	juventude
L	4	juventus
L	5	juxtapose
L	5	juxtaposed
L	5	juxtaposes
L	5	juxtaposing
L	4	jv
L	4	jvp
L	4	jyvaskyla
L	3	k
L	4	k.t
L	4	kabariti
L	4	kabul
L	4	kafelnikov
L	4	kalashnikov
L	4	kaluwitharana
L	4	kambli
L	4	kamio
L	4	kamoga
L	4	kan
L	4	kandahar
L	4	kankkunen
L	4	kansas
L	4	kantharoopan
L	4	kapoor
L	5	kaput
L	4	karachi
L	4	karadima
L	4	karak
L	5	karate
L	4	karbacher
L	1	karbovanets
L	4	karen
L	4	karim
L	4	karin
L	4	karina
L	4	karl
L	4	karlsruhe
L	4	karlsson
L	4	karol
L	4	karsten
L	4	kashmir
L	4	kaspars
L	4	kasper
L	4	kasperian
L	4	katarina
L	4	katayama
L	4	kate
L	3	kath.net
L	4	kathmandu
L	4	kathy
L	4	katowice
L	4	katz
L	4	kavanaugh
L	4	kawasaki
L	4	kazakhstan
L	4	kazakstan
L	4	kazi
L	5	kb
L	5	kbps
L	4	kdp
L	4	keane
L	5	keel
L	5	keeling
L	5	keels
L	1	keen
L	5	keener
L	5	keenest
L	1	keenness
L	1	keep
L	1	keeping
L	1	keeps
L	4	keith
L	4	keller
L	4	kelly
L	5	kelvin
L	5	kelvins
L	4	kemp
L	4	ken
L	4	kennedy
L	4	kenneth
L	4	kenny
L	4	kent
L	4	kentucky
L	4	kenya
L	1	kept
L	4	kerkrade
L	4	kerry
L	4	kevin
L	2	key
L	1	keyed
L	5	keying
L	2	keynote
L	5	keynotes
L	5	keys
L	1	kg
L	4	khaleda
L	4	khalidi
L	4	khalq
L	4	khamenei
L	4	khan
L	4	khartoum
L	4	khashoggi
L	4	khweis
L	1	kick
L	1	kickback
L	2	kickbacks
L	1	kicked
L	5	kicking
L	5	kickings
L	1	kickoff
L	1	kicks
L	4	kid
L	1	kidding
L	1	kidnap
L	5	kidnaping
L	1	kidnapped
L	1	kidnappers
L	1	kidnapping
L	1	kidnaps
L	1	kidney
L	1	kids
L	4	kiev
L	4	kijimuta
L	4	kiko
L	4	kilda
L	1	kill
L	1	killed
L	1	killer
L	1	killers
L	1	killing
L	1	killings
L	1	kills
L	1	kilo
L	5	kilobyte
L	5	kilobytes
L	5	kilogram
L	1	kilograms
L	5	kilometer
L	5	kilometers
L	1	kilometre
L	1	kilometres
L	1	kilos
L	4	kim
L	4	kimberly
L	4	kimiko
L	5	kin
L	1	kind
L	1	kinda
L	5	kinder
L	5	kindergarten
L	5	kindest
L	5	kindly
L	1	kinds
L	3	king
L	3	kingdom
L	1	kingmaker
L	5	kings
L	3	kingship
L	5	kins
L	4	kinshasa
L	5	kinsman
L	5	kinsmans
L	5	kinswoman
L	5	kinswomans
L	4	kirk
L	4	kirkuk
L	4	kispest
L	1	kiss
L	1	kissed
L	5	kisses
L	5	kissing
L	5	kitten
L	5	kittens
L	5	kitties
L	5	kitty
L	4	kivu
L	4	kkk
L	4	klas
L	4	klaus
L	4	klerk
L	4	klimis
L	4	klinsmann
L	1	km
L	5	km/h
L	5	km2
L	5	kmph
L	1	kms
L	5	km²
L	5	kn
L	5	knead
L	5	kneading
L	5	kneadings
L	5	kneads
L	1	knee
L	5	kneel
L	5	kneeled
L	5	kneeling
L	5	kneels
L	4	kneipp
L	1	knelt
L	1	knew
L	5	knickers
L	4	knight
L	5	knit
L	5	knits
L	5	knitted
L	5	knitting
L	5	knittings
L	5	knock
L	1	knocked
L	1	knocking
L	5	knocks
L	1	knot
L	5	knots
L	5	knotted
L	1	know
L	1	knowing
L	1	knowingly
L	1	knowledge
L	4	knowles
L	1	known
L	1	knows
L	4	knox
L	4	kobili
L	4	kocinski
L	4	kock
L	4	koech
L	4	koepke
L	4	koerts
L	4	kohl
L	4	komarica
L	4	konan
L	4	kong
L	4	koninklijke
L	4	kontogiannis
L	4	koran
L	4	korda
L	4	korea
L	4	korean
L	4	koreans
L	4	kors
L	4	kosgei
L	4	kournikova
L	1	kph
L	5	kr
L	4	kragujevac
L	4	krajicek
L	4	krakow
L	4	kremlin
L	4	kris
L	4	kristian
L	4	kristie
L	4	kristina
L	3	kritarch
L	1	kritarchs
L	5	krona
L	5	kronas
L	4	kroslak
L	4	kruger
L	5	krw
L	4	krzysztof
L	4	kschwendt
L	4	kucera
L	4	kuiper
L	4	kulti
L	4	kumara
L	4	kumble
L	1	kuna
L	4	kung
L	4	kurd
L	4	kurdish
L	4	kurdistan
L	4	kurds
L	4	kurt
L	4	kuttab
L	4	kuwait
L	5	kwanza
L	5	kwanzas
L	5	kyat
L	5	kyats
L	4	kyle
L	4	kytolehto
L	3	l
L	4	l.
L	3	la
L	1	lab
L	4	labat
L	1	label
L	5	labeled
L	5	labelling
L	1	labels
L	3	labor
L	4	laboratories
L	1	laboratory
L	5	laborer
L	1	laborers
L	5	laboring
L	4	laboris
L	5	labors
L	3	labour
L	1	laboured
L	5	labouring
L	5	labours
L	4	laca
L	5	lace
L	5	laced
L	5	laces
L	5	lacing
L	1	lack
L	5	lacked
L	1	lacking
L	1	lacks
L	5	lad
L	4	laden
L	5	ladies
L	5	lads
L	2	lady
L	3	laetitia
L	5	lag
L	1	lagged
L	1	lagging
L	5	lags
L	5	lah
L	4	lahore
L	1	laid
L	5	laier
L	5	laiest
L	2	laity
L	3	lake
L	4	lakes
L	4	lamar
L	4	lambert
L	4	lambrecks
L	5	lame
L	1	lamented
L	5	lamer
L	5	lamest
L	4	lampitt
L	4	lamy
L	4	lancashire
L	4	lance
L	5	lanced
L	4	lancer
L	4	lancien
L	5	lancing
L	2	land
L	1	landed
L	2	landing
L	5	landings
L	5	landlord
L	5	landlords
L	1	landmark
L	2	lands
L	3	lane
L	1	lanes
L	4	langer
L	4	langrova
L	1	language
L	1	languages
L	5	languid
L	5	languish
L	5	languished
L	5	languishes
L	1	languishing
L	4	lanka
L	4	lankan
L	4	lankans
L	4	lanner
L	4	lansana
L	4	lantheaume
L	1	lap
L	4	lapentti
L	1	lapped
L	5	lapping
L	1	laps
L	1	lapse
L	5	lapsed
L	1	laptop
L	1	large
L	1	largely
L	1	larger
L	1	largest
L	4	larnaca
L	4	larry
L	4	larsson
L	5	larva
L	5	larvae
L	4	las
L	5	lash
L	1	lashed
L	5	lashes
L	5	lashing
L	5	lass
L	5	lasses
L	2	last
L	2	last-minute
L	1	lasted
L	5	laster
L	1	lasting
L	1	lasts
L	5	latch
L	5	latched
L	5	latches
L	5	latching
L	1	late
L	1	lately
L	1	later
L	2	latest
L	4	lathwell
L	4	latin
L	4	latino
L	4	latinos
L	1	latter
L	5	latters
L	4	latvia
L	1	lauded
L	5	laugh
L	1	laughable
L	1	laughed
L	1	laughing
L	5	laughings
L	5	laughs
L	1	laughter
L	4	laun
L	1	launch
L	1	launched
L	1	launchers
L	1	launches
L	1	launching
L	1	launder
L	5	laundered
L	2	laundering
L	5	launders
L	4	laura
L	4	lauraloomer
L	1	laureate
L	5	laureates
L	4	laurence
L	4	laurent
L	4	lausberg
L	2	law
L	1	law-abiding
L	1	lawful
L	1	lawfully
L	1	lawmaker
L	1	lawmakers
L	4	lawrie
L	1	laws
L	1	lawsuit
L	1	lawsuits
L	1	lawyer
L	1	lawyers
L	1	lay
L	1	layer
L	5	layers
L	1	laying
L	5	layman
L	5	laymans
L	1	layoffs
L	1	lays
L	4	lazar
L	2	lb
L	1	lb-3
L	1	lb-4
L	1	lbs
L	1	lbw
L	4	le
L	5	leach
L	5	leached
L	5	leaches
L	5	leaching
L	1	lead
L	1	leader
L	1	leaders
L	1	leadership
L	1	leading
L	1	leads
L	5	leaf
L	2	league
L	2	leak
L	1	leaked
L	5	leaking
L	1	leaks
L	5	lean
L	4	leander
L	5	leaner
L	5	leanest
L	5	leaning
L	5	leans
L	1	leap
L	5	leaped
L	5	leaping
L	5	leaps
L	5	leapt
L	1	learn
L	1	learned
L	4	learning
L	5	learnings
L	5	learns
L	1	lease
L	5	leased
L	5	leases
L	1	leasing
L	5	leasings
L	1	least
L	5	leather
L	1	leave
L	1	leaves
L	1	leaving
L	4	lebanese
L	4	lebanon
L	4	lebed
L	4	lebouc
L	4	lecce
L	4	lech
L	1	lecture
L	5	lectured
L	1	lectures
L	5	lecturing
L	1	led
L	4	lee
L	4	leeann
L	5	leech
L	5	leeched
L	5	leeches
L	5	leeching
L	4	leeds
L	5	leerier
L	5	leeriest
L	5	leery
L	4	lefebvre
L	4	lefevre
L	1	left
L	1	left-field
L	1	left-hander
L	2	left-wing
L	1	leftist
L	2	leftists
L	1	leftwing
L	1	leg
L	2	legacy
L	2	legal
L	1	legally
L	1	legend
L	1	legendary
L	5	legends
L	4	legia
L	3	legion
L	4	legionaries
L	1	legislation
L	2	legislative
L	1	legislators
L	1	legislature
L	1	legislatures
L	1	legitimate
L	1	legs
L	5	leh
L	4	lehman
L	1	lei
L	4	leicester
L	4	leicestershire
L	5	leisure
L	4	lejeune
L	4	lemon
L	5	lempira
L	5	lempiras
L	1	lend
L	1	lending
L	5	lends
L	1	length
L	5	lengthen
L	5	lengthened
L	1	lengthening
L	5	lengthens
L	2	lengths
L	1	lengthy
L	1	lenient
L	4	lennart
L	3	lens
L	1	lent
L	4	leo
L	4	leon
L	4	leonard
L	4	leone
L	4	leopold
L	5	leos
L	3	les
L	1	less
L	5	lessen
L	5	lessened
L	5	lessening
L	5	lessens
L	3	lesser
L	1	lesson
L	1	lessons
L	1	lest
L	1	let
L	1	lethal
L	1	lets
L	2	letter
L	1	letters
L	1	letting
L	1	level
L	1	leveled
L	5	levelling
L	1	levels
L	4	levenson
L	1	leverage
L	4	leverkusen
L	1	levied
L	1	levies
L	4	levy
L	5	levying
L	4	lew
L	5	lewd
L	5	lewder
L	5	lewdest
L	4	lewinsky
L	4	lewis
L	4	leyton
L	4	lg
L	4	lgbt
L	4	li
L	4	liam
L	1	liar
L	4	libby
L	1	libel
L	3	liberal
L	1	liberals
L	4	liberation
L	4	liberia
L	1	libertarian
L	2	liberties
L	2	liberty
L	1	library
L	5	libretti
L	5	libretto
L	4	libya
L	4	libyan
L	5	lice
L	1	licences
L	1	license
L	1	licensed
L	1	licenses
L	1	licensing
L	5	licensings
L	1	licit
L	5	lick
L	5	licked
L	5	licking
L	5	licks
L	1	lie
L	4	liechtenstein
L	1	lied
L	4	liege
L	2	lies
L	4	lietti
L	4	lieutenant
L	5	lieutenants
L	2	life
L	1	life-saving
L	1	lifelong
L	5	lifesave
L	5	lifesaved
L	5	lifesaves
L	5	lifesaving
L	4	lifesitenews
L	1	lifestyle
L	2	lifetime
L	1	lift
L	1	lifted
L	1	lifting
L	5	liftings
L	1	lifts
L	1	light
L	1	lighten
L	5	lightened
L	5	lightening
L	5	lightens
L	5	lighthearted
L	1	lighting
L	1	lightning
L	1	lights
L	5	lightweight
L	4	ligier
L	1	like
L	1	liked
L	5	likelier
L	5	likeliest
L	1	likelihood
L	1	likely
L	1	likened
L	1	likes
L	1	likewise
L	4	likhovtseva
L	5	liking
L	4	likud
L	5	lil
L	5	liler
L	5	lilest
L	5	lilies
L	4	lille
L	5	lily
L	4	lima
L	5	lime
L	5	limes
L	1	limit
L	1	limitations
L	2	limited
L	5	limiting
L	5	limitings
L	1	limits
L	1	limp
L	5	limper
L	5	limpest
L	4	lincoln
L	4	lindsay
L	2	line
L	1	lined
L	1	lines
L	1	lineup
L	4	linford
L	5	linger
L	1	lingered
L	5	lingering
L	1	lingers
L	1	linguistic
L	5	linguistics
L	4	linhart
L	5	lining
L	1	link
L	1	linked
L	4	linkedin
L	1	linking
L	1	links
L	4	linz
L	3	lion
L	2	lions
L	5	lipid
L	5	lipids
L	1	lips
L	5	liquefied
L	5	liquefies
L	5	liquefy
L	5	liquefying
L	5	liquid
L	5	liquidate
L	1	liquidated
L	5	liquidates
L	5	liquidating
L	1	liquidity
L	1	liquids
L	2	lira
L	5	liras
L	4	lisa
L	4	lisbon
L	2	list
L	1	listed
L	1	listen
L	1	listened
L	1	listening
L	5	listenings
L	5	listens
L	1	listing
L	5	listings
L	1	lists
L	5	lit
L	5	liter
L	5	literal
L	1	literally
L	5	literary
L	5	literate
L	2	literature
L	5	liters
L	4	lithuania
L	1	litre
L	5	litres
L	1	littered
L	2	little
L	5	littler
L	5	littlest
L	1	liturgical
L	2	liturgy
L	4	liu
L	1	live
L	1	lived
L	5	livelier
L	5	liveliest
L	5	lively
L	5	liven
L	5	livened
L	5	livening
L	5	livens
L	5	liver
L	4	liverpool
L	1	lives
L	5	livest
L	1	livestock
L	1	living
L	4	livingston
L	4	ljubljana
L	4	lks
L	4	llc
L	4	lloyd
L	5	lmao
L	4	lme
L	5	lmfao
L	1	load
L	1	loaded
L	5	loading
L	5	loads
L	5	loaf
L	1	loan
L	1	loaned
L	5	loaning
L	1	loans
L	5	loaves
L	1	lobbied
L	1	lobbies
L	1	lobby
L	1	lobbying
L	1	local
L	1	locally
L	1	locals
L	1	locate
L	1	located
L	1	location
L	1	locations
L	1	lock
L	1	locked
L	5	locking
L	1	locks
L	3	lodge
L	1	lodged
L	5	lodges
L	5	lodging
L	5	lodgings
L	4	lodz
L	5	loftier
L	5	loftiest
L	5	lofty
L	4	lofven
L	1	log
L	1	logged
L	1	logging
L	1	logic
L	1	logical
L	4	logistics
L	2	logs
L	4	lokeren
L	4	loko
L	5	lol
L	5	lols
L	4	lomas
L	4	lombardo
L	4	lome
L	4	lommel
L	4	london
L	1	lone
L	5	lonelier
L	5	loneliest
L	1	lonely
L	2	long
L	1	long-running
L	1	long-secret
L	1	long-standing
L	1	long-term
L	1	long-time
L	1	longer
L	1	longest
L	1	longstanding
L	5	longterm
L	1	longtime
L	1	look
L	1	looked
L	1	looking
L	1	looks
L	4	loomer
L	1	looming
L	1	loose
L	5	loosen
L	1	loosened
L	5	loosening
L	5	loosens
L	5	looser
L	5	loosest
L	5	loot
L	1	looting
L	5	loots
L	4	lopez
L	4	lord
L	1	lords
L	4	loren
L	4	lorenzo
L	4	loretta
L	1	lorries
L	4	los
L	1	lose
L	1	loser
L	1	losers
L	1	loses
L	1	losing
L	1	loss
L	1	losses
L	1	lost
L	1	lot
L	1	lots
L	4	lotte
L	1	loud
L	1	louder
L	1	loudest
L	4	louis
L	4	louise
L	1	lounge
L	5	lousier
L	5	lousiest
L	5	lousy
L	5	loutish
L	2	love
L	1	loved
L	5	lovelier
L	5	loveliest
L	4	lovell
L	1	lovely
L	1	lover
L	5	lovers
L	5	loves
L	1	loving
L	1	low
L	1	low-lying
L	1	lower
L	1	lowered
L	1	lowering
L	1	lowers
L	1	lowest
L	5	lowlier
L	5	lowliest
L	5	lowly
L	1	lows
L	1	loyal
L	5	loyaler
L	5	loyalest
L	4	lp
L	3	ltd
L	4	ltte
L	4	lu
L	4	lubin
L	4	luc
L	4	luciano
L	1	luck
L	5	lucked
L	5	luckier
L	5	luckiest
L	5	lucking
L	5	lucks
L	1	lucky
L	4	lucy
L	5	luddite
L	5	luddites
L	1	ludicrous
L	4	ludmila
L	4	ludwig
L	1	luggage
L	4	luis
L	4	luke
L	1	lumber
L	5	lumbering
L	5	lumen
L	5	lumens
L	5	lump
L	5	lumped
L	5	lumping
L	5	lumps
L	1	lunch
L	1	lunches
L	1	lung
L	5	lurk
L	5	lurked
L	1	lurking
L	5	lurks
L	4	lusaka
L	5	lush
L	5	lushes
L	5	lust
L	5	lusted
L	5	lusting
L	5	lusts
L	4	luther
L	4	luton
L	5	lux
L	4	luxembourg
L	1	luxury
L	4	lvmpd
L	1	lying
L	5	lyings
L	4	lynch
L	4	lynne
L	4	lyon
L	1	m
L	4	m.
L	5	m/s
L	4	m2
L	4	m3
L	4	maarten
L	5	macabre
L	4	macedonia
L	4	macedonian
L	1	machinations
L	1	machine
L	1	machinery
L	3	machines
L	5	macho
L	4	maciel
L	5	macked
L	5	macking
L	1	mad
L	4	madagascar
L	5	madden
L	5	maddened
L	5	maddening
L	5	maddens
L	5	madder
L	2	made
L	5	madest
L	4	madrid
L	3	mafia
L	3	maga
L	4	magali
L	1	magazine
L	1	magazines
L	4	magdalena
L	5	magenta
L	1	magic
L	5	magician
L	5	magicians
L	4	magister
L	1	magisterial
L	3	magisterium
L	1	magistrate
L	1	magistrates
L	5	magnate
L	5	magnates
L	1	magnetic
L	1	magnitude
L	4	magnus
L	4	mahanama
L	4	maher
L	1	mail
L	1	mail-in
L	5	mailed
L	5	mailing
L	5	mails
L	5	maim
L	1	maimed
L	5	maiming
L	5	maims
L	1	main
L	1	mainland
L	1	mainly
L	1	mainstream
L	1	maintain
L	1	maintained
L	1	maintaining
L	5	maintainings
L	1	maintains
L	1	maintenance
L	4	majesty
L	4	majoli
L	2	major
L	1	major-league
L	1	majorities
L	1	majority
L	1	majors
L	1	make
L	1	maker
L	1	makers
L	1	makes
L	5	makeshift
L	4	makinen
L	1	making
L	4	malakwen
L	1	malaria
L	4	malawi
L	4	malaysian
L	4	malcolm
L	1	male
L	4	maleeva
L	1	males
L	1	malfeasance
L	1	malign
L	4	malik
L	4	malivai
L	4	malone
L	4	malta
L	4	mamiit
L	5	mammal
L	5	mammalian
L	1	mammals
L	5	mammoth
L	2	man
L	1	man-of-the-match
L	4	manafort
L	1	manage
L	1	managed
L	2	management
L	1	manager
L	3	managers
L	1	manages
L	1	managing
L	4	managua
L	4	manbij
L	4	manchester
L	4	mandalay
L	4	mandalaybay
L	1	mandate
L	1	mandated
L	1	mandates
L	5	mandating
L	1	mandatory
L	4	mandela
L	5	mandible
L	5	mandibles
L	4	manhattan
L	5	maniac
L	5	maniacs
L	1	manifest
L	5	manifested
L	5	manifesting
L	5	manifestings
L	1	manifestly
L	5	manifests
L	1	manipulate
L	1	manipulated
L	1	manipulating
L	2	manipulation
L	1	manipulative
L	2	mankind
L	5	manned
L	1	manner
L	5	mannered
L	5	mannering
L	5	manners
L	3	manning
L	1	manoeuvre
L	5	manoeuvred
L	5	manoeuvres
L	5	manoeuvring
L	5	mans
L	4	mansfield
L	1	manslaughter
L	4	mantilla
L	1	mantra
L	1	manual
L	4	manuel
L	1	manufacture
L	1	manufactured
L	1	manufacturer
L	1	manufacturers
L	1	manufactures
L	1	manufacturing
L	5	manufacturings
L	1	many
L	4	maoist
L	1	map
L	4	mapei
L	5	mapped
L	5	mapping
L	5	maps
L	4	maradiaga
L	1	marathon
L	4	marburg
L	4	marc
L	4	marc-vivien
L	4	marcel
L	4	marcelo
L	3	march
L	4	marchal
L	1	marched
L	1	marching
L	4	marcin
L	4	marco
L	4	marcos
L	4	marcus
L	4	margaret
L	1	margin
L	1	marginalized
L	1	marginally
L	1	margins
L	4	margolis
L	4	maria
L	4	mariaan
L	4	marian
L	4	mariano
L	4	marie
L	1	marijuana
L	4	marilou
L	4	marina
L	3	marine
L	4	mariners
L	4	marines
L	4	marino
L	4	mario
L	4	marion
L	1	marital
L	5	maritime
L	4	marjory
L	3	mark
L	1	marked
L	2	market
L	5	marketed
L	2	marketing
L	1	marketings
L	1	marketplace
L	2	markets
L	5	marking
L	1	markka
L	4	markov
L	1	marks
L	4	markvart
L	4	marlins
L	4	maronite
L	1	marred
L	1	marriage
L	1	marriages
L	1	married
L	5	marries
L	1	marry
L	5	marrying
L	4	mars
L	4	marseille
L	4	marsh
L	4	marshall
L	5	marshalled
L	5	marshalling
L	5	marsupial
L	5	marsupials
L	4	martin
L	4	martina
L	4	martinez
L	4	marty
L	5	martyr
L	2	martyrs
L	4	maru
L	4	maruyama
L	4	marx
L	4	marxism
L	4	marxist
L	4	mary
L	4	maryland
L	5	masculine
L	5	mash
L	5	mashed
L	5	mashes
L	5	mashing
L	5	mask
L	1	masked
L	4	maskhadov
L	5	masking
L	5	masks
L	2	mass
L	4	massachusetts
L	1	massacre
L	1	massacres
L	3	masses
L	4	massimo
L	1	massive
L	4	massoud
L	2	master
L	5	mastered
L	5	mastering
L	4	masterkova
L	4	masters
L	5	mat
L	1	match
L	1	matched
L	1	matches
L	1	matching
L	2	mate
L	2	material
L	1	materialise
L	1	materials
L	5	mates
L	5	mathematics
L	5	matriarch
L	5	matriarches
L	5	matrices
L	5	matrix
L	4	mats
L	5	matses
L	4	matsuoka
L	4	matt
L	1	matter
L	5	mattered
L	5	mattering
L	1	matters
L	4	matthew
L	4	matthews
L	5	mature
L	1	matured
L	5	maturer
L	5	matures
L	5	maturest
L	1	maturing
L	1	maturity
L	4	maureen
L	4	mauritania
L	4	mauritius
L	4	maurizio
L	1	maverick
L	4	max
L	5	maxed
L	5	maxes
L	1	maximum
L	5	maxing
L	3	may
L	4	maya
L	5	mayas
L	1	maybe
L	4	mayfair
L	5	mayflies
L	5	mayfly
L	4	maynard
L	4	mayock
L	1	mayor
L	3	mayors
L	5	mb
L	4	mbandaka
L	4	mcallen
L	4	mcallister
L	4	mccabe
L	4	mccain
L	4	mccarrick
L	4	mccarron
L	4	mccarthy
L	4	mcconnell
L	4	mccurry
L	4	mcelroy
L	4	mcewen
L	4	mcfarland
L	4	mcgill
L	4	mcginley
L	4	mcgrath
L	4	mcgriff
L	4	mclaren
L	4	mcmaster
L	4	mcnamara
L	4	mcrae
L	1	me
L	4	meadows
L	5	meager
L	1	meal
L	1	mean
L	5	meander
L	5	meandered
L	5	meandering
L	5	meanders
L	5	meaner
L	5	meanest
L	2	meaning
L	1	meaningful
L	1	meaningless
L	5	meanings
L	1	means
L	1	meant
L	1	meantime
L	1	meanwhile
L	1	measles
L	5	measlier
L	5	measliest
L	5	measly
L	1	measure
L	1	measured
L	1	measures
L	1	measuring
L	1	meat
L	5	meatier
L	5	meatiest
L	5	meaty
L	5	mechanic
L	5	mechanics
L	1	medal
L	1	medallist
L	1	medals
L	1	meddling
L	2	media
L	5	median
L	5	medians
L	5	medic
L	4	medicaid
L	2	medical
L	4	medicare
L	2	medicine
L	5	medics
L	5	mediocre
L	1	meditate
L	5	meditated
L	5	meditates
L	1	meditating
L	5	meditatings
L	1	medium
L	4	medvedev
L	1	meek
L	5	meeker
L	5	meekest
L	1	meet
L	1	meeting
L	1	meetings
L	1	meets
L	5	mega
L	5	megabyte
L	5	megabytes
L	4	megawati
L	5	meh
L	4	mek
L	5	melancholy
L	4	melanie
L	4	melbourne
L	4	meligeni
L	4	melissa
L	5	mellow
L	5	mellower
L	5	mellowest
L	5	melodies
L	5	melody
L	5	melt
L	5	melted
L	1	melting
L	5	melts
L	1	member
L	1	members
L	1	membership
L	2	memo
L	5	memoranda
L	1	memorandum
L	1	memorial
L	1	memories
L	1	memory
L	1	memos
L	2	men
L	1	menace
L	5	menacing
L	5	mend
L	5	mended
L	5	mending
L	5	mends
L	2	mental
L	1	mentality
L	1	mention
L	1	mentioned
L	1	mentioning
L	1	mentions
L	1	mentor
L	5	mentors
L	5	menu
L	5	menus
L	5	merchandise
L	3	merchant
L	1	merchants
L	2	merciful
L	2	mercy
L	1	mere
L	1	merely
L	1	merge
L	5	merged
L	1	merger
L	5	merges
L	5	merging
L	4	meri
L	1	merit
L	5	merited
L	5	meriting
L	1	merits
L	4	merlene
L	4	merrill
L	5	merry
L	4	mesa
L	5	mesmerize
L	5	mesmerized
L	5	mesmerizes
L	5	mesmerizing
L	1	mess
L	2	message
L	5	messaged
L	1	messages
L	1	messaging
L	5	messagings
L	1	messed
L	2	messenger
L	5	messes
L	5	messing
L	1	met
L	2	metal
L	5	metallurgy
L	2	metals
L	5	meter
L	5	meters
L	1	methods
L	5	metier
L	5	metiers
L	4	metoo
L	1	metres
L	1	metric
L	5	metrics
L	4	metro
L	3	metropolitan
L	4	mets
L	4	metz
L	4	mexican
L	4	mexico
L	4	mfs
L	5	mg
L	4	mg-technogym
L	4	mgm
L	3	mi
L	5	mi/h
L	4	miami
L	4	miami-dade
L	5	mic
L	1	mice
L	4	michael
L	4	michel
L	4	michele
L	4	michelle
L	4	michigan
L	4	mickelson
L	5	microgram
L	5	micrograms
L	1	microphone
L	5	microsecond
L	5	microseconds
L	4	microsoft
L	5	mics
L	1	mid
L	1	mid-1997
L	1	mid-august
L	1	mid-september
L	1	midday
L	3	middle
L	1	middle-aged
L	4	middlesbrough
L	4	middlesex
L	4	mideast
L	1	midfielder
L	1	midnight
L	1	midst
L	1	midterm
L	2	midterms
L	1	midweek
L	4	midwest
L	4	mieciel
L	1	might
L	2	migrant
L	2	migrants
L	1	migration
L	4	miguel
L	4	mika
L	4	mikael
L	4	mike
L	4	mikerin
L	4	miladin
L	4	milan
L	1	mild
L	1	mild-mannered
L	5	milder
L	5	mildest
L	1	mile
L	5	mile2
L	2	miles
L	5	mile²
L	4	milinko
L	1	militant
L	1	militants
L	5	militaries
L	2	military
L	1	militia
L	1	militias
L	3	milk
L	5	milked
L	5	milking
L	5	milks
L	1	millennia
L	4	miller
L	5	milligram
L	1	milligrams
L	5	milliliter
L	5	milliliters
L	5	millimeter
L	5	millimeters
L	1	million
L	1	millions
L	5	millionth
L	5	millionths
L	5	millisecond
L	5	milliseconds
L	4	millns
L	3	mills
L	4	millwall
L	4	miltiadis
L	4	milwaukee
L	5	mime
L	5	mimed
L	5	mimes
L	5	mimic
L	5	mimick
L	5	mimicked
L	5	mimicking
L	5	mimicks
L	5	mimics
L	5	miming
L	3	min
L	4	minardi
L	5	mince
L	5	minced
L	5	minces
L	5	mincing
L	2	mind
L	5	mindblowing
L	5	minded
L	1	mindful
L	5	minding
L	1	minds
L	1	mindset
L	1	mine
L	5	mined
L	4	mineiro
L	1	miner
L	5	mineral
L	3	minerals
L	2	mines
L	1	mingle
L	5	mingled
L	5	mingles
L	5	mingling
L	5	mini
L	5	miniature
L	5	miniatures
L	1	minimize
L	1	minimum
L	1	minimums
L	2	mining
L	5	minings
L	5	minion
L	5	minions
L	3	minister
L	1	ministers
L	2	ministry
L	2	minivan
L	4	minneapolis
L	4	minnesota
L	1	minor
L	1	minorities
L	1	minority
L	2	minors
L	1	minus
L	5	minusing
L	5	minuss
L	1	minute
L	1	minutes
L	4	mir
L	1	miracle
L	4	mirhunisa
L	4	miriam
L	4	mirren
L	2	mirror
L	5	mirrored
L	1	mirroring
L	5	mirrors
L	1	miscarriage
L	5	mischief
L	5	mischiefs
L	1	misconduct
L	1	misdeeds
L	5	misfit
L	5	misfits
L	1	misfortune
L	1	misguided
L	1	mishandling
L	1	misleading
L	1	misled
L	5	misplace
L	5	misplaced
L	5	misplaces
L	5	misplacing
L	1	misquoted
L	2	miss
L	1	missed
L	1	misses
L	1	missile
L	1	missiles
L	1	missing
L	1	mission
L	2	missionaries
L	2	missionary
L	1	missions
L	1	missive
L	5	missives
L	4	missouri
L	5	missus
L	5	missuses
L	1	mistake
L	1	mistaken
L	1	mistakes
L	5	mistaking
L	4	mister
L	5	misters
L	5	mistier
L	5	mistiest
L	5	mistook
L	2	mistranslation
L	5	misty
L	1	misunderstanding
L	4	mitch
L	4	mitchell
L	5	mitigate
L	5	mitigated
L	5	mitigates
L	5	mitigating
L	4	mitsubishi
L	5	mitten
L	5	mittens
L	1	mix
L	1	mixed
L	5	mixes
L	1	mixing
L	5	ml
L	1	mln
L	1	mm
L	5	mm2
L	5	mmm
L	5	mm²
L	4	mo
L	1	mobile
L	5	mobiles
L	1	mobilize
L	1	mobilized
L	1	mock
L	1	mocked
L	1	mockery
L	5	mocking
L	5	mocks
L	1	mode
L	1	model
L	5	modeled
L	5	modeling
L	5	modelings
L	1	models
L	1	modem
L	1	moderate
L	5	moderated
L	5	moderater
L	1	moderates
L	5	moderatest
L	1	moderating
L	5	moderator
L	5	moderators
L	1	modern
L	1	modern-day
L	1	modernist
L	5	modernists
L	1	modernization
L	1	modest
L	1	modicum
L	1	modification
L	1	modifications
L	1	modified
L	5	modifies
L	5	modify
L	5	modifying
L	5	moduli
L	5	modulus
L	4	moeller
L	4	moenchengladbach
L	1	mogul
L	5	moguls
L	4	mohamad
L	4	mohamed
L	4	mohammad
L	4	mohammed
L	4	moin
L	5	moist
L	5	moister
L	1	moisture
L	5	mold
L	5	molded
L	5	molding
L	4	moldova
L	5	molds
L	5	moldy
L	1	mole
L	4	molenbeek
L	1	molest
L	1	molested
L	5	molesting
L	5	molests
L	1	molotov
L	5	mom
L	1	moment
L	1	moments
L	1	momentum
L	5	mommies
L	5	mommy
L	5	moms
L	5	mon
L	4	monaco
L	1	monarch
L	5	monarches
L	2	monasteries
L	2	monastery
L	1	monastic
L	4	monday
L	5	mondays
L	4	monde
L	2	monetary
L	2	money
L	4	mongia
L	4	monica
L	1	monitor
L	5	monitored
L	1	monitoring
L	5	monitorings
L	1	monitors
L	5	monk
L	5	monkey
L	5	monkeyed
L	5	monkeying
L	1	monkeys
L	5	monks
L	5	monochrome
L	5	monogamy
L	5	monopolies
L	1	monopoly
L	4	monrovia
L	4	monsignor
L	1	monster
L	4	montalvo
L	4	montana
L	4	monte
L	4	montgomerie
L	1	month
L	1	month-end
L	1	monthly
L	2	months
L	4	montolio
L	4	montpelier
L	4	montpellier
L	4	montreal
L	1	mood
L	5	moodier
L	5	moodiest
L	4	moody
L	3	moon
L	4	moore
L	5	moose
L	5	moot
L	5	mop
L	5	moped
L	5	mopeds
L	5	mopped
L	5	mopping
L	5	mops
L	1	moral
L	1	morality
L	1	morally
L	1	morals
L	1	moratorium
L	5	morbid
L	1	more
L	4	moreau
L	4	morelli
L	4	moreno
L	5	moreover
L	4	morgan
L	4	morley
L	2	morning
L	5	mornings
L	4	moroccan
L	4	morocco
L	4	morris
L	1	mortal
L	5	mortals
L	1	mortgage
L	4	morton
L	2	mosaic
L	4	moscow
L	4	moses
L	4	moslem
L	4	moslem-croat
L	4	moslems
L	1	mosque
L	2	mosques
L	5	mosquito
L	5	mosquitoes
L	4	moss
L	2	most
L	1	mostly
L	1	motel
L	3	mother
L	1	mothers
L	4	motherwell
L	1	motion
L	1	motions
L	5	motivate
L	1	motivated
L	5	motivates
L	5	motivating
L	1	motive
L	1	motives
L	1	motocross
L	2	motor
L	2	motorcycle
L	1	motorist
L	4	motorola
L	4	motors
L	1	motorway
L	5	mould
L	5	moulds
L	3	mount
L	2	mountain
L	1	mountainous
L	2	mountains
L	1	mounted
L	1	mounting
L	5	mounts
L	1	mourn
L	5	mourned
L	5	mourning
L	5	mourns
L	4	mouscron
L	1	mouse
L	1	mouth
L	5	mouthed
L	5	mouthing
L	5	mouths
L	1	move
L	1	moved
L	2	movement
L	1	movements
L	1	moves
L	1	movie
L	1	movies
L	1	moving
L	5	mow
L	5	mowed
L	5	mowing
L	5	mows
L	4	moxon
L	4	moya
L	4	mozambique
L	1	mph
L	4	mps
L	4	mr
L	4	mr.
L	4	mrs
L	4	ms
L	5	msg
L	5	msged
L	4	msgr
L	4	msv
L	4	mubarak
L	1	much
L	1	much-delayed
L	5	muddle
L	5	muddled
L	5	muddles
L	5	muddling
L	5	muddy
L	4	mueller
L	4	muhammad
L	4	mujtaba
L	1	mull
L	2	mullahs
L	4	mullally
L	5	mulled
L	4	muller
L	5	mulling
L	5	mulls
L	1	multi-ethnic
L	1	multi-generation
L	1	multi-party
L	2	multicultural
L	1	multiculturalism
L	5	multifaceted
L	1	multiple
L	5	multiplied
L	5	multiplies
L	5	multiply
L	5	multiplying
L	5	mum
L	5	mumble
L	5	mumbled
L	5	mumbles
L	5	mumbling
L	1	mummies
L	5	mummy
L	5	mumps
L	5	mums
L	5	mundane
L	5	mundaner
L	5	mundanest
L	1	muni
L	4	munich
L	2	municipal
L	1	municipality
L	4	munton
L	5	mural
L	4	muralitharan
L	5	murals
L	1	murder
L	1	murdered
L	1	murderer
L	1	murdering
L	1	murders
L	4	murdoch
L	4	murillo
L	1	murky
L	4	murray
L	4	muscat
L	1	muscle
L	4	museeuw
L	4	museum
L	4	mushtaq
L	2	music
L	1	musician
L	5	musicians
L	4	muslim
L	4	muslims
L	1	must
L	4	mustapha
L	3	muster
L	1	mutate
L	5	mute
L	1	muted
L	5	muter
L	5	mutest
L	4	muthiah
L	4	mutola
L	1	muttering
L	1	mutton
L	1	mutual
L	4	muzaffar
L	4	muzaffarabad
L	1	muzzle
L	4	mx
L	2	my
L	4	myers
L	1	myriad
L	1	myself
L	1	mysterious
L	2	mystery
L	5	mystic
L	5	mystics
L	5	mystified
L	5	mystifies
L	5	mystify
L	5	mystifying
L	1	myth
L	1	mythical
L	5	m²
L	5	m³
L	4	müller
L	2	n
L	1	n't
L	4	n.
L	4	n.j.
L	1	nabs
L	4	nac
L	5	nag
L	5	nagged
L	5	nagging
L	5	naggings
L	5	nags
L	4	nagyova
L	5	nah
L	4	nail
L	5	nailed
L	5	nailing
L	5	nails
L	4	nairobi
L	1	naive
L	5	naiver
L	5	naivest
L	1	naiveté
L	1	naked
L	2	name
L	1	named
L	1	namely
L	3	names
L	4	namibia
L	4	namibian
L	1	naming
L	4	nana
L	4	nancy
L	5	nannies
L	5	nanny
L	5	nanosecond
L	5	nanoseconds
L	4	nantes
L	4	naoko
L	4	napolitano
L	5	narcotic
L	5	narcotics
L	2	narrative
L	1	narratives
L	5	narrator
L	5	narrators
L	1	narrow
L	1	narrowed
L	5	narrower
L	5	narrowest
L	5	narrowing
L	5	narrows
L	4	nasa
L	4	nasdaq
L	5	nat
L	4	natalia
L	4	natalya
L	4	natasha
L	4	nathalie
L	1	nation
L	3	national
L	1	national-security
L	2	nationalist
L	1	nationalists
L	1	nationality
L	1	nationally
L	1	nationals
L	1	nationhood
L	3	nations
L	1	nationwide
L	2	native
L	1	native-born
L	5	natives
L	4	nativity
L	4	nato
L	4	nato-led
L	5	nats
L	2	natural
L	1	naturally
L	2	nature
L	4	nauert
L	5	nausiating
L	2	naval
L	5	navigate
L	5	navigated
L	5	navigates
L	5	navigating
L	5	navigatings
L	4	navy
L	4	nawaz
L	5	nay
L	4	nazi
L	4	nazis
L	1	naïve
L	1	nb-3
L	1	nb-8
L	4	nbc
L	4	nbh
L	1	nd
L	4	nda
L	4	neagle
L	2	near
L	1	near-term
L	1	nearby
L	5	neared
L	5	nearer
L	1	nearest
L	5	nearing
L	1	nearly
L	5	nears
L	1	neat
L	5	neater
L	5	neattest
L	5	nebula
L	5	nebulae
L	4	nec
L	1	necessarily
L	1	necessary
L	1	necessity
L	1	neck
L	1	necks
L	4	necmettin
L	4	nederland
L	1	need
L	1	needed
L	5	needing
L	1	needs
L	1	nefarious
L	1	negative
L	1	neglect
L	1	neglected
L	5	neglecting
L	5	neglects
L	1	negligence
L	1	negligent
L	1	negotiate
L	1	negotiated
L	1	negotiates
L	1	negotiating
L	5	negotiatings
L	1	negotiation
L	1	negotiations
L	1	negotiator
L	5	neice
L	5	neices
L	1	neighbor
L	1	neighborhood
L	1	neighboring
L	5	neighborly
L	1	neighbors
L	1	neighbour
L	1	neighbouring
L	1	neighbours
L	4	neil
L	1	neither
L	4	neiwand
L	4	nelson
L	5	nemeses
L	1	nemesis
L	1	neo-catholic
L	1	neocon
L	1	neocons
L	1	neoconservative
L	1	neoliberal
L	4	nepal
L	4	nepali
L	1	nephew
L	5	nephews
L	5	neptune
L	5	nerd
L	5	nerded
L	5	nerdier
L	5	nerdiest
L	5	nerding
L	5	nerds
L	5	nerdy
L	1	nervous
L	4	nestor
L	2	net
L	4	netanyahu
L	4	netherlands
L	5	nets
L	5	netted
L	1	netting
L	1	network
L	1	networked
L	1	networking
L	5	networkings
L	2	networks
L	4	neuchatel
L	4	neumann
L	5	neuroses
L	5	neurosis
L	4	nevada
L	1	never
L	1	nevertheless
L	2	new
L	4	newark
L	4	newcastle
L	4	newell
L	5	newer
L	1	newest
L	1	newly
L	5	newlywed
L	2	news
L	2	newsdesk
L	2	newsletter
L	1	newsletters
L	1	newspaper
L	1	newspapers
L	3	newsroom
L	4	newt
L	4	newton
L	5	newtons
L	1	next
L	1	nexus
L	5	nibblier
L	5	nibbliest
L	5	nibbly
L	4	nicaragua
L	4	nicaraguan
L	2	nice
L	5	nicer
L	5	nicest
L	4	nicholas
L	4	nick
L	5	nicked
L	5	nicking
L	4	nicklas
L	4	nicol
L	4	nicolas
L	4	nicole
L	5	niece
L	5	nieces
L	4	nielsen
L	4	nigeria
L	4	nigerian
L	1	night
L	1	night-vision
L	1	nightly
L	4	nijmegen
L	4	nikkei
L	4	nikki
L	2	nil
L	4	nilis
L	5	nimble
L	5	nimbler
L	5	nimblest
L	3	nimesh
L	1	nine
L	5	nineteen
L	5	nineteenth
L	5	nineteenths
L	5	ninetieth
L	5	ninetieths
L	5	ninety
L	4	ning
L	2	ninth
L	5	ninths
L	4	nirmal
L	5	nite
L	5	nites
L	5	nitrate
L	5	nitrates
L	4	nixon
L	4	nl
L	2	no
L	1	no-confidence
L	3	no.2
L	4	noah
L	4	nobel
L	1	noble
L	5	nobleman
L	5	noblemans
L	5	nobler
L	5	noblest
L	5	noblewoman
L	5	noblewomans
L	5	nobodies
L	1	nobody
L	1	nod
L	5	nodded
L	5	nodding
L	5	nods
L	4	nogales
L	1	noise
L	1	noises
L	5	noisier
L	5	noisiest
L	1	noisy
L	5	nomad
L	5	nomads
L	1	nominated
L	1	nomination
L	1	nominations
L	1	nominee
L	1	nominees
L	1	non
L	1	non-existent
L	1	non-muslim
L	1	non-muslims
L	1	non-partisan
L	5	nonchalant
L	5	nondescript
L	1	none
L	1	nonetheless
L	5	nonprofit
L	1	nonsense
L	1	nonsensical
L	1	nonstop
L	1	noon
L	5	nope
L	1	nor
L	4	noriyuki
L	1	norm
L	1	normal
L	5	normaler
L	5	normalest
L	1	normalisation
L	1	normalize
L	1	normalizing
L	1	normally
L	4	norman
L	1	normative
L	1	norms
L	2	north
L	4	northampton
L	4	northamptonshire
L	4	northcote
L	1	northeast
L	1	northeastern
L	2	northern
L	4	northfield
L	2	northwest
L	1	northwestern
L	4	norway
L	4	norwegian
L	4	norwich
L	1	nose
L	1	noses
L	5	nosier
L	5	nosiest
L	5	nosy
L	2	not
L	1	notable
L	1	notably
L	5	notaries
L	5	notary
L	1	note
L	1	noted
L	1	notes
L	1	noteworthy
L	1	nothing
L	5	nothings
L	2	notice
L	1	noticed
L	5	notices
L	5	noticing
L	1	notification
L	1	notified
L	1	noting
L	1	notion
L	2	notorious
L	4	nottingham
L	4	nottinghamshire
L	4	notts
L	1	notwithstanding
L	5	nourish
L	5	nourished
L	5	nourishes
L	5	nourishing
L	4	nov
L	4	nov.
L	4	novak
L	5	novel
L	5	novels
L	4	november
L	5	novice
L	1	novices
L	4	novotna
L	4	novus
L	4	novye
L	1	now
L	5	nowadays
L	1	nowhere
L	4	nra
L	4	nsa
L	4	nsc
L	5	nuanced
L	1	nuclear
L	1	nuclear-armed
L	5	nuclei
L	5	nucleus
L	5	nude
L	1	nullity
L	4	numan
L	5	numb
L	1	number
L	1	numbers
L	5	numbest
L	5	numbing
L	1	numerous
L	1	nun
L	4	nunciature
L	3	nuncio
L	3	nuncios
L	4	nunes
L	1	nuns
L	4	nunthorpe
L	4	nunzio
L	1	nurse
L	5	nursed
L	5	nurseryman
L	5	nurserymans
L	1	nurses
L	2	nursing
L	5	nursings
L	5	nurture
L	5	nurtured
L	5	nurtures
L	5	nurturing
L	5	nutella
L	1	nuts
L	5	nutses
L	4	nv
L	4	nyva
L	4	nz
L	4	nz$
L	3	o
L	4	o'brien
L	1	o'clock
L	4	o'keefe
L	4	o'leary
L	4	o'malley
L	4	o'meara
L	4	o'neill
L	4	oakland
L	1	oath
L	5	oatmeal
L	5	oatmeals
L	4	ob
L	4	obama
L	4	obama-era
L	5	obediant
L	2	obedience
L	5	obedient
L	5	obese
L	1	obey
L	5	obeyed
L	5	obeying
L	5	obeys
L	1	object
L	1	objected
L	5	objecting
L	1	objection
L	1	objections
L	1	objective
L	1	objectively
L	1	objectives
L	1	objects
L	5	obligated
L	3	obligation
L	1	obligations
L	1	oblige
L	1	obliged
L	1	obscene
L	1	obscure
L	1	obscured
L	5	obscurer
L	5	obscures
L	5	obscurest
L	5	obscuring
L	1	observance
L	5	observant
L	1	observation
L	1	observations
L	4	observatory
L	1	observe
L	1	observed
L	1	observer
L	1	observers
L	5	observes
L	1	observing
L	5	obsess
L	1	obsessed
L	5	obsesses
L	5	obsessing
L	5	obsolete
L	5	obstetrics
L	1	obstruct
L	1	obstructed
L	2	obstruction
L	1	obtain
L	1	obtained
L	1	obtaining
L	5	obtains
L	1	obvious
L	1	obviously
L	1	occasion
L	1	occasionally
L	1	occasions
L	5	occupant
L	5	occupants
L	1	occupation
L	1	occupied
L	5	occupier
L	5	occupiers
L	5	occupies
L	1	occupy
L	1	occupying
L	1	occur
L	1	occurred
L	1	occurring
L	1	occurs
L	4	ocean
L	5	oceans
L	3	oct
L	4	oct.
L	4	october
L	5	octopi
L	5	octopus
L	1	odd
L	5	odder
L	5	oddest
L	1	odds
L	4	odra
L	2	of
L	1	off
L	1	off-spinner
L	5	offbeat
L	1	offence
L	1	offences
L	5	offend
L	1	offended
L	1	offenders
L	1	offending
L	5	offends
L	1	offense
L	1	offenses
L	1	offensive
L	5	offensives
L	1	offer
L	2	offered
L	1	offering
L	1	offerings
L	1	offers
L	5	offhand
L	2	office
L	1	officer
L	1	officers
L	1	offices
L	1	official
L	1	officially
L	1	officials
L	5	offline
L	1	offset
L	5	offsets
L	5	offsetting
L	1	offshore
L	5	offspring
L	5	offsprings
L	1	often
L	4	ogunkoya
L	3	oh
L	5	ohh
L	4	ohio
L	5	ohms
L	4	ohr
L	5	oi
L	2	oil
L	1	oil-for-food
L	5	oiled
L	5	oilier
L	5	oiliest
L	5	oiling
L	5	oils
L	5	oily
L	4	ok
L	2	okay
L	4	oklahoma
L	4	oksana
L	4	okuda
L	4	olaf
L	2	old
L	1	older
L	5	oldest
L	4	oldham
L	4	olhovskiy
L	5	olive
L	4	oliveira
L	4	oliver
L	5	olives
L	4	olivier
L	5	ollay
L	5	ollying
L	4	olsza
L	4	olsztyn
L	4	olympiakos
L	4	olympic
L	4	olympics
L	4	oman
L	4	omani
L	4	omar
L	4	omer
L	5	omg
L	5	omit
L	5	omits
L	1	omitted
L	5	omitting
L	2	on
L	1	on-going
L	1	on-line
L	5	onboard
L	1	once
L	4	oncins
L	4	onda
L	4	ondruska
L	2	one
L	1	one-day
L	1	one-half
L	1	one-match
L	1	one-state
L	1	one-week
L	5	oneday
L	1	ones
L	1	oneself
L	1	ongoing
L	3	online
L	1	onlookers
L	1	only
L	1	onslaught
L	1	onto
L	5	ooh
L	5	ooo
L	5	oops
L	5	ooze
L	5	oozed
L	5	oozes
L	5	oozing
L	1	op-ed
L	3	open
L	1	opened
L	1	opener
L	5	openest
L	1	opening
L	5	openings
L	1	openly
L	2	opens
L	4	opera
L	1	operate
L	1	operated
L	1	operates
L	1	operating
L	5	operatings
L	2	operation
L	1	operational
L	1	operations
L	1	operative
L	1	operatives
L	1	operator
L	1	operators
L	5	opiate
L	5	opiates
L	5	opine
L	5	opined
L	5	opines
L	5	opining
L	1	opinion
L	1	opinions
L	1	opponent
L	1	opponents
L	1	opportunities
L	1	opportunity
L	1	oppose
L	1	opposed
L	1	opposes
L	1	opposing
L	1	opposite
L	5	opposites
L	1	opposition
L	5	oppress
L	5	oppressed
L	5	oppresses
L	5	oppressing
L	1	oppression
L	1	oppressive
L	1	opt
L	5	opted
L	1	optics
L	5	optimist
L	1	optimistic
L	5	optimists
L	1	opting
L	1	option
L	1	optional
L	2	options
L	5	optometrist
L	5	optometrists
L	5	opts
L	5	opus
L	2	or
L	4	oracle
L	5	oracles
L	1	oral
L	4	orange
L	5	oranger
L	5	orangest
L	2	orans
L	4	orban
L	1	orbit
L	5	orbited
L	5	orbiting
L	5	orbits
L	4	orbán
L	1	orchestrated
L	1	ordained
L	1	ordeal
L	5	ordeals
L	2	order
L	1	ordered
L	1	ordering
L	1	orderly
L	2	orders
L	1	ordinary
L	1	ordination
L	4	ordo
L	4	oregon
L	4	oremans
L	5	organic
L	3	organisation
L	2	organisations
L	1	organise
L	1	organised
L	1	organisers
L	5	organises
L	1	organising
L	5	organisings
L	2	organization
L	1	organizations
L	5	organize
L	1	organized
L	5	organizer
L	1	organizers
L	5	organizes
L	5	organizing
L	5	organizings
L	1	organs
L	4	orient
L	1	orientation
L	1	oriented
L	5	orienting
L	5	orients
L	1	origin
L	1	original
L	1	originally
L	5	originator
L	5	originators
L	4	orioles
L	4	orlando
L	4	orleans
L	5	orotund
L	4	orphan
L	5	orphans
L	4	orr
L	2	orthodox
L	1	orthodoxy
L	4	osaka
L	4	osborne
L	4	oscar
L	4	osce
L	4	oslo
L	4	osmond
L	4	osorno
L	1	ostensibly
L	1	osteoporosis
L	4	oswald
L	1	other
L	1	others
L	5	otherses
L	1	otherwise
L	4	ottaviani
L	4	ottawa
L	4	ottey
L	4	ottoz
L	5	ouch
L	4	ouellet
L	1	ought
L	5	oughta
L	1	ounce
L	1	ounces
L	2	our
L	2	ours
L	5	ourself
L	1	ourselves
L	1	oust
L	1	ousted
L	1	out
L	1	outbreak
L	1	outbreaks
L	1	outcast
L	5	outcasts
L	1	outcome
L	1	outcry
L	5	outdone
L	1	outdoor
L	1	outdueled
L	5	outer
L	1	outfielder
L	1	outfit
L	5	outgo
L	5	outgoes
L	1	outgoing
L	5	outgrew
L	5	outgrow
L	5	outgrowing
L	5	outgrown
L	5	outgrows
L	1	outlaw
L	5	outlaws
L	1	outlet
L	1	outlets
L	5	outlied
L	5	outlies
L	1	outline
L	1	outlined
L	1	outlines
L	5	outlining
L	1	outlook
L	5	outly
L	5	outlying
L	5	outnumber
L	1	outnumbered
L	5	outnumbering
L	5	outnumbers
L	5	outpace
L	5	outpaced
L	5	outpaces
L	5	outpacing
L	1	outperform
L	4	outpost
L	1	output
L	1	outrage
L	2	outraged
L	1	outrageous
L	1	outrages
L	1	outright
L	1	outscored
L	1	outset
L	1	outside
L	1	outspoken
L	5	outspokens
L	5	outstand
L	1	outstanding
L	5	outstands
L	5	outstood
L	1	outwardly
L	5	ova
L	4	oval
L	5	ovals
L	4	ove
L	5	oven
L	5	ovens
L	1	over
L	1	overall
L	5	overarch
L	5	overarched
L	5	overarches
L	5	overarching
L	5	overboard
L	1	overcame
L	1	overcome
L	5	overcomes
L	1	overcoming
L	5	overcomings
L	5	overcrowding
L	1	overdone
L	1	overdue
L	5	overhand
L	1	overhaul
L	1	overhead
L	5	overlap
L	5	overlapped
L	5	overlapping
L	5	overlaps
L	1	overlook
L	1	overlooked
L	5	overlooking
L	5	overlooks
L	1	overnight
L	5	overpass
L	5	overpassed
L	5	overpasses
L	5	overpassing
L	5	overpower
L	1	overpowered
L	5	overpowering
L	5	overpowers
L	1	overran
L	1	override
L	5	overrides
L	5	overriding
L	5	overrode
L	1	overruled
L	1	overrun
L	1	overs
L	1	overs-a-side
L	1	oversaw
L	2	overseas
L	1	oversee
L	1	overseeing
L	5	overseen
L	5	oversees
L	5	overshadow
L	1	overshadowed
L	5	overshadowing
L	5	overshadows
L	3	oversight
L	1	overstayed
L	1	overt
L	5	overtaken
L	1	overthrew
L	1	overthrow
L	5	overthrown
L	5	overtime
L	5	overtimes
L	1	overturn
L	1	overturned
L	5	overturning
L	5	overturns
L	5	overuse
L	5	overused
L	5	overuses
L	5	overusing
L	5	overview
L	5	overviews
L	5	overweight
L	1	overwhelm
L	1	overwhelmed
L	5	overwhelming
L	1	overwhelmingly
L	5	overwhelms
L	5	overwrought
L	1	overzealous
L	5	ovulate
L	5	ovulated
L	5	ovulates
L	5	ovulating
L	5	ovulatings
L	5	ovum
L	5	ow
L	5	owe
L	1	owed
L	4	owens
L	5	owes
L	1	owing
L	1	own
L	1	owned
L	1	owner
L	1	owners
L	1	ownership
L	5	ownest
L	5	owning
L	1	owns
L	5	ox
L	5	oxen
L	4	oxford
L	5	oxygen
L	4	oy
L	5	oz
L	4	ozers
L	2	p
L	4	p.
L	1	p.m
L	1	p.m.
L	4	p.w.
L	4	pa
L	4	pablo
L	1	pace
L	4	pacific
L	1	pack
L	1	package
L	5	packaged
L	1	packages
L	2	packaging
L	5	packagings
L	1	packed
L	1	packers
L	1	packet
L	1	packets
L	5	packing
L	5	packs
L	1	pact
L	5	paddies
L	4	paddock
L	5	paddy
L	4	padraig
L	4	padres
L	1	paedophile
L	4	paes
L	1	page
L	1	pages
L	1	paid
L	1	pain
L	1	painful
L	1	painfully
L	1	paint
L	1	painted
L	5	painter
L	5	painters
L	5	painting
L	5	paintings
L	5	paints
L	1	pair
L	5	paired
L	5	pairing
L	1	pairs
L	5	paise
L	5	paised
L	5	paises
L	5	paising
L	4	pakistan
L	4	pakistan-ruled
L	4	pakistani
L	4	pakistani-born
L	5	pal
L	3	palace
L	5	pale
L	5	paled
L	5	paler
L	5	pales
L	5	palest
L	4	palestine
L	4	palestinian
L	4	palestinians
L	5	paling
L	4	palm
L	4	palmans
L	4	palmeiras
L	4	palmeiro
L	4	palmer
L	1	pals
L	4	pamela
L	5	pamper
L	5	pampered
L	5	pampering
L	5	pampers
L	5	pan
L	1	pandemic
L	1	panel
L	5	panellist
L	5	panellists
L	2	panic
L	5	panicked
L	5	panics
L	4	panis
L	5	panned
L	5	panning
L	5	panoplies
L	5	panoply
L	5	pans
L	4	pantic
L	5	panties
L	5	pants
L	4	pao
L	4	paola
L	2	papacy
L	2	papal
L	1	paper
L	1	papers
L	1	paperwork
L	1	par
L	3	paradigm
L	2	paradise
L	5	paradises
L	1	paragraph
L	1	paragraphs
L	1	parallel
L	5	paralleled
L	5	paralleling
L	5	parallels
L	1	paralyse
L	1	paralysed
L	5	paralyses
L	5	paralysing
L	3	paramount
L	4	parana
L	4	paranaense
L	5	paranoid
L	2	pardon
L	1	pardoned
L	2	pardons
L	1	parent
L	5	parental
L	5	parentals
L	5	parented
L	5	parentheses
L	5	parenthesis
L	5	parenting
L	1	parents
L	5	pariah
L	5	pariahs
L	4	paribas
L	4	paris
L	1	parish
L	1	parishes
L	3	park
L	1	parked
L	1	parking
L	5	parkings
L	4	parkland
L	1	parks
L	2	parliament
L	2	parliamentary
L	4	parma
L	4	parolin
L	4	parry
L	4	parsons
L	1	part
L	1	part-time
L	1	parted
L	1	partial
L	1	partially
L	1	participants
L	1	participate
L	1	participated
L	5	participates
L	1	participating
L	1	participation
L	4	partick
L	1	particles
L	1	particular
L	1	particularly
L	5	partied
L	1	parties
L	1	parting
L	1	partisan
L	1	partisans
L	2	partition
L	4	partizan
L	1	partly
L	1	partner
L	1	partnering
L	2	partners
L	2	partnership
L	1	parts
L	2	party
L	1	partying
L	5	partyings
L	4	pascal
L	5	pascals
L	1	pass
L	1	passage
L	1	passages
L	1	passed
L	1	passenger
L	1	passengers
L	1	passer-by
L	1	passes
L	1	passing
L	1	passion
L	1	passionate
L	1	passport
L	1	passports
L	1	past
L	5	paste
L	5	pasted
L	5	pastes
L	5	pasting
L	1	pastor
L	2	pastoral
L	1	pastors
L	5	pasts
L	4	pat
L	1	patch
L	5	patched
L	1	patches
L	5	patching
L	1	patchy
L	4	pate
L	3	patel
L	1	patent
L	5	patented
L	5	patenting
L	5	patents
L	5	pates
L	3	path
L	1	pathetic
L	5	pathogen
L	5	pathogens
L	5	patience
L	2	patient
L	1	patients
L	4	patriarch
L	5	patriarches
L	4	patrice
L	4	patricia
L	4	patrick
L	3	patriot
L	4	patriotic
L	5	patriots
L	1	patrol
L	1	patrolled
L	1	patrolling
L	1	patrols
L	1	patron
L	5	patrons
L	5	pats
L	5	patsies
L	4	patsy
L	1	pattern
L	4	patti
L	4	paul
L	4	pauli
L	4	paulo
L	4	paulus
L	1	pause
L	5	paused
L	5	pauses
L	5	pausing
L	5	pave
L	1	paved
L	4	pavel
L	5	paves
L	4	pavin
L	1	paving
L	5	pawn
L	5	pawns
L	1	pay
L	1	payable
L	1	paying
L	1	payment
L	1	payments
L	1	payroll
L	1	pays
L	1	pct
L	2	peace
L	1	peaceful
L	1	peacefully
L	5	peacekeep
L	1	peacekeeping
L	5	peacekeepings
L	5	peacekeeps
L	5	peacekept
L	1	peacemaker
L	1	peak
L	1	peaked
L	5	peaking
L	1	peaks
L	5	peanut
L	5	peanuts
L	1	pearl
L	5	pearls
L	5	pedal
L	5	pedals
L	5	pedestal
L	5	pedestals
L	1	pedestrian
L	1	pedophile
L	1	pedophilia
L	4	pedro
L	5	pee
L	5	peeing
L	5	peel
L	5	peeled
L	5	peeling
L	5	peels
L	5	peer
L	5	peered
L	5	peering
L	1	peers
L	5	pees
L	1	pegged
L	5	pegging
L	4	pelletreau
L	4	pelosi
L	1	pen
L	1	penalties
L	1	penalty
L	2	penance
L	1	pence
L	5	pences
L	5	pencil
L	5	pencilling
L	5	pencils
L	5	pend
L	5	pended
L	1	pending
L	4	pendleton
L	5	pends
L	4	penkoski
L	5	pennies
L	5	penning
L	4	pennsylvania
L	1	penny
L	4	penrith
L	5	pens
L	1	pension
L	1	pensions
L	5	pent
L	4	pentagon
L	4	pentin
L	1	penultimate
L	2	people
L	1	peoples
L	2	per
L	5	perceive
L	1	perceived
L	5	perceives
L	5	perceiving
L	1	percent
L	1	percentage
L	5	percentages
L	1	perception
L	4	pereira
L	4	peres
L	1	perfect
L	1	perfected
L	5	perfecter
L	5	perfectest
L	5	perfecting
L	1	perfectly
L	5	perfects
L	1	perform
L	1	performance
L	1	performances
L	1	performed
L	1	performer
L	5	performers
L	1	performing
L	1	performs
L	5	perfume
L	5	perfumed
L	5	perfumes
L	5	perfuming
L	1	perhaps
L	1	period
L	5	periodical
L	5	periodicals
L	1	periods
L	5	perish
L	5	perished
L	5	perishes
L	5	perishing
L	2	permanent
L	5	permeate
L	5	permeated
L	5	permeates
L	5	permeating
L	1	permissible
L	1	permission
L	1	permit
L	1	permits
L	1	permitted
L	5	permitting
L	1	pernicious
L	4	perot
L	1	perpetrated
L	1	perpetrator
L	1	perpetrators
L	1	perpetuate
L	5	perplex
L	5	perplexed
L	5	perplexes
L	5	perplexing
L	4	perry
L	1	persecuted
L	1	persecuting
L	1	persecution
L	2	persevere
L	5	persevered
L	5	perseveres
L	5	persevering
L	1	persist
L	1	persisted
L	5	persisting
L	5	persists
L	1	person
L	1	personal
L	1	personality
L	1	personally
L	1	personnel
L	2	persons
L	1	perspective
L	5	perspectives
L	1	persuade
L	1	persuaded
L	5	persuades
L	5	persuading
L	5	pert
L	1	pertaining
L	1	pertains
L	5	pertinent
L	4	peru
L	5	pervade
L	5	pervaded
L	5	pervades
L	5	pervading
L	1	pervasive
L	1	perverse
L	1	perversion
L	4	pescara
L	4	pescosolido
L	1	peso
L	1	pesos
L	5	pessimist
L	5	pessimists
L	1	pestis
L	1	pet
L	5	petabyte
L	5	petabytes
L	5	petal
L	5	petals
L	4	pete
L	4	peter
L	4	petersburg
L	5	petite
L	2	petition
L	1	petitions
L	4	petr
L	4	petra
L	4	petrine
L	1	petrol
L	4	petroleum
L	4	petroleums
L	4	petrosani
L	4	petrovic
L	5	pets
L	5	petting
L	2	petty
L	5	peyote
L	5	peyotes
L	4	peña
L	5	pff
L	4	pga
L	5	phantom
L	5	phantoms
L	4	pharisees
L	5	pharmacist
L	5	pharmacists
L	1	phase
L	5	phased
L	5	phases
L	5	phasing
L	4	phelps
L	1	phenomena
L	1	phenomenon
L	5	phew
L	4	phil
L	4	philadelphia
L	1	philanthropy
L	4	philip
L	4	philippine
L	4	philippines
L	4	philippoussis
L	4	phillies
L	1	philosopher
L	5	philosophers
L	1	philosophy
L	4	phoenix
L	1	phone
L	5	phoned
L	1	phones
L	5	phonier
L	5	phoniest
L	5	phoning
L	1	phony
L	5	phooey
L	2	photo
L	5	photocopier
L	5	photocopiers
L	1	photograph
L	1	photographed
L	1	photographer
L	1	photographers
L	1	photographing
L	1	photographs
L	1	photos
L	1	phrase
L	5	phrases
L	1	physical
L	1	physically
L	1	physician
L	4	physicians
L	5	physics
L	4	piazza
L	1	pic.twitter.com
L	5	picayune
L	1	pick
L	1	picked
L	1	picking
L	5	picks
L	5	picnic
L	5	picnics
L	5	picosecond
L	5	picoseconds
L	1	picture
L	2	pictures
L	5	pie
L	1	piece
L	1	pieces
L	4	pier
L	1	pierced
L	1	piercing
L	4	pierre
L	5	piers
L	5	pies
L	4	pieters
L	4	pietro
L	1	piety
L	5	pig
L	5	piggies
L	5	pigging
L	5	piggy
L	1	pigs
L	4	pilate
L	5	pile
L	5	piled
L	5	piles
L	4	pilger
L	5	pilgrim
L	1	pilgrimage
L	5	pilgrims
L	5	piling
L	2	pillar
L	1	pills
L	1	pilot
L	5	piloted
L	5	piloting
L	1	pilots
L	5	pin
L	1	pinch-hitter
L	5	pine
L	5	pined
L	4	pineda
L	4	pines
L	5	pining
L	5	pink
L	5	pinker
L	5	pinkest
L	1	pinned
L	5	pinning
L	1	pinpoint
L	5	pinpointed
L	5	pinpointing
L	5	pinpoints
L	5	pins
L	5	pint
L	4	pinto
L	5	pints
L	4	pioline
L	5	pioneer
L	1	pioneers
L	1	pious
L	1	pipe
L	1	piped
L	1	pipes
L	5	piping
L	4	pirates
L	4	pires
L	5	piss
L	5	pissed
L	5	pisses
L	5	pissing
L	1	pistol
L	1	pit
L	1	pitch
L	1	pitched
L	1	pitcher
L	1	pitches
L	5	pitied
L	5	pities
L	4	pitkowski
L	1	pits
L	1	pitted
L	1	pitting
L	4	pittsburgh
L	1	pity
L	5	pitying
L	4	pius
L	5	pivot
L	3	pivotal
L	5	pivoting
L	5	pivots
L	4	pkk
L	2	place
L	1	placed
L	1	places
L	5	placid
L	1	placing
L	1	placings
L	2	plague
L	1	plagued
L	5	plaid
L	1	plain
L	1	plainclothes
L	5	plainer
L	5	plainest
L	1	plaintiffs
L	1	plan
L	1	plane
L	1	planes
L	2	planet
L	1	planets
L	1	planned
L	5	planner
L	5	planners
L	2	planning
L	5	plannings
L	1	plans
L	2	plant
L	1	plantation
L	1	planted
L	1	planting
L	1	plants
L	5	plaque
L	5	plaques
L	1	plastic
L	1	plastics
L	2	plate
L	5	plates
L	1	platform
L	2	play
L	1	played
L	2	player
L	1	players
L	1	playing
L	5	playings
L	5	playmate
L	5	playmates
L	3	playoff
L	1	plays
L	5	playwright
L	5	playwrights
L	4	plc
L	5	plce
L	5	plced
L	5	plces
L	5	plcing
L	1	plea
L	1	plead
L	1	pleaded
L	1	pleading
L	1	pleads
L	1	pleas
L	5	pleasant
L	5	pleasanter
L	5	pleasantest
L	1	please
L	1	pleased
L	1	pleasing
L	1	pleasure
L	5	plebiscite
L	5	plebiscites
L	1	pledge
L	1	pledged
L	1	plenty
L	1	plight
L	4	plo
L	1	plot
L	1	plotting
L	5	pls
L	5	plug
L	1	plugged
L	1	plugging
L	1	plugs
L	5	plumber
L	5	plumbers
L	5	plummet
L	5	plummeted
L	5	plummeting
L	5	plummets
L	5	plump
L	5	plumped
L	5	plumping
L	5	plumps
L	1	plunge
L	1	plunged
L	1	plunges
L	1	plunging
L	1	plus
L	4	pluto
L	4	plymouth
L	5	plz
L	4	pm
L	1	pneumonia
L	1	pneumonic
L	4	po
L	5	poach
L	5	poached
L	5	poaches
L	5	poaching
L	5	podcaster
L	5	podcasters
L	4	podesta
L	1	podium
L	5	poet
L	5	poets
L	2	point
L	1	pointed
L	1	pointing
L	1	points
L	5	pointy
L	1	poised
L	1	poison
L	5	poisoned
L	1	poisoning
L	5	poisonings
L	5	poisons
L	1	poking
L	3	pol
L	4	poland
L	2	pole
L	1	polemic
L	1	poles
L	2	police
L	1	policeman
L	5	policemans
L	1	policemen
L	1	policies
L	1	policy
L	4	polish
L	5	polished
L	5	polishes
L	1	polishing
L	1	polite
L	5	politer
L	5	politest
L	1	political
L	1	politically
L	1	politician
L	1	politicians
L	4	politico
L	1	politics
L	1	poll
L	5	polled
L	5	pollen
L	1	polling
L	4	pollock
L	1	polls
L	5	pollute
L	5	polluted
L	5	pollutes
L	5	polluting
L	4	polonia
L	5	pols
L	5	polygamy
L	4	pompeo
L	3	pontiff
L	3	pontifical
L	2	pontificate
L	1	pontificates
L	4	ponting
L	2	pool
L	5	pooled
L	5	pooling
L	5	pools
L	5	poop
L	5	pooped
L	5	pooping
L	5	poops
L	1	poor
L	5	poorer
L	1	poorest
L	1	pop
L	3	pope
L	2	popes
L	1	popped
L	5	poppies
L	5	popping
L	5	poppy
L	5	pops
L	1	populace
L	4	populaire
L	2	popular
L	1	population
L	5	populations
L	1	populist
L	5	pore
L	5	pored
L	5	pores
L	5	poring
L	2	pork
L	1	porn
L	1	pornographic
L	1	pornography
L	5	pornstar
L	5	pornstars
L	4	porsche
L	2	port
L	5	portal
L	5	portals
L	4	porter
L	1	portfolio
L	1	portion
L	1	portions
L	4	porto
L	5	portray
L	5	portrayed
L	5	portraying
L	5	portrays
L	1	ports
L	4	portsmouth
L	4	portugal
L	4	portuguese
L	1	pose
L	1	posed
L	1	poses
L	1	posing
L	1	position
L	1	positioned
L	5	positioning
L	5	positionings
L	1	positions
L	1	positive
L	1	possess
L	1	possessed
L	1	possesses
L	1	possessing
L	1	possession
L	1	possibilities
L	1	possibility
L	1	possible
L	1	possibly
L	2	post
L	1	post-conciliar
L	1	post-match
L	1	post-soviet
L	1	post-synodal
L	1	post-vatican
L	1	post-war
L	4	postal
L	1	posted
L	1	posting
L	1	postpone
L	1	postponed
L	1	postponement
L	2	posts
L	1	postulants
L	1	posture
L	1	potent
L	1	potential
L	1	potentially
L	5	potentials
L	5	potter
L	5	potters
L	2	potus
L	1	pound
L	1	pounded
L	1	pounding
L	1	pounds
L	1	pour
L	1	poured
L	1	pouring
L	5	pours
L	2	poverty
L	5	pow
L	4	powell
L	2	power
L	1	powered
L	1	powerful
L	5	powering
L	1	powers
L	4	poznan
L	1	practical
L	1	practically
L	1	practice
L	5	practiced
L	1	practices
L	1	practicing
L	5	practitioner
L	1	practitioners
L	4	prague
L	3	prairie
L	1	praise
L	1	praised
L	1	praises
L	1	praising
L	5	prankster
L	5	pranksters
L	4	prasad
L	5	prattle
L	5	prattled
L	5	prattles
L	5	prattling
L	1	pray
L	1	prayed
L	1	prayer
L	1	prayers
L	1	praying
L	5	prayings
L	5	prays
L	1	pre-conciliar
L	3	pre-election
L	2	pre-order
L	1	pre-season
L	1	pre-tax
L	1	pre-war
L	5	preach
L	1	preached
L	5	preacher
L	1	preachers
L	5	preaches
L	1	preaching
L	5	preamble
L	1	precaution
L	1	precautions
L	5	precede
L	5	preceded
L	1	precedent
L	1	precedents
L	5	precedes
L	5	preceding
L	1	precious
L	1	precise
L	1	precisely
L	5	preclude
L	1	precluded
L	5	precludes
L	5	precluding
L	1	predation
L	1	predator
L	1	predators
L	1	predatory
L	1	predecessor
L	1	predecessors
L	5	predetermine
L	5	predetermined
L	5	predetermines
L	5	predetermining
L	1	predict
L	1	predictable
L	1	predictably
L	1	predicted
L	1	predicting
L	1	prediction
L	1	predictions
L	1	predicts
L	1	predominantly
L	5	preexisting
L	3	prefect
L	1	prefer
L	1	preferably
L	1	preference
L	1	preferred
L	5	preferring
L	5	prefers
L	1	prefix
L	1	pregnant
L	5	pregnanter
L	5	pregnantest
L	1	prejudging
L	1	prelate
L	1	prelates
L	1	preliminary
L	1	premature
L	1	premeditated
L	5	premia
L	2	premier
L	5	premiers
L	1	premiership
L	1	premise
L	5	premises
L	1	premium
L	1	premiums
L	5	preoccupied
L	5	preoccupies
L	5	preoccupy
L	5	preoccupying
L	3	prep
L	5	prepaid
L	1	preparation
L	3	preparatory
L	1	prepare
L	1	prepared
L	1	preparedness
L	1	prepares
L	1	preparing
L	5	preposition
L	5	prepositions
L	1	preposterous
L	1	prerequisite
L	5	prerogative
L	5	prerogatives
L	4	prescott
L	1	presence
L	5	presense
L	1	present
L	1	presentation
L	1	presented
L	1	presenter
L	5	presentest
L	1	presenting
L	1	presently
L	1	presents
L	1	preserve
L	1	preserved
L	5	preserves
L	1	preserving
L	2	presidency
L	3	president
L	1	presidential
L	2	presidents
L	2	press
L	1	pressed
L	1	presser
L	5	presses
L	1	pressing
L	1	pressure
L	1	pressured
L	4	preston
L	1	presumably
L	1	presumed
L	1	presumption
L	5	presuppose
L	5	presupposed
L	5	presupposes
L	5	presupposing
L	1	pretend
L	1	pretended
L	1	pretending
L	5	pretendings
L	5	pretends
L	5	pretense
L	4	pretoria
L	1	pretty
L	5	prevail
L	1	prevailed
L	1	prevailing
L	1	prevails
L	1	prevent
L	1	preventative
L	1	prevented
L	1	preventing
L	2	prevention
L	5	prevents
L	2	preview
L	1	previous
L	1	previously
L	1	prey
L	1	preyed
L	5	preying
L	1	preys
L	2	price
L	1	priced
L	5	priceier
L	2	prices
L	5	pricey
L	4	prichard
L	5	priciest
L	4	pricing
L	5	pricklier
L	5	prickliest
L	5	prickly
L	1	pride
L	5	prided
L	5	prides
L	5	priding
L	1	priest
L	5	priestess
L	5	priestesses
L	2	priesthood
L	1	priestly
L	2	priests
L	4	prima
L	4	primakov
L	1	primaries
L	1	primarily
L	1	primary
L	3	prime
L	5	primed
L	5	primer
L	5	primes
L	5	primest
L	5	priming
L	3	prince
L	4	princes
L	3	princess
L	5	princesses
L	1	principal
L	5	principals
L	1	principle
L	2	principles
L	4	prinosil
L	1	print
L	1	printed
L	1	printer
L	1	printers
L	1	printing
L	5	printings
L	5	prints
L	2	prior
L	1	prioresses
L	1	priorities
L	1	prioritize
L	1	priority
L	1	prison
L	1	prisoner
L	2	prisoners
L	1	prisons
L	5	pristine
L	3	privacy
L	1	private
L	1	privately
L	1	privatization
L	1	privilege
L	3	prix
L	3	prize
L	1	pro
L	1	pro-baghdad
L	1	pro-baseball
L	1	pro-gay
L	1	pro-government
L	1	pro-gun
L	1	pro-homosexual
L	2	pro-israel
L	1	pro-life
L	1	pro-soccer
L	1	probability
L	1	probable
L	1	probably
L	1	probation
L	1	probe
L	5	probed
L	5	probes
L	1	probing
L	1	problem
L	1	problematic
L	1	problems
L	1	procedural
L	1	procedure
L	1	procedures
L	1	proceed
L	1	proceeded
L	1	proceeding
L	1	proceedings
L	3	proceeds
L	1	process
L	1	processed
L	1	processes
L	1	processing
L	5	processings
L	1	proclaim
L	1	proclaimed
L	1	proclaiming
L	5	proclaims
L	1	proclamation
L	1	procure
L	1	procured
L	1	procurement
L	5	procures
L	5	procuring
L	5	prod
L	5	prodded
L	5	prodigies
L	5	prodigy
L	5	prods
L	1	produce
L	1	produced
L	2	producer
L	2	producers
L	1	produces
L	1	producing
L	2	product
L	2	production
L	1	productive
L	2	products
L	5	profane
L	1	profess
L	1	professed
L	5	professes
L	1	professing
L	2	profession
L	1	professional
L	1	professionals
L	1	professor
L	2	professors
L	1	profile
L	5	profiled
L	1	profiles
L	5	profiling
L	1	profit
L	1	profit-taking
L	1	profitability
L	1	profitable
L	1	profits
L	1	profound
L	5	profounder
L	5	profoundest
L	1	profoundly
L	5	profuse
L	5	progenies
L	5	progenitor
L	5	progenitors
L	5	progeny
L	5	prognoses
L	5	prognosis
L	1	program
L	5	programing
L	1	programme
L	5	programmed
L	5	programmer
L	5	programmers
L	1	programmes
L	1	programming
L	1	programs
L	1	progress
L	5	progressed
L	5	progresses
L	1	progressing
L	2	progressive
L	2	progressives
L	2	prohibit
L	1	prohibited
L	1	prohibiting
L	1	prohibition
L	1	prohibits
L	4	proj
L	2	project
L	1	projected
L	5	projecting
L	1	projects
L	4	proleter
L	1	prolific
L	5	prolong
L	5	prolonged
L	5	prolonging
L	5	prolongs
L	1	prominent
L	1	promise
L	1	promised
L	1	promises
L	1	promising
L	1	promote
L	1	promoted
L	1	promoter
L	1	promotes
L	1	promoting
L	1	promotion
L	1	prompt
L	1	prompted
L	5	prompter
L	5	promptest
L	1	prompting
L	1	promptly
L	5	prompts
L	2	promulgated
L	1	promulgating
L	1	promulgation
L	5	pronounce
L	1	pronounced
L	5	pronounces
L	5	pronouncing
L	1	proof
L	1	prop
L	1	propaganda
L	1	propane
L	1	proper
L	1	properly
L	2	property
L	1	prophecy
L	3	prophet
L	2	prophetic
L	5	prophets
L	1	proportion
L	5	proportionate
L	1	proportions
L	1	proposal
L	1	proposals
L	1	propose
L	1	proposed
L	1	proposes
L	1	proposing
L	1	propositioned
L	5	propped
L	5	propping
L	1	proprietary
L	5	props
L	2	propulsion
L	1	pros
L	1	prosecute
L	1	prosecuted
L	1	prosecuting
L	2	prosecution
L	2	prosecutor
L	1	prosecutors
L	1	proselytizing
L	1	prospect
L	1	prospector
L	5	prospectors
L	1	prospects
L	5	prosper
L	5	prospered
L	5	prospering
L	5	prospers
L	5	prostate
L	5	prostates
L	1	prostitute
L	1	prostitutes
L	1	prostitution
L	1	protect
L	1	protected
L	1	protecting
L	1	protection
L	2	protections
L	1	protects
L	1	protein
L	1	protest
L	3	protestant
L	1	protested
L	1	protesters
L	1	protesting
L	1	protests
L	1	protocol
L	1	protocols
L	5	protrude
L	5	protruded
L	5	protrudes
L	5	protruding
L	1	protégé
L	1	proud
L	5	prouder
L	5	proudest
L	1	prove
L	1	proved
L	1	proven
L	4	proverbs
L	1	proves
L	2	provide
L	1	provided
L	1	providential
L	1	provides
L	1	providing
L	2	province
L	1	provinces
L	1	provincial
L	1	proving
L	1	provision
L	3	provisional
L	1	provisions
L	1	provocative
L	1	provoke
L	1	provoked
L	5	provokes
L	5	provoking
L	1	proxies
L	5	proximate
L	1	proxy
L	5	prune
L	1	pruned
L	5	prunes
L	1	pruning
L	4	psg
L	5	psst
L	4	psv
L	5	psych
L	5	psyched
L	5	psyches
L	1	psychiatric
L	5	psyching
L	1	psychological
L	1	psychologist
L	5	psychologists
L	1	psychology
L	4	psychopath
L	4	pt
L	1	pts
L	4	ptt
L	2	public
L	1	publication
L	3	publications
L	1	publicity
L	1	publicize
L	1	publicly
L	2	publish
L	1	published
L	1	publisher
L	5	publishes
L	1	publishing
L	5	publishings
L	5	pudding
L	5	puddings
L	4	puerto
L	4	puk
L	5	puke
L	5	pukes
L	5	puking
L	4	pukstys
L	4	pulitzer
L	1	pull
L	1	pulled
L	1	pulling
L	1	pullout
L	1	pulls
L	1	pulpit
L	1	pump
L	1	pumped
L	1	pumping
L	1	pumps
L	1	punch
L	5	punched
L	1	punches
L	1	punching
L	5	punier
L	5	puniest
L	1	punish
L	1	punishable
L	1	punished
L	5	punishes
L	5	punishing
L	1	punishment
L	4	punjab
L	5	punjabi
L	5	punk
L	5	punks
L	5	puny
L	5	pupil
L	5	pupils
L	5	puppies
L	5	puppy
L	1	purchase
L	1	purchased
L	1	purchasers
L	1	purchases
L	1	purchasing
L	1	pure
L	1	purely
L	5	purer
L	5	purest
L	2	purge
L	5	purple
L	5	purpler
L	5	purplest
L	5	purport
L	1	purported
L	1	purportedly
L	5	purporting
L	5	purports
L	1	purpose
L	1	purposes
L	5	pursuant
L	5	pursuanted
L	5	pursuanting
L	5	pursuants
L	1	pursue
L	1	pursued
L	5	pursues
L	1	pursuing
L	1	pursuit
L	4	pusan
L	1	push
L	1	pushed
L	1	pushes
L	1	pushing
L	4	pushpakumara
L	5	pussies
L	5	pussy
L	1	put
L	4	putin
L	1	puts
L	1	putting
L	5	putty
L	5	puzzle
L	5	puzzled
L	5	puzzles
L	5	puzzling
L	4	pveritas
L	3	pvt
L	5	px
L	4	pyman
L	4	pyongyang
L	1	pyramid
L	5	pyramids
L	4	q1
L	4	q2
L	4	q3
L	4	q4
L	4	qadri
L	4	qaeda
L	5	qt
L	4	qtr
L	5	qua
L	5	quack
L	5	quacked
L	5	quacker
L	5	quackest
L	5	quacking
L	5	quacks
L	5	quadrillion
L	5	quadrillionth
L	5	quadrillionths
L	1	quaerere
L	5	quaint
L	5	quainter
L	5	quaintest
L	1	quake
L	1	qualified
L	1	qualifier
L	1	qualifiers
L	1	qualifies
L	1	qualify
L	1	qualifying
L	1	qualities
L	1	quality
L	1	quantity
L	5	quart
L	2	quarter
L	1	quarter-final
L	1	quarter-finals
L	5	quarterback
L	5	quarterbacks
L	1	quarterly
L	1	quarters
L	1	quartet
L	5	quarts
L	5	quash
L	1	quashed
L	5	quashes
L	5	quashing
L	4	quds
L	3	queen
L	3	queens
L	4	queensland
L	1	quell
L	5	quench
L	5	quenched
L	5	quenches
L	5	quenching
L	4	quentin
L	1	queries
L	1	query
L	1	quest
L	1	question
L	1	questioned
L	1	questioning
L	5	questionings
L	1	questionnaire
L	1	questions
L	1	quick
L	5	quicker
L	5	quickest
L	1	quickly
L	1	quiet
L	1	quieter
L	5	quietest
L	5	quieting
L	1	quietly
L	5	quiets
L	4	quigley
L	5	quintillion
L	5	quintillionth
L	5	quintillionths
L	1	quit
L	1	quite
L	5	quits
L	1	quitting
L	5	quiver
L	5	quivered
L	5	quivering
L	5	quivers
L	5	quiz
L	5	quizzes
L	2	quo
L	1	quotation
L	1	quote
L	1	quoted
L	1	quotes
L	5	quotient
L	5	quotients
L	1	quoting
L	4	qur'an
L	4	qur'anic
L	4	quran
L	4	r
L	4	r.
L	4	rabat
L	4	rabbani
L	2	rabbi
L	5	rabbis
L	5	rabid
L	5	rabies
L	4	rabinovich
L	4	rabinowitz
L	4	rabobank
L	1	race
L	1	raced
L	1	races
L	4	rachel
L	1	racial
L	1	racially
L	1	racing
L	1	racism
L	1	racist
L	5	racists
L	5	rack
L	1	racked
L	1	racket
L	1	racketeering
L	5	racking
L	5	racks
L	1	radar
L	1	radiation
L	2	radical
L	1	radicalization
L	1	radicalized
L	1	radicals
L	5	radii
L	2	radio
L	5	radius
L	4	radstrom
L	4	radulescu
L	4	rafael
L	4	rafferty
L	4	rafter
L	4	ragan
L	5	rage
L	1	raged
L	5	rages
L	5	ragged
L	5	raggeder
L	5	raggedest
L	1	raging
L	4	rahman
L	1	raid
L	1	raided
L	1	raids
L	1	rail
L	1	railway
L	1	rain
L	1	rainbow
L	5	rained
L	1	rainfall
L	4	rainier
L	5	rainiest
L	1	raining
L	1	rains
L	1	rainy
L	1	raise
L	1	raised
L	1	raises
L	1	raising
L	4	raith
L	5	rake
L	5	raked
L	5	rakes
L	5	raking
L	1	rallied
L	1	rallies
L	2	rally
L	1	rallying
L	4	ramallah
L	5	ramble
L	5	rambled
L	5	rambles
L	5	rambling
L	4	ramirez
L	1	rammed
L	4	ramon
L	1	rampage
L	1	rampant
L	4	ramsey
L	1	ran
L	4	ranatunga
L	3	ranch
L	1	ranchers
L	5	randier
L	5	randiest
L	1	random
L	5	randomer
L	5	randomest
L	5	randomly
L	4	randriantefy
L	4	randy
L	1	rang
L	4	rangarajan
L	1	range
L	1	ranged
L	4	rangers
L	5	ranges
L	1	ranging
L	1	rank
L	1	ranked
L	1	ranking
L	1	rankings
L	1	ranks
L	1	ransom
L	1	rant
L	5	ranted
L	5	ranting
L	5	rants
L	4	rao
L	4	raoux
L	5	rap
L	1	rapacious
L	1	rape
L	1	raped
L	5	rapes
L	4	raphael
L	2	rapid
L	5	rapider
L	5	rapidest
L	1	rapidly
L	1	raping
L	1	rapist
L	1	rapists
L	5	rapped
L	5	rapper
L	5	rappers
L	5	rapping
L	5	rappings
L	5	raps
L	1	rare
L	1	rarely
L	5	rarer
L	1	rarest
L	5	rash
L	5	rashes
L	4	rashid
L	5	rat
L	2	rate
L	1	rated
L	2	rates
L	1	rather
L	1	ratification
L	5	ratified
L	5	ratifies
L	5	ratify
L	5	ratifying
L	2	rating
L	1	ratings
L	1	ratio
L	1	rational
L	1	rationale
L	1	rats
L	5	rattle
L	1	rattled
L	5	rattles
L	5	rattling
L	4	ratzinger
L	1	rave
L	5	raved
L	5	raven
L	5	ravens
L	5	raves
L	4	ravindra
L	5	raving
L	5	ravish
L	5	ravished
L	5	ravishes
L	5	ravishing
L	1	raw
L	5	rawer
L	5	rawest
L	4	ray
L	4	raymond
L	5	rays
L	4	raza
L	2	razor
L	4	rbi
L	4	re
L	1	re-elected
L	1	re-election
L	1	re-entered
L	1	re-entering
L	1	re-enters
L	1	re-entry
L	1	re-examine
L	1	re-nomination
L	1	reach
L	1	reached
L	1	reaches
L	1	reaching
L	1	react
L	1	reacted
L	5	reacting
L	1	reaction
L	1	reactor
L	5	reacts
L	1	read
L	1	reader
L	2	readers
L	5	readier
L	5	readiest
L	1	readily
L	2	reading
L	5	readings
L	1	reads
L	1	ready
L	1	reaffirmed
L	1	reaffirming
L	4	reagan
L	2	real
L	1	realdonaldtrump
L	5	realer
L	5	realest
L	1	realise
L	1	realised
L	5	realises
L	5	realising
L	5	realist
L	1	realistic
L	5	realists
L	2	reality
L	1	realize
L	1	realized
L	1	realizes
L	5	realizing
L	1	really
L	5	reap
L	5	reaped
L	5	reaping
L	5	reaps
L	1	rear
L	5	rears
L	1	reason
L	1	reasonable
L	1	reasonably
L	5	reasoned
L	5	reasoning
L	5	reasonings
L	1	reasons
L	1	reassure
L	5	reassured
L	5	reassures
L	5	reassuring
L	5	rebate
L	5	rebates
L	1	rebel
L	1	rebel-held
L	1	rebellion
L	1	rebels
L	5	reboot
L	5	rebooted
L	5	rebooting
L	5	reboots
L	1	rebound
L	1	rebuff
L	1	rebuffed
L	5	rebuffing
L	5	rebuffs
L	1	rebuild
L	1	rebuilding
L	1	rebuke
L	5	rebuttal
L	5	rebuttals
L	5	recalcitrant
L	1	recall
L	1	recalled
L	1	recalling
L	1	recalls
L	1	receipt
L	1	receive
L	1	received
L	1	receives
L	1	receiving
L	1	recent
L	1	recently
L	4	recep
L	5	receptionist
L	5	receptionists
L	2	recession
L	4	recife
L	5	recipient
L	5	recipients
L	1	reciprocated
L	5	recital
L	5	recitals
L	1	recitation
L	1	reciting
L	1	reckless
L	5	reckon
L	5	reckoned
L	5	reckoning
L	5	reckons
L	5	reclaim
L	5	reclaimed
L	5	reclaiming
L	5	reclaims
L	5	recluse
L	5	recluses
L	1	recognised
L	1	recognition
L	1	recognize
L	1	recognized
L	1	recognizes
L	1	recognizing
L	1	recollection
L	1	recommend
L	1	recommendation
L	1	recommendations
L	1	recommended
L	5	recommending
L	5	recommends
L	5	reconcile
L	5	reconciled
L	5	reconciles
L	3	reconciliation
L	1	reconciling
L	5	recondite
L	1	reconvene
L	1	record
L	1	record-breaking
L	1	recorded
L	1	recording
L	1	recordings
L	1	records
L	1	recount
L	1	recounted
L	1	recounts
L	5	recoup
L	5	recouped
L	5	recouping
L	5	recoups
L	1	recover
L	1	recovered
L	1	recovering
L	1	recovers
L	1	recovery
L	5	recreation
L	5	recruit
L	5	recruited
L	5	recruiter
L	5	recruiters
L	1	recruiting
L	1	recruits
L	1	recuse
L	1	recused
L	5	recycle
L	1	recycled
L	5	recycles
L	1	recycling
L	5	recyclings
L	3	red
L	5	redact
L	1	redacted
L	5	redacting
L	1	redaction
L	1	redactions
L	5	redacts
L	5	redefine
L	5	redefined
L	5	redefines
L	5	redefining
L	5	reder
L	5	redest
L	5	redid
L	5	redo
L	5	redoes
L	5	redoing
L	4	reds
L	1	reduce
L	1	reduced
L	5	reduces
L	1	reducing
L	1	reduction
L	5	redundant
L	4	reed
L	5	reeds
L	5	reel
L	1	reelection
L	5	reeled
L	1	reeling
L	5	reels
L	5	refactor
L	5	refactored
L	5	refactoring
L	5	refactors
L	1	refer
L	1	referee
L	1	reference
L	1	referenced
L	1	references
L	5	referencing
L	5	referenda
L	1	referendum
L	5	referent
L	5	referents
L	5	referral
L	5	referrals
L	1	referred
L	1	referring
L	2	refers
L	1	refinance
L	5	refinanced
L	5	refinances
L	5	refinancing
L	5	refine
L	2	refined
L	1	refinery
L	5	refines
L	3	refining
L	1	reflect
L	1	reflected
L	1	reflecting
L	1	reflection
L	1	reflects
L	5	refocus
L	5	refocused
L	5	refocuses
L	5	refocusing
L	2	reform
L	3	reformation
L	1	reformed
L	1	reformer
L	5	reformers
L	5	reforming
L	1	reformist
L	1	reforms
L	5	refract
L	5	refracted
L	5	refracting
L	5	refracts
L	5	refresh
L	5	refreshed
L	5	refreshes
L	5	refreshing
L	1	refuel
L	1	refuelled
L	1	refuelling
L	5	refuels
L	2	refuge
L	1	refugee
L	2	refugees
L	5	refund
L	5	refunded
L	1	refunding
L	1	refunds
L	5	refurbish
L	1	refurbished
L	5	refurbishes
L	5	refurbishing
L	1	refusal
L	1	refuse
L	1	refused
L	1	refuses
L	1	refusing
L	1	refute
L	1	regain
L	1	regained
L	1	regard
L	1	regarded
L	1	regarding
L	1	regardless
L	1	regards
L	1	regime
L	1	regime-change
L	1	regimes
L	2	region
L	1	regional
L	1	regions
L	1	register
L	1	registered
L	1	registering
L	5	registers
L	1	registration
L	5	regret
L	5	regrets
L	5	regretted
L	5	regretting
L	5	regroup
L	5	regrouped
L	1	regrouping
L	5	regroups
L	1	regular
L	1	regularly
L	1	regulate
L	1	regulated
L	5	regulates
L	5	regulating
L	3	regulation
L	2	regulations
L	1	regulatory
L	5	rehearse
L	5	rehearsed
L	5	rehearses
L	5	rehearsing
L	5	rehearsings
L	5	reheat
L	5	reheated
L	5	reheating
L	5	reheats
L	4	reiffel
L	1	reign
L	5	reigned
L	1	reigning
L	5	reigns
L	5	reimburse
L	5	reimbursed
L	1	reimbursement
L	5	reimburses
L	5	reimbursing
L	1	rein
L	5	reined
L	1	reinforce
L	1	reinforced
L	1	reinforcements
L	5	reinforces
L	5	reinforcing
L	4	reinhard
L	5	reining
L	5	reins
L	1	reintegration
L	1	reiterated
L	1	reiterates
L	1	reject
L	1	rejected
L	1	rejecting
L	1	rejection
L	1	rejects
L	5	rejoice
L	5	rejoiced
L	5	rejoices
L	5	rejoicing
L	1	rejoined
L	5	rejuvenate
L	5	rejuvenated
L	5	rejuvenates
L	5	rejuvenating
L	1	relate
L	1	related
L	1	relates
L	1	relating
L	1	relation
L	2	relations
L	1	relationship
L	1	relationships
L	1	relative
L	1	relatively
L	1	relatives
L	5	relax
L	5	relaxation
L	1	relaxed
L	5	relaxes
L	5	relaxing
L	5	relaxings
L	1	relay
L	1	relayed
L	1	release
L	1	released
L	1	releases
L	1	releasing
L	1	relegated
L	1	relegation
L	5	relent
L	5	relented
L	5	relenting
L	1	relentless
L	1	relentlessly
L	5	relents
L	1	relevant
L	1	reliability
L	1	reliable
L	1	reliance
L	1	relied
L	1	relief
L	5	relies
L	5	relieve
L	1	relieved
L	1	reliever
L	5	relieves
L	5	relieving
L	2	religion
L	1	religions
L	1	religious
L	1	relinquish
L	1	relinquished
L	5	relinquishes
L	5	relinquishing
L	1	relish
L	5	relished
L	5	relishes
L	5	relishing
L	1	relive
L	1	relived
L	5	relives
L	5	reliving
L	5	reload
L	5	reloaded
L	5	reloading
L	5	reloads
L	1	reluctance
L	1	reluctant
L	1	rely
L	1	relying
L	5	remade
L	1	remain
L	1	remained
L	1	remaining
L	1	remains
L	5	remake
L	5	remakes
L	1	remaking
L	5	remark
L	1	remarkable
L	5	remarked
L	5	remarking
L	1	remarks
L	1	remarried
L	5	remedied
L	1	remedies
L	1	remedy
L	5	remedying
L	1	remember
L	1	remembered
L	1	remembering
L	5	remembers
L	1	remind
L	1	reminded
L	1	reminder
L	1	reminds
L	1	reminiscent
L	4	remnant
L	1	remote
L	5	remoter
L	5	remotest
L	2	removal
L	2	removals
L	1	remove
L	1	removed
L	1	removes
L	1	removing
L	1	render
L	5	rendered
L	5	rendering
L	5	renderings
L	5	renders
L	5	rendezvous
L	5	rendezvouses
L	5	rendezvousing
L	4	rene
L	4	reneberg
L	1	renegade
L	1	renew
L	1	renewal
L	1	renewed
L	5	renewing
L	5	renews
L	4	renk
L	4	rennes
L	5	renounce
L	1	renounced
L	5	renounces
L	5	renouncing
L	5	renowned
L	1	rent
L	1	rental
L	1	rentals
L	5	rented
L	5	renting
L	1	rents
L	4	renzo
L	1	reopen
L	1	reopened
L	1	reopening
L	5	reorder
L	5	reordered
L	5	reordering
L	5	reorders
L	4	rep
L	1	repaid
L	1	repair
L	5	repaired
L	5	repairing
L	1	repairs
L	2	reparation
L	1	repeal
L	5	repealed
L	5	repealing
L	5	repeals
L	1	repeat
L	1	repeated
L	1	repeatedly
L	5	repeating
L	1	repeats
L	1	repel
L	1	repelled
L	5	repelling
L	5	repels
L	1	repentance
L	1	repentant
L	5	rephrase
L	5	rephrased
L	5	rephrases
L	5	rephrasing
L	1	replace
L	1	replaced
L	1	replacement
L	1	replacements
L	1	replaces
L	1	replacing
L	1	replay
L	5	replenish
L	5	replenished
L	5	replenishes
L	5	replenishing
L	5	replicate
L	5	replicated
L	5	replicater
L	5	replicates
L	5	replicatest
L	5	replicating
L	1	replied
L	5	replies
L	1	reply
L	1	replying
L	1	report
L	1	reported
L	1	reportedly
L	1	reporter
L	1	reporters
L	1	reporting
L	5	reportings
L	1	reports
L	1	repossessed
L	1	represent
L	1	representative
L	2	representatives
L	1	represented
L	1	representing
L	1	represents
L	1	repression
L	1	repressive
L	1	reprieve
L	5	reprobate
L	4	repsol
L	3	republic
L	4	republican
L	4	republicans
L	1	republics
L	4	republika
L	1	repudiated
L	1	reputation
L	1	reputations
L	1	request
L	1	requested
L	1	requesting
L	1	requests
L	1	require
L	1	required
L	1	requirement
L	1	requirements
L	1	requires
L	1	requiring
L	5	rerun
L	5	reruns
L	1	rescue
L	1	rescued
L	2	research
L	5	researcher
L	1	researchers
L	5	resemble
L	1	resembled
L	5	resembles
L	1	resembling
L	5	resent
L	5	resented
L	5	resenting
L	5	resents
L	2	reserve
L	2	reserved
L	1	reserves
L	5	reserving
L	1	reshuffle
L	1	reside
L	5	resided
L	1	residence
L	1	resident
L	1	residents
L	5	resides
L	5	residing
L	1	resign
L	1	resignation
L	1	resigned
L	1	resigning
L	1	resigns
L	1	resist
L	2	resistance
L	1	resistant
L	1	resisted
L	1	resisteth
L	1	resisting
L	5	resists
L	1	resolute
L	1	resolution
L	1	resolutions
L	1	resolve
L	1	resolved
L	5	resolves
L	1	resolving
L	5	resonant
L	1	resort
L	5	resorted
L	1	resorting
L	1	resorts
L	1	resource
L	3	resources
L	1	respect
L	1	respected
L	1	respectfully
L	1	respecting
L	1	respectively
L	1	respects
L	1	respirator
L	5	respite
L	5	respites
L	1	respond
L	1	responded
L	1	responders
L	1	responding
L	5	respondings
L	5	responds
L	1	response
L	1	responses
L	1	responsibility
L	1	responsible
L	1	rest
L	5	restart
L	5	restarted
L	5	restarting
L	5	restarts
L	1	restaurant
L	3	restaurants
L	5	rested
L	5	resting
L	1	restitution
L	5	restock
L	5	restocked
L	5	restocking
L	5	restocks
L	2	restoration
L	1	restorationist
L	1	restore
L	1	restored
L	5	restores
L	5	restoring
L	5	restrain
L	5	restrained
L	1	restraining
L	5	restrains
L	1	restrict
L	1	restricted
L	1	restricting
L	1	restrictions
L	5	restricts
L	5	restructrue
L	5	restructrued
L	5	restructrues
L	5	restructruing
L	5	restructruings
L	1	restructure
L	5	restructured
L	5	restructures
L	1	restructuring
L	5	restructurings
L	5	rests
L	1	result
L	1	resulted
L	1	resulting
L	1	results
L	1	resume
L	1	resumed
L	5	resumes
L	1	resuming
L	1	resumption
L	5	resurface
L	5	resurfaced
L	5	resurfaces
L	5	resurfacing
L	2	resurrection
L	1	retail
L	1	retailer
L	1	retain
L	1	retained
L	1	retake
L	1	retaliation
L	5	retarded
L	4	retief
L	1	retire
L	2	retired
L	1	retirement
L	5	retires
L	1	retiring
L	1	retreat
L	5	retrieve
L	1	retrieved
L	5	retrieves
L	5	retrieving
L	5	retrofit
L	5	retrofiting
L	5	retrofits
L	2	return
L	1	returned
L	1	returning
L	1	returns
L	1	retweeted
L	1	retweets
L	5	reup
L	5	reuped
L	5	reuping
L	5	reups
L	4	reuter
L	4	reuters
L	4	rev
L	5	revamp
L	5	revamped
L	5	revamping
L	5	revamps
L	1	reveal
L	1	revealed
L	1	revealing
L	1	reveals
L	5	revel
L	2	revelation
L	1	revelations
L	5	reveled
L	1	revellers
L	5	revelling
L	5	revels
L	2	revenue
L	1	revenues
L	5	revere
L	1	revered
L	5	reverend
L	5	reverends
L	5	reveres
L	5	revering
L	1	reverse
L	1	reversed
L	5	reverses
L	5	reversing
L	1	revert
L	5	reverted
L	5	reverting
L	1	reverts
L	1	review
L	4	review-journal
L	1	reviewed
L	1	reviewing
L	1	reviews
L	1	revised
L	1	revisions
L	5	revisit
L	1	revisited
L	5	revisiting
L	5	revisits
L	5	revitalise
L	5	revitalised
L	5	revitalises
L	5	revitalising
L	5	revitalize
L	5	revitalized
L	5	revitalizes
L	5	revitalizing
L	1	revival
L	1	revive
L	1	revived
L	5	revives
L	5	reviving
L	1	revoke
L	1	revoked
L	5	revokes
L	5	revoking
L	1	revolt
L	3	revolution
L	2	revolutionaries
L	4	revolutionary
L	5	revolve
L	5	revolved
L	5	revolves
L	5	revolving
L	1	revs
L	1	reward
L	1	rewarded
L	5	rewarding
L	5	rewards
L	1	rewritten
L	5	rex
L	5	rexes
L	4	reynosa
L	1	rhetoric
L	1	rhetorical
L	5	rhetorics
L	1	rheumatoid
L	5	rhyme
L	5	rhymed
L	5	rhymes
L	5	rhyming
L	1	rhythm
L	2	rial
L	1	rials
L	1	rib
L	4	rica
L	4	rican
L	4	ricardo
L	4	ricca
L	2	rice
L	1	rich
L	4	richard
L	4	richards
L	4	richardson
L	5	richer
L	1	richest
L	4	richey
L	4	richter
L	4	rick
L	5	rickets
L	4	ricky
L	4	rico
L	1	rid
L	1	ridden
L	5	ridding
L	1	ride
L	1	rider
L	1	riders
L	1	rides
L	4	ridge
L	1	ridiculous
L	1	riding
L	5	ridings
L	5	rids
L	4	ried
L	4	rifkind
L	2	rifle
L	1	rifles
L	4	rigby
L	3	rigged
L	1	right
L	1	right-field
L	1	right-hand
L	1	right-wing
L	1	righteous
L	5	righter
L	5	rightest
L	5	rightful
L	5	righting
L	1	rightly
L	2	rights
L	4	rikl
L	4	riley
L	1	ring
L	1	ringing
L	1	rings
L	4	rino
L	4	rio
L	4	rios
L	1	riot
L	1	rioted
L	1	riots
L	5	rip
L	1	ripe
L	5	ripen
L	5	ripened
L	5	ripening
L	5	ripens
L	5	riper
L	5	ripest
L	4	ripken
L	1	ripped
L	1	ripping
L	5	rips
L	1	rise
L	1	risen
L	1	rises
L	4	rishon
L	1	rising
L	1	risk
L	1	risked
L	1	risking
L	1	risks
L	1	risky
L	2	rite
L	1	rites
L	4	ritter
L	4	rittner
L	1	ritual
L	5	rituals
L	5	ritzier
L	5	ritziest
L	5	ritzy
L	1	rival
L	1	rivals
L	2	river
L	5	riverbed
L	5	riverbeds
L	5	riveting
L	5	rivetinging
L	5	rivetings
L	5	rivetung
L	4	riviera
L	4	riyadh
L	4	rizzitelli
L	4	rkc
L	2	road
L	1	roads
L	5	roam
L	5	roamed
L	5	roaming
L	5	roams
L	5	roar
L	1	roared
L	1	roaring
L	5	roars
L	5	roast
L	1	roasted
L	5	roasting
L	5	roasts
L	3	rob
L	5	robbed
L	1	robbers
L	1	robbery
L	4	robbie
L	1	robbing
L	4	robert
L	4	roberto
L	4	roberts
L	5	robin
L	5	robins
L	4	robinson
L	4	robson
L	5	robust
L	4	roca
L	4	rocca
L	3	rock
L	1	rocked
L	1	rocket
L	4	rockies
L	5	rocking
L	1	rocks
L	4	rocky
L	4	rod
L	4	roda
L	1	rode
L	5	rodent
L	5	rodents
L	5	rodeo
L	5	rodeos
L	4	rodham
L	4	rodney
L	4	rodriguez
L	5	rods
L	4	roe
L	4	roest
L	4	roger
L	1	rogue
L	5	rogues
L	1	role
L	4	rolf
L	1	roll
L	1	rolled
L	3	rolling
L	1	rolls
L	4	roma
L	4	roman
L	4	romania
L	4	romanian
L	4	romano
L	4	romans
L	1	romantic
L	4	rombot
L	4	rome
L	4	romesh
L	1	romp
L	4	ron
L	4	ronald
L	4	ronaldo
L	4	ronan
L	4	ronnie
L	1	roof
L	5	roofed
L	5	roofer
L	5	roofers
L	5	roofing
L	5	roofings
L	1	roofs
L	1	rookie
L	5	rookies
L	2	room
L	5	roomier
L	5	roomiest
L	1	roommate
L	2	rooms
L	5	roomy
L	4	roosevelt
L	1	root
L	1	rooted
L	5	rooting
L	1	roots
L	1	rope
L	5	roped
L	1	ropes
L	5	roping
L	2	rose
L	4	rosenstein
L	5	roses
L	4	roshan
L	4	rosiak
L	5	rosier
L	5	rosiest
L	4	ross
L	4	rossello
L	4	rosset
L	4	rostock
L	5	rosy
L	5	rot
L	4	rotherham
L	5	rots
L	5	rotted
L	5	rotten
L	4	rotterdam
L	5	rotting
L	1	rouble
L	1	roubles
L	5	rough
L	5	roughed
L	5	rougher
L	5	roughest
L	5	roughing
L	1	roughly
L	5	roughs
L	1	round
L	5	rounded
L	5	rounding
L	1	rounds
L	5	rout
L	1	route
L	1	routed
L	1	routes
L	1	routine
L	1	routinely
L	1	routines
L	1	routing
L	5	routs
L	4	rovers
L	1	row
L	5	rowing
L	5	rowings
L	5	rows
L	4	roxbury
L	4	roy
L	3	royal
L	4	royals
L	5	rp
L	5	rub
L	5	rubbed
L	1	rubber
L	5	rubbing
L	5	rubbish
L	5	rubbishes
L	4	rubble
L	4	ruben
L	4	rubens
L	5	rubies
L	4	rubin
L	4	rubio
L	5	rubs
L	5	ruby
L	4	ruch
L	4	rudar
L	5	rude
L	5	ruder
L	5	rudest
L	4	rudi
L	4	rudolf
L	4	rudolph
L	2	rugby
L	4	rui
L	5	ruin
L	1	ruined
L	5	ruining
L	5	ruins
L	1	rule
L	1	ruled
L	1	ruler
L	1	rulers
L	2	rules
L	1	ruling
L	1	rulings
L	4	rumble
L	1	rumor
L	1	rumours
L	2	run
L	1	run-scoring
L	1	run-up
L	5	rung
L	1	runner-up
L	1	running
L	5	runningback
L	5	runningbacks
L	5	runnings
L	1	runs
L	1	runway
L	5	rupee
L	1	rupees
L	4	rupert
L	1	rupiah
L	1	rural
L	4	rush
L	1	rushed
L	5	rushes
L	1	rushing
L	4	russell
L	4	russia
L	4	russia-gate
L	4	russian
L	4	russian-chechen
L	4	russians
L	4	russo
L	5	rust
L	5	rusted
L	5	rustier
L	5	rustiest
L	5	rusting
L	5	rustle
L	5	rustled
L	5	rustles
L	5	rustling
L	5	rusts
L	3	rusty
L	4	ruth
L	1	ruthless
L	4	rutter
L	4	ruutel
L	4	ruxandra
L	4	rwanda
L	4	rwandan
L	4	ryan
L	4	ryszard
L	4	ryutaro
L	2	s
L	4	s&p
L	4	s.
L	4	sa
L	4	sabatini
L	5	sabbatical
L	5	sabbaticals
L	1	sabotage
L	4	sachin
L	4	sachs
L	1	sack
L	1	sacked
L	1	sacking
L	1	sacks
L	2	sacrament
L	2	sacramental
L	4	sacramento
L	2	sacraments
L	1	sacred
L	1	sacrifice
L	1	sacrificed
L	5	sacrifices
L	5	sacrificing
L	1	sacrilege
L	1	sacrilegious
L	1	sad
L	4	saddam
L	5	sadden
L	5	saddened
L	5	saddening
L	5	saddens
L	5	sadder
L	5	sadest
L	4	sadiki
L	4	sadikov
L	1	sadistic
L	1	sadness
L	4	saeed
L	4	saf
L	1	safe
L	5	safeguard
L	1	safeguarded
L	1	safeguarding
L	5	safeguards
L	1	safely
L	1	safer
L	1	safest
L	2	safety
L	5	sage
L	5	sages
L	2	said
L	1	sail
L	5	sailed
L	1	sailing
L	5	sailings
L	1	sailor
L	5	sailors
L	5	sails
L	3	saint
L	4	saint-germain
L	5	saintlier
L	5	saintliest
L	5	saintly
L	1	saints
L	4	sainz
L	3	sake
L	1	salacious
L	4	salah
L	4	salahuddin
L	4	salama
L	4	salang
L	1	salaries
L	1	salary
L	2	sale
L	2	sales
L	4	salim
L	4	salisbury
L	4	sally
L	4	salman
L	5	salmon
L	4	salo
L	4	salomon
L	4	salou
L	5	salt
L	5	saltier
L	5	saltiest
L	5	salty
L	4	salvador
L	4	salvation
L	4	salzburg
L	4	sam
L	4	sambi
L	1	same
L	1	same-sex
L	4	samina
L	4	sammy
L	4	samokhalova
L	4	sampdoria
L	5	sample
L	5	sampled
L	1	samples
L	5	sampling
L	4	sampras
L	4	samson
L	4	samsung
L	4	samuel
L	4	san
L	4	sanath
L	4	sanchez
L	1	sanction
L	1	sanctioned
L	1	sanctions
L	1	sanctity
L	2	sanctuary
L	5	sand
L	4	sanders
L	5	sandier
L	5	sandiest
L	4	sandon
L	4	sandra
L	4	sandri
L	4	sandrine
L	4	sands
L	4	sandstod
L	1	sandwich
L	5	sandwiches
L	5	sandy
L	4	sang
L	1	sank
L	5	sans
L	4	santa
L	4	santiago
L	4	santos
L	4	sao
L	5	sapien
L	5	sapiens
L	4	saqlain
L	4	sar
L	4	sara
L	4	sarah
L	4	sarajevo
L	1	sarcastically
L	4	saris
L	1	sat
L	4	satan
L	2	satanic
L	1	satisfactory
L	1	satisfied
L	5	satisfies
L	1	satisfy
L	1	satisfying
L	5	satish
L	4	satoshi
L	5	saturate
L	5	saturated
L	5	saturates
L	5	saturating
L	4	saturday
L	5	saturdays
L	5	saturn
L	4	sauber
L	4	saucier
L	4	saudi
L	4	saudis
L	5	sauted
L	1	save
L	1	saved
L	5	saves
L	4	savicevic
L	1	saving
L	1	savings
L	2	savior
L	3	saviour
L	5	savvier
L	5	savviest
L	5	savvy
L	1	saw
L	4	sawamatsu
L	1	say
L	1	saying
L	5	sayings
L	1	says
L	4	sbc
L	4	sc
L	1	scale
L	5	scaled
L	5	scales
L	5	scaling
L	1	scam
L	5	scan
L	1	scandal
L	1	scandalized
L	1	scandalous
L	1	scandals
L	5	scanned
L	5	scanning
L	1	scans
L	1	scant
L	5	scantier
L	5	scantiest
L	5	scanty
L	4	scapolo
L	1	scar
L	4	scarborough
L	1	scarce
L	5	scarcer
L	5	scarcest
L	1	scare
L	1	scared
L	5	scares
L	5	scarier
L	5	scariest
L	5	scaring
L	5	scarlet
L	5	scarred
L	5	scarring
L	5	scars
L	5	scary
L	5	scathing
L	5	scatter
L	1	scattered
L	5	scattering
L	5	scatters
L	5	scavenge
L	5	scavenged
L	5	scavenges
L	5	scavenging
L	1	scenario
L	1	scene
L	5	scenery
L	1	scenes
L	5	scent
L	5	scents
L	4	schaaf
L	4	schalke
L	4	schalken
L	4	schaller
L	1	schedule
L	1	scheduled
L	5	schedules
L	5	scheduling
L	5	schedulings
L	1	schema
L	1	scheme
L	4	schett
L	4	schiff
L	2	schism
L	1	schismatics
L	1	schisms
L	4	schmidt
L	4	schneider
L	4	schneiter
L	1	scholar
L	5	scholarly
L	5	scholars
L	1	scholarship
L	2	school
L	1	schoolchildren
L	1	schoolgirl
L	5	schooling
L	5	schoolings
L	1	schools
L	4	schultz-mccarthy
L	4	schumacher
L	4	schumer
L	4	sciandri
L	4	scicluna
L	2	science
L	4	sciences
L	1	scientific
L	2	scientist
L	1	scientists
L	4	scifo
L	5	scion
L	5	scions
L	5	scissors
L	1	sclerosis
L	1	scope
L	5	scorch
L	5	scorched
L	5	scorches
L	5	scorching
L	1	score
L	1	scoreboard
L	1	scored
L	1	scoreless
L	1	scoreline
L	1	scorer
L	1	scorers
L	1	scores
L	1	scoring
L	5	scorings
L	4	scotland
L	4	scott
L	4	scottish
L	4	scout
L	5	scouted
L	5	scouting
L	1	scouts
L	1	scrap
L	1	scrape
L	5	scraped
L	5	scrapes
L	1	scrapie
L	5	scraping
L	5	scratch
L	5	scratched
L	5	scratches
L	5	scratching
L	1	scream
L	5	screamed
L	1	screaming
L	5	screamings
L	1	screams
L	5	screech
L	5	screeched
L	5	screeches
L	5	screeching
L	1	screen
L	1	screened
L	1	screening
L	5	screenings
L	5	screens
L	1	screenwriter
L	5	screenwriters
L	5	screw
L	5	screwed
L	5	screwing
L	1	screws
L	1	scribble
L	5	scribbled
L	5	scribbles
L	5	scribbling
L	1	script
L	3	scripture
L	4	scriptures
L	5	scroll
L	5	scrolled
L	5	scrolling
L	5	scrolls
L	1	scrutiny
L	5	sculpt
L	5	sculpted
L	5	sculpting
L	5	sculptings
L	5	sculptor
L	5	sculptors
L	5	sculpts
L	4	scunthorpe
L	1	scurrilous
L	2	sea
L	5	seabed
L	5	seabeds
L	1	seal
L	1	sealed
L	5	sealing
L	1	seals
L	4	sean
L	1	search
L	1	searched
L	1	searches
L	1	searching
L	1	season
L	1	seasonal
L	1	seasonally
L	5	seasoned
L	1	seasons
L	2	seat
L	5	seated
L	5	seating
L	5	seatings
L	1	seats
L	4	seattle
L	4	sebastien
L	4	sec
L	1	secession
L	2	second
L	1	second-half
L	1	second-placed
L	1	second-quarter
L	1	second-round
L	2	secondary
L	1	seconds
L	1	secrecy
L	1	secret
L	3	secretariat
L	1	secretaries
L	2	secretary
L	3	secretary-general
L	2	secretly
L	1	secrets
L	1	secs
L	5	sect
L	1	section
L	1	sections
L	1	sector
L	1	sectors
L	5	sects
L	1	secular
L	1	secularist
L	1	secure
L	1	secured
L	5	securer
L	1	secures
L	5	securest
L	1	securing
L	3	securities
L	2	security
L	5	sedate
L	5	sedated
L	5	sedater
L	5	sedates
L	5	sedatest
L	5	sedating
L	4	sedis
L	2	seditious
L	3	seducing
L	1	see
L	1	seed
L	1	seeded
L	1	seeding
L	1	seedings
L	1	seeds
L	1	seeing
L	1	seek
L	1	seekers
L	1	seeking
L	1	seeks
L	1	seem
L	1	seemed
L	5	seeming
L	1	seemingly
L	5	seemly
L	1	seems
L	1	seen
L	1	sees
L	1	segment
L	4	seiki
L	1	seize
L	1	seized
L	1	seizure
L	5	seldom
L	1	select
L	1	selected
L	5	selecter
L	5	selectest
L	1	selecting
L	3	selection
L	1	selectors
L	5	selects
L	4	seles
L	1	self
L	1	self-defense
L	1	self-governance
L	1	self-rule
L	5	selfish
L	1	sell
L	1	sell-off
L	4	sellberg
L	1	seller
L	3	sellers
L	1	selling
L	2	sells
L	1	semi-automatic
L	1	semi-final
L	4	semiconductor
L	1	semifinal
L	1	semifinalist
L	1	semifinals
L	1	seminar
L	1	seminarian
L	1	seminarians
L	1	seminaries
L	5	seminars
L	2	seminary
L	4	sen
L	4	senate
L	1	senator
L	2	senators
L	1	send
L	1	sending
L	5	sends
L	4	senegal
L	4	senegalese
L	1	senior
L	5	seniors
L	1	sensations
L	1	sense
L	5	sensed
L	5	senses
L	5	sensing
L	1	sensitive
L	1	sensitivity
L	1	sensory
L	1	sent
L	1	sentence
L	1	sentenced
L	1	sentences
L	1	sentencing
L	1	sentiment
L	4	seoul
L	4	sep
L	1	separate
L	1	separated
L	1	separately
L	5	separater
L	5	separates
L	5	separatest
L	1	separating
L	1	separation
L	1	separatist
L	1	separatists
L	4	sept
L	4	september
L	5	septillion
L	5	septillionth
L	5	septillionths
L	5	sequester
L	5	sequestered
L	5	sequestering
L	5	sequesters
L	3	ser
L	4	serb
L	4	serb-controlled
L	4	serb-held
L	4	serbia
L	4	serbian
L	4	serbs
L	5	serene
L	4	sergeant
L	5	sergeants
L	4	sergei
L	4	sergi
L	4	sergio
L	1	serial
L	5	serials
L	1	serie
L	2	series
L	1	serious
L	1	seriously
L	1	seriousness
L	1	servant
L	1	servants
L	1	serve
L	1	served
L	2	server
L	1	servers
L	1	serves
L	4	servette
L	2	service
L	5	serviced
L	1	servicemen
L	2	services
L	1	servicing
L	1	serving
L	5	servings
L	5	servitor
L	5	servitors
L	1	session
L	1	sessions
L	1	set
L	1	set-up
L	1	sets
L	1	setting
L	5	settings
L	1	settle
L	1	settled
L	1	settlement
L	1	settlements
L	1	settlers
L	1	settles
L	1	settling
L	4	setubal
L	4	seve
L	2	seven
L	1	seven-year
L	5	seventeen
L	5	seventeenth
L	5	seventeenths
L	1	seventh
L	5	sevenths
L	5	seventieth
L	5	seventieths
L	5	seventy
L	5	sever
L	1	several
L	1	severe
L	5	severed
L	1	severely
L	5	severer
L	5	severest
L	5	severing
L	5	severs
L	5	sew
L	5	sewed
L	1	sewing
L	5	sewn
L	5	sews
L	1	sex
L	5	sexes
L	5	sexier
L	5	sexiest
L	1	sexist
L	5	sextillion
L	5	sextillionth
L	5	sextillionths
L	2	sexual
L	1	sexuality
L	1	sexually
L	1	sexy
L	4	seychelles
L	4	sfeir
L	4	shabana
L	1	shack
L	5	shacked
L	5	shacking
L	1	shacks
L	1	shade
L	5	shaded
L	5	shades
L	5	shadier
L	5	shadiest
L	5	shading
L	1	shadow
L	1	shadowy
L	5	shady
L	4	shah
L	3	shahada
L	4	shahid
L	1	shake
L	1	shaken
L	1	shakes
L	1	shaking
L	1	shall
L	5	shallow
L	5	shallower
L	5	shallowest
L	2	shalt
L	1	sham
L	5	shaman
L	5	shamans
L	1	shame
L	1	shameful
L	1	shamelessly
L	4	shane
L	4	shanghai
L	5	shant
L	1	shape
L	5	shaped
L	5	shapes
L	1	shaping
L	4	shapiro
L	2	share
L	1	shared
L	2	shareholder
L	1	shareholders
L	2	shares
L	3	sharia
L	4	shariah
L	4	sharif
L	1	sharing
L	4	sharjah
L	1	sharp
L	4	sharpe
L	5	sharpen
L	5	sharpened
L	5	sharpening
L	5	sharpens
L	5	sharper
L	5	sharpest
L	1	sharply
L	1	shatter
L	1	shattered
L	1	shattering
L	5	shatters
L	4	shaun
L	1	shave
L	1	shaved
L	5	shaves
L	5	shaving
L	4	shaw
L	4	shaykh
L	1	she
L	4	shea
L	1	shed
L	1	shedding
L	1	sheds
L	1	sheep
L	4	sheeple
L	1	sheepmeat
L	1	sheer
L	5	sheesh
L	2	sheet
L	3	sheets
L	4	sheffield
L	4	sheikh
L	5	sheild
L	5	sheilding
L	5	sheilds
L	5	sheilt
L	5	shekel
L	5	shekels
L	4	shell
L	1	shelled
L	2	shelling
L	1	shelter
L	5	sheltered
L	1	sheltering
L	1	shelters
L	4	shepard
L	2	shepherd
L	1	shepherds
L	5	sheqel
L	5	sheqels
L	3	sheriff
L	5	shhh
L	4	shi-ting
L	1	shift
L	5	shifted
L	5	shifting
L	1	shifts
L	4	shigeki
L	4	shiite
L	5	shilling
L	5	shillings
L	4	shimon
L	2	shine
L	1	shines
L	5	shingles
L	5	shinier
L	5	shiniest
L	4	shining
L	1	shiny
L	1	ship
L	1	shipment
L	1	shipments
L	1	shipped
L	3	shipping
L	5	shippings
L	1	ships
L	5	shit
L	5	shiver
L	5	shivered
L	5	shivering
L	5	shivers
L	1	shock
L	1	shocked
L	1	shocking
L	5	shocks
L	1	shoe
L	1	shoes
L	5	shone
L	5	shoo
L	1	shook
L	1	shoot
L	2	shooter
L	1	shooters
L	1	shooting
L	1	shootings
L	5	shoots
L	1	shop
L	5	shopped
L	5	shopping
L	5	shoppings
L	1	shops
L	2	shore
L	5	shored
L	5	shores
L	5	shoring
L	1	short
L	1	short-term
L	1	shortage
L	1	shortages
L	5	shorted
L	5	shorten
L	1	shortened
L	5	shortening
L	5	shortenings
L	5	shortens
L	5	shorter
L	5	shortest
L	1	shortfall
L	1	shorthanded
L	5	shorting
L	1	shortly
L	5	shorts
L	1	shortstop
L	1	shot
L	1	shotgun
L	1	shots
L	1	should
L	1	shoulder
L	2	shouldn't
L	1	shout
L	1	shouted
L	1	shouting
L	5	shoutings
L	5	shouts
L	1	show
L	1	showcase
L	1	showdown
L	1	showed
L	1	showering
L	5	showgirl
L	5	showgirls
L	1	showing
L	5	showman
L	5	showmans
L	1	shown
L	5	showrunner
L	5	showrunners
L	1	shows
L	1	shr
L	1	shrank
L	1	shred
L	4	shrewsbury
L	5	shrill
L	5	shriller
L	5	shrillest
L	1	shrink
L	1	shrinking
L	1	shrinks
L	5	shrivel
L	5	shrivelled
L	5	shrivelling
L	5	shrivels
L	1	shrug
L	5	shrunk
L	4	shubei
L	5	shuffle
L	1	shuffled
L	1	shuffles
L	5	shuffling
L	1	shun
L	5	shunned
L	5	shunning
L	5	shuns
L	1	shut
L	2	shutdown
L	1	shutout
L	5	shuts
L	5	shutting
L	4	shuzo
L	1	shy
L	5	shyer
L	5	shyest
L	5	sibling
L	5	siblings
L	1	sic
L	1	sick
L	5	sicker
L	5	sickest
L	5	sicklier
L	5	sickliest
L	5	sickly
L	1	side
L	5	sided
L	1	sidelined
L	1	sidelines
L	1	sides
L	5	siding
L	4	sidot
L	4	siemerink
L	4	sierd
L	4	sierra
L	5	sift
L	1	sifted
L	5	sifting
L	5	sifts
L	1	sight
L	1	sights
L	1	sign
L	1	signal
L	1	signaled
L	5	signaling
L	5	signalings
L	1	signalled
L	1	signals
L	1	signatories
L	5	signatory
L	4	signatura
L	1	signature
L	1	signatures
L	1	signed
L	1	signers
L	1	significance
L	1	significant
L	1	significantly
L	1	signing
L	5	signings
L	1	signs
L	1	silence
L	2	silenced
L	5	silences
L	1	silencing
L	1	silent
L	5	silk
L	4	silke
L	5	sillier
L	5	silliest
L	5	silly
L	4	silpa-archa
L	4	silva
L	1	silver
L	5	silvers
L	4	silvio
L	4	simex
L	4	simian
L	1	similar
L	4	simitis
L	4	simon
L	1	simple
L	5	simpler
L	5	simplest
L	5	simplified
L	5	simplifies
L	5	simplify
L	5	simplifying
L	1	simply
L	5	simulate
L	1	simulated
L	5	simulates
L	5	simulating
L	2	sin
L	1	since
L	1	sincere
L	1	sincerity
L	1	sinful
L	1	sing
L	4	singapore
L	3	singer
L	5	singers
L	1	singing
L	5	singings
L	1	single
L	1	singled
L	1	singles
L	5	singling
L	5	sings
L	1	sinister
L	1	sink
L	1	sinking
L	5	sinks
L	5	sinner
L	1	sinners
L	1	sinning
L	1	sins
L	4	sion
L	5	sip
L	4	sipe
L	5	sipping
L	5	sips
L	4	sir
L	4	sirnak
L	5	sissies
L	5	sissy
L	2	sister
L	4	sisters
L	1	sit
L	1	site
L	1	sites
L	1	sits
L	4	sittard
L	1	sitting
L	5	sittings
L	1	situation
L	1	situations
L	2	six
L	1	six-hitter
L	1	six-month
L	1	six-party
L	1	six-run
L	1	six-year
L	1	sixes
L	5	sixteen
L	5	sixteenth
L	5	sixteenths
L	1	sixth
L	1	sixth-inning
L	1	sixth-seeded
L	5	sixths
L	5	sixtieth
L	5	sixtieths
L	5	sixty
L	1	size
L	5	sized
L	5	sizes
L	5	sizing
L	4	skandalidis
L	5	skate
L	5	skateboard
L	5	skateboarded
L	5	skateboarding
L	5	skateboardings
L	5	skateboards
L	5	skated
L	5	skates
L	5	skating
L	5	skatings
L	5	skeleten
L	5	skeletens
L	1	skeptical
L	1	ski
L	5	skied
L	5	skier
L	5	skiers
L	1	skies
L	5	skiied
L	5	skiing
L	1	skill
L	1	skilled
L	1	skills
L	1	skin
L	5	skinnier
L	5	skinniest
L	5	skinny
L	1	skipper
L	5	skipping
L	1	skirmish
L	1	skirmishes
L	5	skis
L	1	skit
L	5	skittles
L	4	skojec
L	4	skopje
L	1	skull
L	3	sky
L	5	skyrocket
L	5	skyrocketed
L	1	skyrocketing
L	5	skyrockets
L	5	slack
L	5	slacks
L	1	slain
L	3	slam
L	1	slammed
L	3	slams
L	1	slander
L	1	slandered
L	1	slashed
L	1	slated
L	1	slaughter
L	5	slay
L	5	slayed
L	1	slaying
L	5	slays
L	5	sleek
L	5	sleeker
L	5	sleekest
L	1	sleep
L	1	sleeping
L	5	sleepings
L	5	sleeps
L	5	sleepy
L	5	slender
L	5	slenderest
L	1	slept
L	1	slew
L	1	slice
L	5	sliced
L	5	slices
L	5	slicing
L	5	slick
L	5	slicked
L	5	slicker
L	5	slickest
L	5	slicking
L	5	slicks
L	1	slid
L	5	slide
L	1	slides
L	5	sliding
L	5	slier
L	5	sliest
L	3	slight
L	5	slighter
L	1	slightest
L	1	slightly
L	1	slim
L	5	slimest
L	5	slimier
L	5	slimiest
L	5	slimmer
L	5	slimy
L	1	slip
L	1	slipped
L	5	slippery
L	1	slipping
L	1	slips
L	5	slipshod
L	5	slit
L	5	slits
L	5	slitting
L	1	slogans
L	5	slope
L	5	sloped
L	5	slopes
L	5	sloping
L	5	slouch
L	5	slouched
L	5	slouches
L	5	slouching
L	4	slovak
L	4	slovakia
L	4	slovan
L	4	slovenia
L	4	slovenian
L	1	slow
L	5	slowed
L	5	slower
L	5	slowest
L	1	slowing
L	1	slowly
L	1	slows
L	1	sluggish
L	1	slumped
L	1	slumping
L	1	slur
L	5	sly
L	1	small
L	1	smaller
L	1	smallest
L	1	smart
L	5	smarter
L	5	smartest
L	2	smash
L	1	smashed
L	5	smashes
L	5	smashing
L	1	smear
L	1	smeared
L	1	smears
L	5	smell
L	5	smelled
L	5	smellier
L	5	smelliest
L	5	smelling
L	5	smells
L	5	smelly
L	4	smicer
L	1	smile
L	5	smiled
L	5	smiles
L	1	smiling
L	5	smirk
L	5	smirked
L	5	smirking
L	5	smirks
L	4	smith
L	1	smoke
L	5	smoked
L	5	smokes
L	2	smoking
L	5	smokings
L	1	smooth
L	5	smoothed
L	5	smoother
L	5	smoothest
L	5	smoothing
L	1	smoothly
L	5	smooths
L	5	smug
L	1	smuggle
L	1	smuggled
L	5	smuggler
L	1	smugglers
L	5	smuggles
L	1	smuggling
L	4	smyth
L	5	snake
L	5	snaked
L	5	snakes
L	5	snaking
L	1	snap
L	5	snaping
L	1	snapped
L	1	snapping
L	5	snaps
L	1	snapshot
L	5	snatch
L	1	snatched
L	5	snatches
L	1	snatching
L	5	sneak
L	5	sneaking
L	5	sneaks
L	5	sneeze
L	5	sneezed
L	5	sneezes
L	1	sneezing
L	5	snew
L	5	sniff
L	5	sniffed
L	1	sniffer
L	5	sniffing
L	5	sniffs
L	4	snipes
L	4	snl
L	5	snobbish
L	5	snow
L	5	snowboard
L	5	snowboarded
L	5	snowboarding
L	5	snowboardings
L	5	snowboards
L	4	snowden
L	5	snowing
L	5	snowings
L	5	snows
L	5	snuck
L	5	snuggle
L	5	snuggled
L	5	snuggles
L	5	snuggling
L	1	so
L	1	so-called
L	5	soak
L	5	soaked
L	5	soaking
L	5	soaks
L	1	soap
L	1	soar
L	1	soared
L	1	soaring
L	1	soars
L	5	sob
L	5	sobbed
L	5	sobbing
L	1	sober
L	5	sobered
L	1	sobering
L	5	sobers
L	5	sobs
L	2	soccer
L	2	social
L	5	socialer
L	5	socialest
L	3	socialist
L	3	socialists
L	2	societies
L	3	society
L	1	socio-cultural
L	2	sociology
L	4	sodagar
L	4	sodano
L	1	sodomy
L	4	sofia
L	4	sofian
L	1	soft
L	1	soften
L	1	softer
L	5	softest
L	2	software
L	4	sohail
L	1	soil
L	2	solar
L	1	sold
L	1	soldier
L	1	soldiers
L	1	sole
L	1	solely
L	1	solemn
L	5	solemner
L	5	solemnest
L	1	solemnly
L	5	soles
L	5	solicit
L	5	solicited
L	1	soliciting
L	5	solicits
L	1	solid
L	1	solidarity
L	5	solider
L	5	solidest
L	1	solidify
L	1	solitary
L	1	solo
L	5	soloist
L	5	soloists
L	4	solomon
L	5	soluble
L	1	solution
L	2	solutions
L	1	solve
L	1	solved
L	1	solvent
L	5	solvents
L	5	solves
L	5	solving
L	4	somalia
L	5	somber
L	5	sombrero
L	5	sombreros
L	1	some
L	5	somebodies
L	1	somebody
L	5	someday
L	1	somehow
L	1	someone
L	5	someones
L	4	somerset
L	1	something
L	1	sometime
L	1	sometimes
L	1	somewhat
L	1	somewhere
L	2	son
L	1	son-in-law
L	1	sonic
L	5	sonnies
L	5	sonny
L	3	sons
L	2	soon
L	1	sooner
L	5	soonest
L	5	sooth
L	5	soothe
L	1	soothed
L	5	soothes
L	5	soothing
L	5	sooths
L	1	sophisticated
L	5	sorcerer
L	5	sorcerers
L	5	sorceress
L	5	sorceresses
L	1	sordid
L	5	sore
L	4	soren
L	4	sorensen
L	5	sorer
L	5	sorest
L	4	soros
L	1	sorrow
L	1	sorry
L	1	sort
L	5	sorted
L	5	sorting
L	1	sorts
L	4	sosa
L	1	sought
L	1	soul
L	1	souls
L	2	sound
L	1	sounded
L	1	sounding
L	5	soundproof
L	1	sounds
L	1	sour
L	1	source
L	1	sourced
L	1	sources
L	5	soured
L	5	souring
L	5	sours
L	3	south
L	4	southampton
L	1	southeast
L	2	southeastern
L	4	southend
L	2	southern
L	1	southwest
L	5	sovereign
L	5	sovereigns
L	1	sovereignty
L	4	soviet
L	5	sow
L	5	sowed
L	1	sowing
L	5	sown
L	5	sows
L	4	sox
L	2	soybean
L	1	soymeal
L	1	soyoil
L	4	spa-francorchamps
L	1	space
L	1	spacecraft
L	1	spaces
L	4	spain
L	5	spam
L	5	spams
L	1	span
L	4	spaniard
L	4	spaniards
L	4	spanish
L	5	spanned
L	5	spanning
L	5	spans
L	1	spare
L	1	spared
L	5	sparer
L	5	spares
L	5	sparest
L	5	sparing
L	1	spark
L	1	sparked
L	5	sparking
L	5	sparkle
L	5	sparkled
L	5	sparkles
L	5	sparkling
L	5	sparkly
L	5	sparks
L	5	sparse
L	4	sparta
L	4	spartak
L	5	spat
L	1	spate
L	5	spawn
L	5	spawned
L	5	spawning
L	5	spawns
L	2	speak
L	2	speaker
L	1	speakers
L	1	speaking
L	1	speaks
L	2	special
L	5	specialer
L	5	specialest
L	1	specialist
L	1	specialists
L	5	specialize
L	2	specialized
L	5	specializes
L	1	specializing
L	1	species
L	1	specific
L	1	specifically
L	1	specifics
L	1	specified
L	5	specifies
L	1	specify
L	5	specifying
L	1	spectacular
L	5	spectator
L	1	spectators
L	1	spectrum
L	1	speculate
L	1	speculated
L	1	speculation
L	5	sped
L	1	speech
L	1	speeches
L	1	speed
L	1	speeding
L	5	speeds
L	1	speedy
L	4	speier
L	1	spell
L	5	spellbind
L	5	spellbinding
L	5	spellbinds
L	1	spelled
L	5	spelling
L	5	spellings
L	5	spells
L	4	spencer
L	1	spend
L	1	spending
L	5	spendings
L	5	spends
L	1	spent
L	1	sphere
L	5	spice
L	5	spiced
L	5	spices
L	5	spicier
L	5	spiciest
L	5	spicing
L	5	spicy
L	5	spied
L	1	spies
L	5	spiked
L	5	spiking
L	5	spill
L	5	spilled
L	1	spilling
L	5	spills
L	5	spilt
L	1	spin
L	1	spinal
L	5	spinning
L	1	spinoff
L	5	spins
L	1	spiral
L	5	spiralling
L	5	spirals
L	4	spiring
L	1	spirit
L	1	spirited
L	1	spirits
L	1	spiritual
L	4	spirlea
L	5	spit
L	1	spite
L	5	spited
L	5	spites
L	5	spiting
L	5	spits
L	5	spitting
L	5	splash
L	5	splashed
L	5	splashes
L	5	splashing
L	5	splay
L	5	splayed
L	5	splaying
L	5	splays
L	1	spleens
L	5	splendid
L	1	splinter
L	2	split
L	1	splits
L	1	splitting
L	5	spoil
L	1	spoiled
L	1	spoiling
L	1	spoils
L	1	spoke
L	1	spoken
L	1	spokesman
L	1	spokesmen
L	1	spokesperson
L	5	spokespersons
L	1	spokeswoman
L	3	spongiform
L	1	sponsor
L	1	sponsored
L	5	sponsoring
L	1	sponsors
L	5	spoof
L	5	spoofed
L	5	spoofing
L	5	spoofs
L	1	sporadic
L	2	sport
L	3	sporting
L	1	sports
L	2	spot
L	1	spots
L	1	spotted
L	5	spotting
L	1	spouse
L	5	spouses
L	5	sprang
L	5	sprawl
L	5	sprawling
L	5	sprawls
L	1	spray
L	5	sprayed
L	1	spraying
L	5	sprays
L	1	spread
L	1	spreading
L	1	spreads
L	5	sprightlier
L	5	sprightliest
L	5	sprightly
L	2	spring
L	4	springboks
L	4	springer
L	5	springing
L	5	springs
L	5	sprinkle
L	5	sprinkled
L	5	sprinkles
L	1	sprinkling
L	1	sprint
L	1	sprinter
L	1	spruce
L	5	spruced
L	5	spruces
L	5	sprucing
L	5	spry
L	1	spun
L	1	spur
L	5	spurred
L	5	spurring
L	5	spurs
L	1	spy
L	4	spygate
L	1	spying
L	1	squad
L	2	squadron
L	1	squads
L	5	squander
L	1	squandered
L	5	squandering
L	5	squanders
L	2	square
L	5	squared
L	5	squares
L	5	squaring
L	5	squat
L	5	squats
L	5	squatter
L	5	squatters
L	5	squeamish
L	5	squish
L	5	squished
L	5	squishes
L	5	squishing
L	4	sri
L	4	srinath
L	4	ssangbangwool
L	4	ssg
L	4	ssmu
L	3	st
L	4	st.
L	1	stab
L	1	stabbed
L	1	stabbing
L	1	stabilise
L	1	stability
L	1	stable
L	5	stables
L	5	stabs
L	5	stack
L	5	stacked
L	5	stacking
L	5	stacks
L	2	stadium
L	4	stadler
L	2	staff
L	5	staffed
L	2	staffer
L	1	staffers
L	5	staffing
L	4	stafford
L	5	staffs
L	1	stage
L	1	staged
L	1	stages
L	5	stagger
L	5	staggered
L	5	staggering
L	5	staggers
L	1	staging
L	5	stagings
L	1	stagnates
L	1	stagnation
L	1	stain
L	5	stained
L	5	staining
L	5	stains
L	1	stake
L	5	staked
L	3	stakes
L	1	staking
L	5	stale
L	1	stalemate
L	5	staler
L	5	stalest
L	4	stalinist
L	5	stalk
L	5	stalked
L	5	stalking
L	5	stalks
L	5	stall
L	1	stalled
L	5	stalling
L	5	stalls
L	5	stalwart
L	1	stamp
L	4	stampa
L	1	stamped
L	5	stamping
L	5	stamps
L	1	stance
L	1	stances
L	1	stand
L	1	standard
L	1	standards
L	1	standing
L	1	standings
L	1	standoff
L	1	stands
L	4	stankowski
L	4	stanley
L	4	stansted
L	5	staple
L	5	stapled
L	5	staples
L	5	stapling
L	2	star
L	5	stare
L	5	stared
L	5	stares
L	5	staring
L	4	stark
L	1	starker
L	5	starkest
L	1	starring
L	1	stars
L	2	start
L	1	started
L	1	starter
L	1	starting
L	5	startle
L	5	startled
L	5	startles
L	5	startling
L	1	starts
L	1	starvation
L	5	starve
L	1	starved
L	5	starves
L	5	starving
L	2	state
L	1	state-owned
L	1	state-run
L	1	stated
L	5	statelier
L	5	stateliest
L	5	stately
L	2	statement
L	1	statements
L	3	states
L	3	statesman
L	5	statesmans
L	1	statewide
L	5	static
L	1	stating
L	2	station
L	1	stationed
L	1	stationery
L	1	stations
L	5	statistic
L	1	statistical
L	3	statistics
L	2	status
L	1	statute
L	3	statutes
L	5	statutory
L	5	stave
L	5	staved
L	5	staves
L	5	staving
L	1	stay
L	1	stayed
L	1	staying
L	5	stays
L	5	steadfast
L	1	steadfastly
L	5	steadier
L	5	steadiest
L	1	steadily
L	2	steady
L	1	steal
L	1	stealing
L	5	steals
L	1	stealth
L	5	steam
L	5	steamed
L	5	steaming
L	4	steeb
L	2	steel
L	4	steele
L	1	steep
L	5	steeper
L	5	steepest
L	1	steer
L	1	steered
L	5	steering
L	1	steers
L	4	stefan
L	4	stefano
L	4	steffi
L	4	steinle
L	1	stem
L	1	stemmed
L	1	stemming
L	5	stems
L	4	stenhousemuir
L	1	step
L	5	stepbrother
L	5	stepbrothers
L	5	stepchild
L	5	stepchilds
L	5	stepfather
L	5	stepfathers
L	4	stephane
L	4	stephanie
L	4	stephen
L	4	stephenpaddock
L	4	stephens
L	1	stepmother
L	5	stepmothers
L	1	stepped
L	1	stepping
L	1	steps
L	5	stepsister
L	5	stepsisters
L	5	stereotype
L	5	stereotyped
L	5	stereotypes
L	5	stereotyping
L	5	sterile
L	2	sterling
L	5	sterlings
L	1	stern
L	5	sterner
L	5	sternest
L	4	steve
L	4	steven
L	4	stewart
L	5	stewed
L	5	stewing
L	1	stg
L	4	stich
L	1	stick
L	1	sticking
L	5	sticks
L	1	stiff
L	5	stiffen
L	5	stiffened
L	5	stiffening
L	5	stiffens
L	5	stiffer
L	5	stiffest
L	5	stifle
L	5	stifled
L	5	stifles
L	5	stifling
L	1	still
L	5	stimulate
L	5	stimulated
L	5	stimulates
L	5	stimulating
L	5	stimuli
L	5	stimulus
L	5	sting
L	5	stinging
L	5	stings
L	5	stink
L	5	stinking
L	5	stinks
L	5	stipend
L	5	stipends
L	5	stir
L	4	stirling
L	1	stirred
L	1	stirring
L	5	stirs
L	5	stitch
L	5	stitched
L	5	stitches
L	5	stitching
L	2	stock
L	4	stockholm
L	5	stocking
L	5	stockinging
L	5	stockings
L	1	stockpile
L	5	stockpiled
L	5	stockpiles
L	5	stockpiling
L	4	stockport
L	2	stocks
L	4	stoichkov
L	3	stoke
L	5	stoked
L	1	stole
L	1	stolen
L	4	stolle
L	4	stoltenberg
L	1	stomach
L	5	stomachs
L	4	stomil
L	1	stone
L	4	stoneman
L	1	stones
L	1	stood
L	5	stoop
L	5	stooped
L	5	stooping
L	5	stoops
L	1	stop
L	1	stoppage
L	1	stopped
L	4	stoppers
L	1	stopping
L	5	stops
L	1	storage
L	1	store
L	1	stored
L	2	stores
L	1	stories
L	5	storing
L	4	stork
L	1	storm
L	1	stormed
L	1	storming
L	1	storms
L	3	stormy
L	1	story
L	5	storytelling
L	5	storytellinging
L	5	storytellings
L	5	storytellung
L	5	stout
L	5	straier
L	5	straiest
L	1	straight
L	5	straighten
L	5	straightened
L	5	straightening
L	5	straightens
L	5	straighter
L	5	straightest
L	1	straightforward
L	1	strain
L	1	strained
L	1	straining
L	1	strains
L	3	strait
L	3	straits
L	1	stranded
L	4	strang
L	1	strange
L	1	stranger
L	5	strangers
L	5	strangest
L	5	strangle
L	5	strangled
L	1	strangles
L	5	strangling
L	4	stranraer
L	4	strasbourg
L	2	strategic
L	1	strategies
L	1	strategist
L	1	strategy
L	1	straw
L	1	stray
L	5	strayed
L	5	straying
L	5	strays
L	2	streak
L	1	stream
L	5	streamed
L	5	streamer
L	5	streamers
L	5	streaming
L	5	streams
L	3	street
L	1	streets
L	1	strength
L	1	strengthen
L	1	strengthened
L	1	strengthening
L	5	strengthens
L	1	stress
L	1	stressed
L	5	stresses
L	1	stressing
L	1	stretch
L	1	stretched
L	5	stretches
L	1	stretching
L	5	stretchings
L	5	strew
L	5	strewed
L	5	strewing
L	5	strewn
L	5	strews
L	4	stricker
L	1	strict
L	5	stricter
L	5	strictest
L	1	strictly
L	1	strike
L	1	strikeouts
L	1	striker
L	1	strikers
L	1	strikes
L	1	striking
L	1	string
L	1	stringent
L	5	stringing
L	5	strings
L	3	strip
L	5	striped
L	1	stripped
L	1	stripping
L	1	strips
L	1	strive
L	5	strives
L	1	striving
L	5	stroke
L	1	stroked
L	1	strokes
L	5	stroking
L	1	strong
L	1	stronger
L	1	strongest
L	1	strongly
L	5	strove
L	1	struck
L	1	structure
L	1	structures
L	1	struggle
L	1	struggled
L	5	struggles
L	1	struggling
L	5	strugglings
L	4	struver
L	4	strzok
L	4	stuart
L	1	stubborn
L	1	stuck
L	4	studenikova
L	1	student
L	1	students
L	1	studied
L	2	studies
L	1	study
L	1	studying
L	5	studyings
L	1	stuff
L	5	stuffed
L	5	stuffing
L	5	stuffings
L	5	stuffs
L	5	stumble
L	5	stumbled
L	5	stumbles
L	1	stumbling
L	5	stump
L	1	stumped
L	5	stumping
L	5	stumps
L	5	stun
L	4	stung
L	5	stunk
L	1	stunned
L	1	stunning
L	5	stuns
L	1	stupid
L	5	stupider
L	5	stupidest
L	1	stupidity
L	5	sturdier
L	5	sturdiest
L	5	sturdy
L	4	sturm
L	4	sturrup
L	4	stuttgart
L	1	style
L	5	styled
L	5	styles
L	5	styling
L	5	stylish
L	4	suarez
L	5	sub
L	4	subaru
L	5	subbed
L	5	subbing
L	3	subcommittee
L	5	subdued
L	1	subject
L	1	subjected
L	5	subjecting
L	1	subjective
L	1	subjects
L	5	sublimate
L	5	sublimated
L	5	sublimates
L	5	sublimating
L	5	sublime
L	1	submarine
L	5	submerge
L	1	submerged
L	5	submerges
L	5	submerging
L	2	submission
L	1	submissions
L	1	submit
L	5	submits
L	1	submitted
L	5	submitting
L	5	subordinate
L	5	subordinates
L	5	subpar
L	1	subpoena
L	1	subpoenaed
L	1	subpoenas
L	5	subs
L	2	subscribe
L	1	subscribers
L	1	subscribing
L	1	subsequent
L	1	subsequently
L	5	subside
L	5	subsided
L	5	subsides
L	3	subsidiaries
L	1	subsidiary
L	1	subsidies
L	5	subsiding
L	5	subsidize
L	5	subsidized
L	5	subsidizes
L	5	subsidizing
L	5	subsist
L	5	subsisted
L	5	subsisting
L	5	subsists
L	1	substance
L	5	substandard
L	1	substantial
L	5	substantialer
L	5	substantialest
L	1	substantiate
L	1	substantive
L	1	substitute
L	1	substituted
L	5	substrate
L	5	substrates
L	1	subtle
L	5	subtler
L	5	subtlest
L	5	subtotal
L	5	subtotals
L	5	subtract
L	1	subtracted
L	1	subtracting
L	5	subtractings
L	5	subtracts
L	1	suburb
L	1	suburban
L	3	suburbs
L	1	subversion
L	5	subvert
L	5	subverted
L	5	subverting
L	5	subverts
L	1	subway
L	1	succeed
L	1	succeeded
L	5	succeeding
L	5	succeeds
L	1	success
L	1	successful
L	2	successfully
L	1	successive
L	1	successor
L	2	successors
L	1	succinct
L	5	succumb
L	1	succumbed
L	5	succumbing
L	5	succumbs
L	1	such
L	5	suck
L	1	sucked
L	5	sucking
L	1	sucks
L	4	sudan
L	4	sudanese
L	1	sudden
L	5	suddener
L	5	suddenest
L	1	suddenly
L	1	sue
L	1	sued
L	1	suffer
L	1	suffered
L	1	suffering
L	1	sufferings
L	1	suffers
L	5	suffice
L	5	sufficed
L	5	suffices
L	1	sufficient
L	1	sufficiently
L	5	sufficing
L	1	sugar
L	1	suggest
L	1	suggested
L	1	suggesting
L	1	suggestion
L	1	suggestions
L	1	suggests
L	4	sugiyama
L	1	suicidal
L	1	suicide
L	1	suing
L	1	suit
L	1	suitable
L	4	suite
L	5	suited
L	5	suites
L	5	suiting
L	1	suits
L	4	sukarnoputri
L	4	sukova
L	4	suleyman
L	4	sullivan
L	4	sultan
L	5	sultans
L	1	sum
L	1	summaries
L	5	summarise
L	5	summarised
L	5	summarises
L	5	summarising
L	1	summary
L	1	summed
L	1	summer
L	5	summers
L	5	summing
L	2	summit
L	1	summon
L	5	summoned
L	5	summoning
L	5	summons
L	1	sums
L	4	sun
L	4	sunday
L	5	sundays
L	4	sunderland
L	4	suneson
L	5	sung
L	1	sunk
L	4	sunni
L	5	sunrise
L	5	sunrises
L	1	sunset
L	5	sunshine
L	1	sunspot
L	1	sunspots
L	3	super
L	1	superb
L	1	superbike
L	4	supercup
L	5	superficial
L	5	superficialer
L	5	superficialest
L	5	superhero
L	5	superheroes
L	5	superhuman
L	5	superhumans
L	5	superintendent
L	5	superintendents
L	3	superior
L	1	superiors
L	3	superman
L	3	supermarkets
L	1	supernatural
L	1	superstar
L	5	superstars
L	1	superstores
L	1	supervise
L	3	supervisor
L	5	supervisors
L	5	supervisory
L	5	supplement
L	5	supplemented
L	5	supplementing
L	5	supplements
L	1	supplied
L	1	supplier
L	1	suppliers
L	1	supplies
L	1	supply
L	1	supplying
L	2	support
L	1	supported
L	2	supporter
L	1	supporters
L	1	supporting
L	1	supports
L	1	suppose
L	1	supposed
L	1	supposedly
L	5	supposes
L	5	supposing
L	1	suppress
L	1	suppressed
L	5	suppresses
L	1	suppressing
L	2	suppression
L	1	supremacist
L	3	supreme
L	4	surabaya
L	1	sure
L	5	sured
L	1	surely
L	5	surer
L	5	sures
L	5	surest
L	5	surf
L	1	surface
L	1	surfaced
L	5	surfaces
L	5	surfacing
L	5	surfed
L	5	surfer
L	5	surfers
L	5	surfing
L	5	surfings
L	5	surfs
L	1	surge
L	1	surged
L	1	surgeon
L	5	surgeons
L	1	surgery
L	5	surges
L	1	surging
L	4	surinam
L	5	suring
L	5	surly
L	5	surmount
L	5	surmounted
L	5	surmounting
L	5	surmounts
L	1	surpass
L	5	surpassed
L	1	surpasses
L	5	surpassing
L	1	surplus
L	1	surprise
L	1	surprised
L	1	surprises
L	1	surprising
L	1	surprisingly
L	1	surreal
L	5	surrealer
L	5	surrealest
L	1	surrender
L	1	surrendered
L	4	surrey
L	5	surrogate
L	5	surrogates
L	5	surround
L	1	surrounded
L	1	surrounding
L	5	surrounds
L	1	surveil
L	1	surveillance
L	2	survey
L	1	surveyed
L	5	surveying
L	5	surveyings
L	5	surveys
L	1	survival
L	2	survive
L	1	survived
L	1	survives
L	1	surviving
L	5	survivings
L	1	survivor
L	1	survivors
L	4	susan
L	4	susanto
L	1	sushi
L	1	suspect
L	1	suspected
L	5	suspecter
L	5	suspectest
L	5	suspecting
L	1	suspects
L	1	suspend
L	1	suspended
L	1	suspending
L	5	suspends
L	1	suspension
L	1	suspicion
L	1	suspicions
L	1	suspicious
L	5	suss
L	5	sussed
L	5	susses
L	4	sussex
L	5	sussing
L	5	sustain
L	1	sustained
L	5	sustaining
L	5	sustains
L	4	sutton
L	4	suwon
L	4	suzanne
L	4	suzuki
L	4	sven
L	4	svetlana
L	1	swallow
L	5	swallowed
L	5	swallowing
L	5	swallows
L	5	swam
L	2	swamp
L	4	swansea
L	1	swap
L	4	swardt
L	5	sway
L	5	swayed
L	5	swaying
L	5	sways
L	5	swear
L	5	swearing
L	5	swearings
L	5	swears
L	1	sweat
L	5	sweated
L	1	sweating
L	5	sweats
L	4	swede
L	4	sweden
L	4	swedes
L	4	swedish
L	1	sweep
L	5	sweeper
L	5	sweepers
L	1	sweeping
L	5	sweeps
L	5	sweepstakes
L	1	sweet
L	5	sweeten
L	1	sweetened
L	5	sweetening
L	5	sweetens
L	5	sweeter
L	5	sweetest
L	5	sweetheart
L	5	sweethearts
L	1	swell
L	1	swelled
L	5	swelling
L	1	swells
L	1	swept
L	4	swetnick
L	2	swift
L	5	swifter
L	5	swiftest
L	1	swiftly
L	1	swim
L	1	swimmer
L	1	swimming
L	5	swimmings
L	5	swims
L	1	swing
L	5	swinging
L	1	swings
L	5	swipe
L	5	swiped
L	5	swipes
L	5	swiping
L	4	swisher
L	3	swiss
L	5	switch
L	1	switched
L	5	switches
L	5	switching
L	4	switzerland
L	2	sword
L	1	swore
L	1	sworn
L	5	swum
L	5	swung
L	1	sycophancy
L	4	sydney
L	5	syllabi
L	5	syllable
L	5	syllables
L	5	syllabus
L	5	symbolic
L	1	sympathy
L	1	symptoms
L	1	synagogue
L	3	syndrome
L	5	synergies
L	5	synergy
L	3	synod
L	2	synodal
L	3	synods
L	5	synopses
L	5	synopsis
L	4	syria
L	4	syrian
L	4	syrians
L	2	system
L	2	systematic
L	1	systematically
L	2	systems
L	4	szonn
L	4	szymanski
L	2	t
L	4	t-bill
L	4	t.
L	1	t.co
L	4	tabarez
L	1	table
L	5	tableau
L	5	tableaux
L	5	tablespoon
L	5	tablespoons
L	1	tabloid
L	5	taboo
L	5	taboos
L	1	tabulate
L	1	tabulated
L	5	tack
L	5	tacked
L	5	tacking
L	1	tackle
L	5	tackled
L	1	tackles
L	1	tackling
L	5	tacks
L	1	tactic
L	1	tactics
L	1	tag
L	1	tagged
L	5	tagging
L	5	tags
L	4	taibe
L	5	tailor
L	5	tailored
L	5	tailoring
L	5	tailors
L	1	tainted
L	4	taipei
L	4	taiwan
L	4	taiwanese
L	1	taka
L	1	take
L	4	takeda
L	1	taken
L	1	takeover
L	1	takes
L	1	taking
L	4	takuma
L	4	talabani
L	1	tale
L	4	taleban
L	1	talent
L	1	talented
L	5	talents
L	1	tales
L	4	taliban
L	2	talk
L	1	talked
L	1	talking
L	5	talkings
L	1	talks
L	1	tall
L	5	taller
L	1	tallest
L	5	tallied
L	5	tallies
L	5	tally
L	5	tallying
L	5	tame
L	5	tamed
L	4	tamer
L	5	tamest
L	4	tamil
L	4	tamils
L	1	tamper
L	5	tampered
L	1	tampering
L	5	tampers
L	5	tan
L	4	tanaka
L	4	tang
L	5	tangle
L	5	tangled
L	5	tangles
L	5	tangling
L	4	tanjug
L	1	tank
L	3	tankan
L	1	tanks
L	5	tanned
L	5	tanning
L	5	tannings
L	5	tans
L	4	tansu
L	5	tantalize
L	5	tantalized
L	5	tantalizes
L	5	tantalizing
L	1	tantrums
L	4	tanui
L	4	tanya
L	4	tanzania
L	5	taoiseach
L	5	taoiseaches
L	1	tap
L	1	tape
L	1	tapestry
L	1	tapped
L	4	tapper
L	4	tarango
L	4	tarcisio
L	1	target
L	1	targeted
L	1	targeting
L	1	targets
L	5	tarnish
L	1	tarnished
L	5	tarnishes
L	5	tarnishing
L	5	tart
L	5	tarter
L	5	tartest
L	1	task
L	1	tasks
L	4	tass
L	1	taste
L	5	tasted
L	5	tasteful
L	5	tastes
L	5	tasting
L	5	tastings
L	4	tatyana
L	1	taught
L	4	taument
L	4	tauziat
L	4	tavarez
L	5	tawdrier
L	5	tawdriest
L	5	tawdry
L	1	tax
L	5	taxed
L	1	taxes
L	1	taxi
L	5	taxing
L	4	taylor
L	4	tayyip
L	5	tb
L	5	tbl
L	5	tbsp
L	3	tea
L	1	teach
L	1	teacher
L	1	teachers
L	1	teaches
L	2	teaching
L	1	teachings
L	1	teak
L	2	team
L	5	teamed
L	5	teaming
L	1	teams
L	1	tear
L	1	tearing
L	5	tears
L	5	tease
L	5	teased
L	5	teases
L	1	teasing
L	5	teasings
L	5	teaspoon
L	5	teaspoons
L	4	tebbutt
L	1	tech
L	1	technical
L	5	technician
L	1	technicians
L	3	technologies
L	5	technologist
L	1	technologists
L	2	technology
L	4	ted
L	4	tedros
L	1	tee
L	5	teeing
L	2	teen
L	1	teenage
L	1	teenaged
L	1	teenager
L	1	teenagers
L	5	teens
L	5	tees
L	1	teeth
L	4	tehran
L	3	tel
L	4	tel+44
L	3	telecom
L	3	telecommunications
L	1	telecoms
L	4	telekom
L	1	telephone
L	1	televised
L	2	television
L	4	telfer
L	1	tell
L	1	telling
L	1	tells
L	5	temper
L	5	temperate
L	1	temperature
L	1	temperatures
L	5	tempered
L	5	tempering
L	5	tempers
L	5	template
L	5	templates
L	1	temporal
L	1	temporarily
L	1	temporary
L	5	tempt
L	1	temptation
L	1	tempted
L	5	tempting
L	5	tempts
L	3	ten
L	5	tenant
L	5	tenants
L	1	tend
L	1	tendencies
L	1	tendency
L	2	tender
L	1	tendered
L	5	tenderest
L	1	tendering
L	1	tenders
L	1	tendinitis
L	1	tends
L	4	tendulkar
L	4	teneo
L	4	tenex
L	4	tennessee
L	2	tennis
L	1	tens
L	1	tense
L	5	tenser
L	5	tensest
L	1	tension
L	1	tensions
L	1	tentacles
L	1	tentative
L	1	tentatively
L	5	tenth
L	5	tenths
L	1	tents
L	1	tenure
L	5	terabyte
L	5	terabytes
L	4	teresa
L	1	term
L	1	termed
L	5	terminal
L	5	terminals
L	1	terminated
L	1	terms
L	1	terrain
L	1	terrible
L	1	terrific
L	1	terrified
L	5	terrifies
L	5	terrify
L	1	terrifying
L	2	territories
L	1	territory
L	1	terror
L	1	terrorism
L	1	terrorist
L	1	terrorists
L	3	terry
L	5	tertiary
L	2	test
L	4	testament
L	1	tested
L	5	tester
L	5	testers
L	1	testified
L	1	testifies
L	1	testify
L	1	testifying
L	1	testimony
L	1	testing
L	5	testings
L	2	tests
L	4	testud
L	5	testy
L	4	teutenberg
L	4	texas
L	1	text
L	1	textbook
L	5	texted
L	1	texts
L	1	th
L	5	tha
L	4	thai
L	4	thailand
L	1	than
L	2	thank
L	1	thanked
L	1	thanking
L	1	thanks
L	1	that
L	2	the
L	1	theater
L	4	thedc
L	4	thedcnf
L	1	thee
L	1	theft
L	1	thefts
L	1	their
L	1	theirs
L	5	theirself
L	5	theirselves
L	1	them
L	1	theme
L	1	themes
L	5	themself
L	1	themselves
L	1	then
L	1	then-cardinal
L	1	theocracy
L	4	theodore
L	2	theologian
L	1	theologians
L	2	theological
L	2	theology
L	1	theories
L	2	theorists
L	1	theory
L	1	therapist
L	5	therapists
L	2	therapy
L	1	there
L	1	thereafter
L	1	thereby
L	1	therefore
L	4	theresa
L	1	thermal
L	5	thermodynamics
L	1	these
L	5	theses
L	1	thesis
L	1	they
L	1	they'd
L	1	they'll
L	1	they're
L	1	they've
L	1	thick
L	5	thicker
L	5	thickest
L	1	thief
L	4	thiel
L	4	thierry
L	1	thieves
L	1	thigh
L	1	thin
L	1	thing
L	5	thingies
L	1	things
L	5	thingy
L	1	think
L	1	think-tank
L	1	thinking
L	5	thinkings
L	1	thinks
L	5	thinned
L	5	thinner
L	5	thinnest
L	5	thinning
L	5	thins
L	2	third
L	1	third-round
L	1	thirds
L	5	thirstier
L	5	thirstiest
L	1	thirsty
L	5	thirteen
L	5	thirteenth
L	5	thirteenths
L	5	thirtieth
L	5	thirtieths
L	1	thirty
L	1	this
L	5	tho
L	4	thomas
L	4	thompson
L	4	thomson
L	4	thon
L	5	thorny
L	1	thorough
L	1	thoroughly
L	4	thorpe
L	1	those
L	2	thou
L	1	though
L	1	thought
L	5	thoughtful
L	2	thoughts
L	1	thousand
L	2	thousands
L	5	thousandth
L	5	thousandths
L	5	thread
L	5	threaded
L	5	threading
L	5	threads
L	1	threat
L	1	threaten
L	1	threatened
L	1	threatening
L	1	threatens
L	1	threats
L	1	three
L	1	three-day
L	1	three-game
L	1	three-hour
L	1	three-man
L	1	three-month
L	1	three-page
L	1	three-party
L	1	three-run
L	1	three-test
L	1	three-year
L	1	three-year-old
L	5	threesome
L	5	threesomes
L	1	threw
L	5	thrill
L	1	thrilled
L	5	thrilling
L	5	thrills
L	5	thrive
L	5	thrived
L	5	thrives
L	5	thriving
L	1	throne
L	1	through
L	1	throughout
L	1	throw
L	1	throwing
L	1	thrown
L	1	throws
L	5	thru
L	1	thrust
L	1	thrusting
L	5	thrusts
L	4	thuet
L	5	thunder
L	1	thunderstorms
L	5	thurs
L	4	thursday
L	5	thursdays
L	1	thus
L	1	thwart
L	5	thwarted
L	1	thwarting
L	5	thwarts
L	1	thy
L	4	tibet
L	4	tibetan
L	5	tic
L	5	tick
L	5	ticked
L	1	ticket
L	5	ticking
L	5	ticks
L	5	tics
L	1	tide
L	1	tides
L	5	tidied
L	5	tidier
L	5	tidies
L	5	tidiest
L	5	tiding
L	1	tidy
L	5	tidying
L	1	tie
L	1	tied
L	1	tier
L	5	tiers
L	1	ties
L	4	tiger
L	4	tigers
L	1	tight
L	1	tighten
L	1	tightened
L	5	tightening
L	5	tightens
L	5	tighter
L	5	tightest
L	4	tijuana
L	4	tikhomirov
L	5	tiktoker
L	5	tiktokers
L	5	til
L	4	tilburg
L	5	tile
L	5	tiled
L	5	tiles
L	5	tiling
L	5	till
L	4	tillekeratne
L	4	tillerson
L	4	tillstrom
L	4	tim
L	1	time
L	1	time-trial
L	5	timed
L	5	timelier
L	5	timeliest
L	1	timeline
L	1	timely
L	2	times
L	4	times-stock
L	1	timetable
L	5	timetables
L	1	timing
L	5	timings
L	1	tin
L	4	tina
L	5	tinier
L	5	tiniest
L	1	tiny
L	2	tip
L	1	tipped
L	1	tipping
L	5	tippings
L	5	tips
L	1	tirade
L	4	tirana
L	5	tire
L	1	tired
L	5	tires
L	1	tiring
L	4	tirol
L	1	tissue
L	1	title
L	1	titled
L	1	titles
L	4	tm
L	5	tmr
L	5	tmrw
L	1	to
L	2	tobacco
L	4	tobago
L	4	tobin
L	1	today
L	4	todd
L	1	toddler
L	5	toddlers
L	4	toensing
L	1	together
L	4	togo
L	5	token
L	5	tokens
L	4	tokes
L	4	tokyo
L	1	told
L	2	tolerance
L	5	tolerant
L	1	tolerate
L	1	toleration
L	1	toll
L	5	tolled
L	5	tolling
L	1	tolls
L	3	tom
L	4	tomas
L	4	tomasson
L	1	tomb
L	4	tommi
L	4	tommy
L	1	tomorrow
L	1	ton
L	1	tone
L	5	toned
L	1	tones
L	1	tongue
L	1	tonight
L	5	toning
L	5	tonite
L	5	tonites
L	4	tonkin
L	1	tonnage
L	1	tonne
L	1	tonnes
L	1	tons
L	4	tony
L	1	too
L	1	took
L	1	tool
L	1	tools
L	5	tooth
L	5	toothpaste
L	1	top
L	1	top-level
L	1	top-ranked
L	1	top-seeded
L	1	topic
L	2	topics
L	1	topped
L	1	topping
L	1	topple
L	5	toppled
L	5	topples
L	1	toppling
L	1	tops
L	5	tore
L	1	tormenting
L	5	torn
L	5	tornado
L	5	tornados
L	4	toronto
L	4	toronto-based
L	4	torpedo
L	5	torpid
L	4	torquay
L	5	torque
L	5	torques
L	4	torrence
L	4	torrens-valero
L	1	torrential
L	1	torture
L	1	tortured
L	5	tortures
L	5	torturing
L	4	tosatti
L	4	toshiba
L	1	toss
L	1	tossed
L	5	tosses
L	1	tossing
L	2	total
L	5	totaled
L	1	totalitarian
L	1	totality
L	1	totalled
L	5	totalling
L	1	totally
L	5	totals
L	4	tottenham
L	1	touch
L	1	touched
L	1	touches
L	1	touching
L	1	tough
L	5	toughen
L	5	toughened
L	5	toughening
L	5	toughens
L	1	tougher
L	1	toughest
L	2	tour
L	4	toure
L	1	toured
L	1	touring
L	1	tourism
L	1	tourist
L	1	tourists
L	1	tournament
L	1	tournaments
L	5	tours
L	1	touts
L	1	toward
L	1	towards
L	1	towed
L	3	tower
L	2	towers
L	2	town
L	5	townfolk
L	1	towns
L	5	townsfolk
L	1	toxic
L	4	toyota
L	4	tpm
L	1	trace
L	1	traced
L	1	tracer
L	1	track
L	5	tracked
L	1	tracking
L	5	trackings
L	1	tracks
L	2	trade
L	1	traded
L	1	trader
L	2	traders
L	1	trades
L	2	trading
L	5	tradings
L	1	tradition
L	1	traditional
L	2	traditionalist
L	2	traditionalists
L	1	traditionally
L	1	traffic
L	5	traffick
L	5	trafficked
L	1	trafficking
L	5	trafficks
L	4	trafford
L	5	tragedies
L	1	tragedy
L	1	tragic
L	1	trail
L	1	trailed
L	1	trailing
L	1	train
L	1	trained
L	1	trainer
L	1	training
L	5	trainings
L	1	trains
L	1	traitors
L	5	tramp
L	5	trample
L	1	trampled
L	1	tramples
L	5	trampling
L	5	tramps
L	1	tranches
L	5	tranquil
L	5	tranquiler
L	5	tranquilest
L	5	transact
L	5	transacted
L	5	transacting
L	1	transaction
L	1	transactions
L	5	transacts
L	1	transcends
L	1	transcript
L	5	transcriptionist
L	5	transcriptionists
L	1	transfer
L	1	transferred
L	1	transferring
L	1	transfers
L	5	transform
L	1	transformed
L	5	transforming
L	5	transforms
L	1	transit
L	1	transition
L	1	transitional
L	5	transitioned
L	5	transitioning
L	5	transitions
L	1	translated
L	1	translation
L	1	translator
L	1	translators
L	1	transmission
L	1	transmit
L	1	transmitted
L	1	transparency
L	1	transparent
L	5	transpire
L	5	transpired
L	5	transpires
L	5	transpiring
L	2	transport
L	3	transportation
L	1	transported
L	1	transporting
L	5	transports
L	4	traore
L	1	trap
L	1	trapped
L	5	trapping
L	5	traps
L	1	trauma
L	1	traumatic
L	1	travel
L	1	traveled
L	5	traveler
L	5	travelers
L	1	traveling
L	5	travelings
L	1	travelled
L	1	travelling
L	5	travellings
L	1	travels
L	1	travesty
L	4	travis
L	2	treason
L	1	treasonous
L	2	treasure
L	4	treasury
L	1	treat
L	1	treated
L	1	treating
L	5	treatise
L	1	treatment
L	1	treats
L	2	treaty
L	1	tree
L	1	trek
L	5	trekking
L	5	treks
L	5	tremble
L	5	trembled
L	5	trembles
L	5	trembling
L	1	tremendous
L	5	trenchant
L	1	trend
L	5	trended
L	5	trendier
L	5	trendiest
L	5	trending
L	1	trends
L	5	trendsetter
L	5	trendsetters
L	5	trendy
L	4	trent
L	1	trial
L	1	trials
L	1	tribalism
L	1	tribe
L	5	tribes
L	3	tribunal
L	5	tribunals
L	4	tribune
L	5	tributaries
L	5	tributary
L	1	tribute
L	5	tributed
L	1	tributes
L	5	tributing
L	4	trice
L	5	trick
L	5	tricked
L	5	tricking
L	1	trickle
L	5	trickled
L	5	trickles
L	5	trickling
L	3	tricks
L	1	tried
L	1	tries
L	5	trifle
L	5	trifled
L	5	trifles
L	5	trifling
L	4	trigger
L	1	triggered
L	5	triggering
L	1	triggers
L	1	trillion
L	5	trillions
L	5	trillionth
L	5	trillionths
L	1	trim
L	1	trimmed
L	5	trimming
L	5	trims
L	4	trinidad
L	5	trinities
L	5	trinity
L	1	trio
L	1	trip
L	1	triple
L	4	tripoli
L	1	tripped
L	5	tripping
L	5	trips
L	5	trite
L	1	triumph
L	1	troop
L	5	trooper
L	5	troopers
L	1	troops
L	1	tropes
L	2	trophy
L	2	tropical
L	5	trot
L	5	trots
L	5	trotted
L	5	trotting
L	1	trouble
L	1	trouble-free
L	1	troubled
L	1	troubles
L	5	troubleshooting
L	1	troubling
L	1	trough
L	5	troughs
L	1	trousers
L	5	trout
L	2	trove
L	4	troy
L	1	truce
L	1	truck
L	1	trucked
L	1	trucks
L	1	true
L	5	truer
L	5	truest
L	4	truiden
L	4	trulsen
L	1	truly
L	4	trump
L	3	trust
L	1	trusted
L	5	trusting
L	5	trusts
L	2	truth
L	1	truth-tellers
L	2	truths
L	1	try
L	1	trying
L	4	tsang
L	5	tsk
L	5	tsp
L	1	tsunami
L	5	tuck
L	5	tucked
L	4	tucker
L	5	tucking
L	5	tucks
L	5	tues
L	4	tuesday
L	5	tuesdays
L	5	tumble
L	5	tumbled
L	5	tumbles
L	1	tumbling
L	5	tummies
L	5	tummy
L	5	tuna
L	1	tune
L	5	tuned
L	5	tunes
L	5	tungsten
L	5	tunic
L	5	tunics
L	5	tuning
L	4	tunisia
L	4	tunisian
L	1	tunnel
L	5	tunnelled
L	5	tunnelling
L	1	tunnels
L	4	turkey
L	4	turkish
L	1	turn
L	4	turnbull
L	1	turned
L	4	turner
L	1	turning
L	1	turnout
L	2	turnover
L	1	turns
L	5	turntable
L	5	turntables
L	5	tutor
L	5	tutorial
L	5	tutorials
L	5	tutors
L	4	tutsi
L	4	tutsis
L	4	tutu
L	5	tuxedo
L	5	tuxedos
L	4	tv
L	4	tvm
L	5	tvs
L	4	twa
L	4	tweeden
L	2	tweet
L	2	tweeted
L	1	tweeting
L	2	tweets
L	5	twelfth
L	5	twelfths
L	5	twelve
L	4	twente
L	5	twentieth
L	5	twentieths
L	1	twenty
L	1	twice
L	1	twin
L	5	twinned
L	5	twinning
L	4	twins
L	1	twist
L	5	twisted
L	5	twisting
L	5	twists
L	3	twitter
L	2	two
L	1	two-day
L	1	two-goal
L	1	two-out
L	1	two-run
L	1	two-state
L	1	two-thirds
L	1	two-tier
L	1	two-time
L	1	two-week
L	1	two-year
L	4	tychy
L	5	tycoon
L	5	tycoons
L	1	tying
L	4	tyler
L	1	type
L	5	typed
L	1	types
L	1	typical
L	1	typically
L	5	typing
L	5	typings
L	1	tyrannical
L	2	tyranny
L	2	tyrant
L	2	tyrants
L	4	tyrrell
L	4	u
L	4	u.k
L	4	u.k.
L	4	u.n
L	4	u.n.
L	4	u.s
L	4	u.s.
L	4	u.s.-brokered
L	4	u.s.-led
L	4	u.s.-mediated
L	4	u.s.-mexico
L	4	udinese
L	4	uefa
L	4	uganda
L	5	ugh
L	5	uglier
L	5	ugliest
L	1	ugly
L	5	uh
L	5	uhh
L	5	uhm
L	4	uk
L	4	ukraine
L	4	ukrainian
L	4	ukrainians
L	4	ukyo
L	4	ulihrach
L	4	ulsan
L	1	ultimate
L	1	ultimately
L	1	ultimatum
L	5	ultra
L	1	ultraviolet
L	1	umbrella
L	1	umpires
L	4	un
L	5	unabated
L	1	unable
L	1	unacceptable
L	1	unanswered
L	1	unappealing
L	1	unarmed
L	5	unassuming
L	5	unattended
L	1	unaudited
L	1	unauthorised
L	1	unauthorized
L	1	unaware
L	1	unbeatable
L	1	unbeaten
L	5	unbecoming
L	1	unbelievers
L	1	unc
L	1	uncalled
L	1	uncapped
L	4	uncensored
L	1	uncertain
L	1	uncertainty
L	5	unchallenged
L	1	unchanged
L	5	uncharted
L	5	unchecked
L	5	uncircumcised
L	2	uncle
L	1	unclear
L	5	uncles
L	1	uncomfortable
L	1	uncomfortably
L	1	unconfirmed
L	2	unconstitutional
L	5	unconvincing
L	5	uncoordinated
L	5	uncoordinateds
L	1	uncorroborated
L	1	uncover
L	2	uncovered
L	5	uncovering
L	5	uncovers
L	1	undecided
L	1	undeniable
L	1	undeniably
L	1	under
L	1	under-21
L	4	under-secretary
L	1	underage
L	1	undercover
L	1	undercut
L	5	undercuts
L	5	undercutting
L	5	underestimate
L	5	underestimates
L	1	undergo
L	5	undergoes
L	5	undergoing
L	1	undergone
L	2	undergraduate
L	5	undergraduates
L	1	underground
L	5	undergrounds
L	5	underhand
L	1	underlying
L	1	undermine
L	1	undermining
L	5	underneath
L	5	underprivileged
L	3	undersecretary-general
L	5	undersized
L	1	understand
L	1	understanding
L	5	understandings
L	1	understands
L	1	understood
L	1	undertake
L	1	undertaken
L	5	undertakes
L	1	undertaking
L	5	undertakings
L	1	undertone
L	5	undertones
L	5	undertook
L	5	undervalue
L	5	undervalued
L	5	undervalues
L	5	undervaluing
L	5	underwater
L	1	underway
L	5	underwear
L	5	underwears
L	5	underweight
L	1	underwent
L	5	underwhelm
L	5	underwhelmed
L	5	underwhelming
L	5	underwhelms
L	4	underwriter
L	5	underwriters
L	5	undid
L	1	undisclosed
L	1	undisputed
L	1	undo
L	1	undocumented
L	5	undoes
L	5	undoing
L	1	undone
L	1	undoubtedly
L	5	undue
L	5	unearth
L	1	unearthed
L	5	unearthing
L	5	unearths
L	1	unease
L	1	unemployed
L	1	unemployment
L	5	unending
L	1	unequal
L	1	unequivocally
L	1	unethical
L	1	uneven
L	1	unexpected
L	1	unexpectedly
L	5	unexplained
L	1	unfair
L	1	unfairly
L	5	unfinished
L	1	unfold
L	5	unfolded
L	5	unfolding
L	5	unfolds
L	5	unforeseen
L	1	unfortunate
L	1	unfortunately
L	5	unfounded
L	5	unfoundeds
L	5	unguarded
L	5	unheard
L	1	unhurt
L	1	unidentified
L	5	unified
L	5	unifies
L	1	uniform
L	5	unify
L	5	unifying
L	5	uninsured
L	5	uninterested
L	5	uninterrupted
L	5	uninvited
L	3	union
L	1	unions
L	1	unique
L	2	unit
L	4	unita
L	1	unitary
L	1	unite
L	3	united
L	5	unites
L	1	uniting
L	1	units
L	3	unity
L	2	universal
L	2	universities
L	3	university
L	1	unjust
L	1	unknown
L	2	unlawful
L	1	unlawfully
L	5	unleash
L	1	unleashed
L	5	unleashes
L	1	unleashing
L	1	unless
L	1	unlike
L	1	unlikely
L	1	unlimited
L	1	unlisted
L	1	unload
L	5	unlock
L	5	unlocked
L	5	unlocking
L	5	unlocks
L	1	unlucky
L	5	unmarried
L	5	unmatched
L	5	unmet
L	1	unmistakable
L	1	unnamed
L	5	unnerve
L	1	unnerved
L	5	unnerves
L	5	unnerving
L	5	unnoticed
L	1	unofficial
L	5	unopposed
L	1	unpaid
L	5	unparalleled
L	1	unpleasant
L	5	unplug
L	5	unplugged
L	5	unplugging
L	5	unplugs
L	1	unprecedented
L	1	unq
L	5	unravel
L	5	unraveling
L	5	unravelled
L	5	unravels
L	5	unrecognized
L	1	unredacted
L	5	unregulated
L	1	unrelated
L	1	unrelenting
L	5	unrequited
L	5	unreserved
L	5	unresolved
L	1	unrest
L	5	unruly
L	1	unsafe
L	1	unsavory
L	1	unsealed
L	1	unseeded
L	1	unseemly
L	5	unseen
L	5	unsettle
L	1	unsettled
L	5	unsettles
L	5	unsettling
L	5	unsightly
L	5	unsold
L	1	unsolved
L	1	unspecified
L	5	unspent
L	5	unspoken
L	1	unsubstantiated
L	1	unsuccessful
L	5	unsupervised
L	1	unsupported
L	1	unsure
L	1	unsurprisingly
L	5	unsuspecting
L	5	untapped
L	5	untested
L	1	unthinkable
L	1	untie
L	5	untied
L	5	unties
L	1	until
L	1	unto
L	5	untold
L	5	untouched
L	1	untreatable
L	1	untrue
L	5	untying
L	5	unused
L	1	unusual
L	1	unusually
L	5	unveil
L	1	unveiled
L	1	unveiling
L	5	unveils
L	1	unverified
L	1	unwanted
L	5	unwarranted
L	5	unwieldy
L	1	unworthy
L	1	up
L	1	upbeat
L	1	upcoming
L	1	update
L	1	updated
L	1	updates
L	5	updating
L	1	upgrade
L	1	upgraded
L	1	upgrades
L	1	upgrading
L	1	upheld
L	1	uphill
L	1	uphold
L	5	upholding
L	5	upholds
L	5	uplift
L	5	uplifted
L	5	uplifting
L	5	uplifts
L	5	upload
L	5	uploaded
L	5	uploading
L	5	uploads
L	1	upon
L	1	upper
L	5	uppity
L	5	uprisen
L	1	uprising
L	1	ups
L	5	upscale
L	1	upset
L	5	upsets
L	5	upsetting
L	1	upside
L	5	upsides
L	1	upstaged
L	1	upstairs
L	5	upstairses
L	5	uptight
L	1	upward
L	2	uranium
L	5	uranus
L	2	urban
L	5	urbanite
L	5	urbanites
L	1	urge
L	1	urged
L	1	urgent
L	1	urges
L	1	urging
L	5	urinal
L	5	urinals
L	2	us
L	4	us$
L	4	us-mexico
L	4	usa
L	4	usb
L	4	usccb
L	5	usd
L	4	usda
L	1	use
L	1	used
L	1	useful
L	1	useless
L	1	user
L	1	users
L	1	uses
L	5	usher
L	5	ushered
L	5	ushering
L	5	ushers
L	1	using
L	4	usmca
L	4	uso
L	4	uss
L	1	usual
L	1	usually
L	1	utility
L	4	utrecht
L	1	utter
L	1	uttered
L	5	utterest
L	5	uttering
L	1	utterly
L	5	uttermost
L	5	utters
L	2	v
L	4	v.
L	4	va
L	4	vaas
L	1	vacant
L	1	vacation
L	1	vaccine
L	4	vacek
L	1	vacuum
L	5	vacuummed
L	5	vacuumming
L	5	vacuums
L	4	vadim
L	4	vaduz
L	5	vagabond
L	5	vagabonds
L	5	vagrant
L	1	vague
L	5	vaguer
L	5	vaguest
L	1	vain
L	5	vainer
L	5	vainest
L	4	vairelles
L	4	vale
L	4	valentin
L	4	valerie
L	4	valerio
L	1	valiant
L	1	valid
L	5	validate
L	5	validated
L	5	validates
L	5	validating
L	1	validation
L	4	valle
L	4	valletta
L	3	valley
L	4	valuable
L	2	value
L	1	valued
L	1	values
L	1	valuing
L	2	van
L	4	vancouver
L	5	vanilla
L	5	vanillas
L	5	vanish
L	2	vanished
L	5	vanishes
L	5	vanishing
L	5	vans
L	5	vapor
L	1	variable
L	5	variables
L	1	variance
L	5	variant
L	5	variants
L	1	varied
L	5	varies
L	5	varieties
L	3	variety
L	1	various
L	5	varnish
L	5	varnishes
L	5	vary
L	5	varying
L	4	vasco
L	1	vast
L	5	vaster
L	4	vatican
L	4	vaughan
L	4	vaughn
L	1	vault
L	4	vdare.com
L	4	vega
L	4	vegas
L	5	vegetable
L	1	vegetables
L	1	vehemently
L	1	vehicle
L	1	vehicles
L	4	veldman
L	1	velodrome
L	4	venezuela
L	4	venezuelan
L	1	vengeance
L	5	vengeful
L	1	venomous
L	2	venture
L	5	ventured
L	5	ventures
L	5	venturing
L	1	venue
L	5	venus
L	5	venuses
L	1	veracity
L	1	verbal
L	5	verdant
L	5	verdanter
L	5	verdantest
L	1	verdict
L	5	verdicts
L	1	verifiable
L	1	verified
L	5	verifies
L	1	verify
L	5	verifying
L	4	veritas
L	4	vermont
L	5	vernacular
L	4	verona
L	5	versatile
L	1	verse
L	1	verses
L	1	version
L	4	verstappen
L	1	versus
L	5	vertebra
L	1	vertebrae
L	5	vertebrate
L	5	vertebrates
L	1	very
L	1	vessels
L	5	vet
L	1	veteran
L	1	veterans
L	5	veterinarian
L	5	veterinarians
L	1	veterinary
L	5	vets
L	1	vetting
L	5	vex
L	1	vexed
L	5	vexes
L	5	vexing
L	4	vfb
L	4	vi
L	1	via
L	1	viable
L	5	vibe
L	5	vibed
L	5	vibes
L	5	vibing
L	5	vibrant
L	2	vicar
L	4	vicario
L	2	vice
L	1	vice-president
L	4	vicente
L	4	vichy
L	1	vicious
L	1	victim
L	1	victims
L	4	victor
L	4	victoria
L	1	victories
L	2	victorious
L	1	victory
L	1	vid
L	1	video
L	1	videos
L	5	vie
L	1	vied
L	4	vienna
L	4	vierklau
L	5	vies
L	4	vietnam
L	4	vietnamese
L	1	view
L	1	viewed
L	1	viewing
L	1	views
L	4	vigano
L	4	viganò
L	1	vigilance
L	1	vigilant
L	1	vigorously
L	4	viii
L	4	viktor
L	5	vile
L	1	vilification
L	1	vilify
L	3	villa
L	1	village
L	1	villagers
L	1	villages
L	5	villain
L	5	villains
L	4	villanova
L	4	villeneuve
L	4	vince
L	4	vincent
L	4	vincenzo
L	1	vindicated
L	1	vindication
L	5	vinegar
L	4	viner
L	4	vinny
L	4	vinnytsya
L	5	viola
L	5	violas
L	1	violate
L	1	violated
L	1	violates
L	1	violating
L	1	violation
L	1	violations
L	1	violators
L	2	violence
L	1	violent
L	1	violently
L	5	violet
L	4	violeta
L	5	violets
L	4	vip
L	5	vips
L	1	viral
L	4	virgin
L	4	virginia
L	1	virtual
L	1	virtually
L	1	virtue
L	1	virtue-signaling
L	1	virulent
L	1	virus
L	1	viruses
L	1	visas
L	1	viscerally
L	1	visible
L	1	vision
L	5	visionaries
L	5	visionary
L	1	visit
L	1	visited
L	1	visiting
L	1	visitor
L	1	visitors
L	1	visits
L	1	visual
L	5	visualize
L	5	visualized
L	5	visualizes
L	5	visualizing
L	5	visualizings
L	5	vitae
L	2	vital
L	4	vitesse
L	4	vitoria
L	4	vitoux
L	1	vivid
L	4	vladikavkaz
L	4	vladimir
L	4	vmig
L	4	vmig-1
L	4	vnu
L	5	vocabularies
L	5	vocabulary
L	1	vocal
L	1	vocation
L	2	vocational
L	2	vocations
L	4	voica
L	1	voice
L	1	voiced
L	1	voicemail
L	1	voices
L	5	voicing
L	1	void
L	5	voided
L	5	voiding
L	5	voids
L	5	voila
L	4	voinea
L	1	volatile
L	1	volatility
L	1	volcano
L	5	volcanoes
L	4	volendam
L	4	volkov
L	4	volkswagen
L	5	voltage
L	5	voltages
L	5	volts
L	2	volume
L	1	volumes
L	1	voluntarily
L	1	voluntary
L	1	volunteer
L	1	volunteered
L	5	volunteering
L	5	volunteerings
L	1	volunteers
L	5	vomit
L	1	vomiting
L	5	vomits
L	5	vomitted
L	4	voronova
L	1	vote
L	1	voted
L	1	voter
L	1	voters
L	1	votes
L	1	voting
L	5	votings
L	4	voto
L	1	vouch
L	1	vouched
L	1	vow
L	1	vowed
L	1	vowing
L	1	vows
L	5	voyager
L	5	voyagers
L	4	vp
L	1	vs
L	1	vs.
L	4	vt
L	5	vulgar
L	5	vulgarest
L	1	vulnerable
L	4	vultum
L	4	vyacheslav
L	5	vying
L	3	w
L	1	w-1
L	3	w-2
L	4	w.
L	5	w/o
L	3	wa
L	4	waalwijk
L	4	wacker
L	4	wade
L	5	wading
L	5	wafer
L	5	wafers
L	1	wage
L	1	wages
L	1	waging
L	4	wagner
L	4	wah
L	5	wahoo
L	1	waist
L	5	waists
L	1	wait
L	1	waited
L	1	waiter
L	5	waiters
L	1	waiting
L	5	waitings
L	1	waits
L	5	waive
L	5	waived
L	1	waivers
L	5	waives
L	5	waiving
L	1	wake
L	5	waked
L	4	wakefield
L	5	waken
L	5	wakes
L	5	waking
L	4	waldorf
L	4	wales
L	1	walk
L	1	walked
L	4	walker
L	1	walking
L	1	walkover
L	1	walks
L	3	wall
L	1	walls
L	4	wally
L	4	walsall
L	4	walter
L	4	walton
L	1	wand
L	5	wander
L	5	wandered
L	5	wanderer
L	5	wanderers
L	5	wandering
L	5	wanders
L	4	wang
L	5	wangs
L	1	want
L	1	wanted
L	1	wanting
L	5	wanton
L	1	wants
L	4	waqar
L	2	war
L	1	ward
L	5	wards
L	1	warehouse
L	5	warehoused
L	1	warehouses
L	1	warehousing
L	1	warfare
L	1	warhead
L	1	warheads
L	5	warier
L	5	wariest
L	5	warm
L	1	warm-up
L	5	warmed
L	5	warmer
L	5	warmest
L	1	warming
L	5	warms
L	5	warmth
L	1	warn
L	1	warned
L	4	warner
L	1	warning
L	1	warnings
L	1	warns
L	5	warp
L	5	warped
L	5	warping
L	5	warps
L	1	warrant
L	5	warranted
L	5	warranting
L	1	warrants
L	4	warren
L	1	warring
L	4	warrington
L	5	warrior
L	1	warriors
L	2	wars
L	4	warsaw
L	1	wartime
L	4	warwickshire
L	5	wary
L	1	was
L	3	wash
L	1	washed
L	5	washes
L	5	washing
L	5	washings
L	4	washington
L	4	wasim
L	1	wasn't
L	1	waste
L	1	wasted
L	1	wasteful
L	5	wastes
L	5	wasting
L	5	wat
L	4	wataru
L	1	watch
L	1	watchdog
L	1	watched
L	1	watchers
L	1	watches
L	1	watching
L	5	watchings
L	1	water
L	5	waterbed
L	5	waterbeds
L	1	waters
L	5	watershed
L	5	watersheds
L	3	waterworks
L	5	watery
L	4	watford
L	4	watson
L	5	watt
L	4	watts
L	5	wattses
L	4	waugh
L	1	wave
L	1	waved
L	1	waves
L	5	waving
L	5	wax
L	5	waxed
L	5	waxes
L	5	waxing
L	1	way
L	4	wayne
L	1	ways
L	1	wayward
L	5	wb
L	1	we
L	1	we'd
L	2	we'll
L	1	we're
L	1	we've
L	1	weak
L	1	weaken
L	1	weakened
L	1	weakening
L	1	weakens
L	1	weaker
L	5	weakest
L	1	weakness
L	1	wealth
L	1	wean
L	5	weaning
L	5	weans
L	1	weapon
L	1	weaponry
L	1	weapons
L	1	wear
L	5	wearier
L	5	weariest
L	1	wearing
L	5	wears
L	5	weary
L	2	weather
L	1	weathered
L	5	weathering
L	5	weatherman
L	5	weathermans
L	5	weatherproof
L	5	weathers
L	5	weave
L	4	weaver
L	5	weaves
L	1	weaving
L	1	website
L	5	wed
L	5	wedding
L	5	weddings
L	1	wedge
L	4	wednesday
L	5	wednesdays
L	5	weds
L	5	wee
L	5	weed
L	5	weeded
L	5	weeding
L	5	weeds
L	2	week
L	1	weekend
L	1	weekends
L	2	weekly
L	1	weeks
L	5	weep
L	1	weeping
L	5	weeps
L	4	weibring
L	1	weigh
L	1	weighed
L	1	weighing
L	5	weighs
L	1	weight
L	1	weighted
L	4	weinandy
L	4	weiner
L	4	weinstein
L	5	weird
L	5	weirded
L	5	weirder
L	5	weirdest
L	5	weirding
L	1	weirdly
L	5	weirds
L	4	weizman
L	1	welcome
L	1	welcomed
L	1	welcomes
L	1	welcoming
L	4	weld
L	5	welder
L	5	welders
L	2	welfare
L	1	well
L	1	well-documented
L	1	well-known
L	4	wellington
L	4	wellman
L	3	wells
L	4	welsh
L	1	went
L	5	wented
L	5	wenting
L	5	wents
L	5	wept
L	4	werder
L	1	were
L	1	weren't
L	4	werner
L	3	west
L	2	western
L	4	westerville
L	4	westhuizen
L	4	westner
L	4	weston
L	4	weston-super-mare
L	4	westwood
L	1	wet
L	5	wets
L	5	wetter
L	5	wettest
L	5	wetting
L	5	whack
L	5	whacked
L	5	whacking
L	5	whacks
L	1	whale
L	1	whales
L	1	what
L	4	whataburger
L	1	whatever
L	1	whatsoever
L	2	wheat
L	4	wheaton
L	5	whee
L	1	wheel
L	1	wheelchair
L	5	wheeling
L	1	wheels
L	1	when
L	1	whenever
L	1	where
L	1	whereas
L	1	whereby
L	1	whereupon
L	1	wherever
L	1	whether
L	5	whew
L	1	which
L	5	whichever
L	1	while
L	1	whilst
L	5	whinier
L	5	whiniest
L	5	whiny
L	2	whip
L	5	whipping
L	5	whips
L	1	whisk
L	5	whisked
L	5	whisking
L	5	whisks
L	5	whisky
L	5	whisper
L	5	whispered
L	5	whispering
L	5	whisperings
L	5	whispers
L	1	whistle
L	1	whistle-stop
L	5	whistled
L	5	whistles
L	5	whistling
L	3	white
L	5	whiter
L	1	whites
L	5	whitest
L	1	whitewash
L	4	whitlinger
L	4	whittall
L	1	who
L	1	who've
L	5	whoa
L	1	whoever
L	1	whole
L	1	wholesale
L	1	wholly
L	1	wholly-owned
L	1	whom
L	1	whoops
L	1	whose
L	1	why
L	5	wick
L	2	wicked
L	5	wickeder
L	5	wickedest
L	1	wickedness
L	1	wicket
L	1	wickets
L	5	wicking
L	4	wickman
L	5	wicks
L	1	wide
L	1	widely
L	5	widen
L	1	widened
L	5	widening
L	5	widens
L	1	wider
L	1	widespread
L	5	widest
L	1	widow
L	5	wield
L	5	wielded
L	1	wielding
L	5	wields
L	4	wien
L	4	wiesner
L	1	wife
L	4	wigan
L	4	wijaya
L	3	wikileaks
L	4	wilander
L	3	wild
L	1	wild-card
L	5	wilder
L	1	wilderness
L	5	wildest
L	2	wildlife
L	5	wilier
L	5	wiliest
L	2	will
L	1	willful
L	1	willfully
L	4	william
L	4	williams
L	4	willie
L	1	willing
L	1	willingly
L	1	willingness
L	3	wills
L	4	wilson
L	2	wilt
L	5	wily
L	4	wim
L	4	wimbledon
L	5	wimp
L	5	wimped
L	5	wimping
L	5	wimps
L	1	win
L	1	wind
L	5	windier
L	5	windiest
L	1	winding
L	1	window
L	3	windows
L	1	winds
L	1	windy
L	1	wine
L	1	wing
L	5	winged
L	1	winger
L	5	winging
L	5	wings
L	1	winner
L	2	winners
L	1	winning
L	1	wins
L	2	winter
L	4	winters
L	5	wipe
L	1	wiped
L	5	wipes
L	5	wiping
L	1	wire
L	3	wired
L	5	wires
L	5	wirier
L	5	wiriest
L	5	wiring
L	5	wirings
L	5	wiry
L	4	wisconsin
L	1	wisdom
L	1	wise
L	5	wised
L	5	wiser
L	5	wises
L	5	wisest
L	1	wish
L	4	wishart
L	1	wished
L	1	wishes
L	5	wishing
L	5	wising
L	5	wistful
L	3	witch
L	5	witches
L	1	with
L	1	withdraw
L	1	withdrawal
L	1	withdrawing
L	1	withdrawn
L	5	withdraws
L	1	withdrew
L	5	wither
L	5	withered
L	1	withering
L	5	withers
L	1	within
L	1	without
L	1	witness
L	1	witnessed
L	1	witnesses
L	1	witnessing
L	4	witschge
L	5	wives
L	5	wizard
L	5	wizards
L	5	wk
L	5	wks
L	1	wo
L	4	wodzislaw
L	4	wohl
L	5	woken
L	4	wolf
L	4	wolfgang
L	4	wolk
L	4	wolverhampton
L	1	wolves
L	1	woman
L	5	womanly
L	2	women
L	1	won
L	2	won't
L	1	wonder
L	5	wondered
L	1	wonderful
L	1	wondering
L	5	wonderings
L	1	wonders
L	4	wong
L	3	wood
L	4	woodbridge
L	1	wooden
L	4	woodforde
L	5	woodier
L	5	woodiest
L	4	woodruff
L	5	woody
L	5	wool
L	4	woolwich
L	4	woosnam
L	5	woozy
L	4	worcester
L	4	worcestershire
L	1	word
L	1	worded
L	1	words
L	1	wore
L	1	work
L	1	worked
L	1	worker
L	2	workers
L	1	workforce
L	1	working
L	1	working-age
L	5	workings
L	4	workington
L	1	works
L	5	workshop
L	5	workshopped
L	5	workshopping
L	5	workshops
L	2	world
L	4	worldcom
L	1	worldly
L	1	worldview
L	1	worldwide
L	1	worn
L	1	worried
L	1	worries
L	1	worry
L	1	worrying
L	5	worryings
L	1	worse
L	1	worsen
L	1	worsened
L	1	worsening
L	5	worsens
L	1	worship
L	5	worshipping
L	5	worships
L	1	worst
L	1	worth
L	5	worthed
L	5	worthing
L	1	worthless
L	5	worths
L	5	worthwhile
L	1	worthy
L	4	wouden
L	1	would
L	1	would-be
L	1	wouldn't
L	1	wound
L	1	wounded
L	1	wounding
L	1	wounds
L	5	wove
L	5	woven
L	5	wow
L	1	wrangle
L	1	wrap
L	1	wrapped
L	5	wrapping
L	5	wrappings
L	1	wraps
L	1	wrath
L	4	wray
L	5	wreak
L	5	wreaking
L	5	wreaks
L	5	wreck
L	1	wreckage
L	1	wrecked
L	1	wrecking
L	5	wrecks
L	4	wreh
L	5	wrestle
L	5	wrestled
L	5	wrestler
L	5	wrestlers
L	5	wrestles
L	5	wrestling
L	5	wrestlings
L	4	wrexham
L	5	wrier
L	5	wriest
L	4	wright
L	5	wring
L	5	wringing
L	5	wrings
L	5	wrinkle
L	5	wrinkled
L	5	wrinkles
L	5	wrinkling
L	1	wrist
L	1	write
L	1	writer
L	2	writers
L	1	writes
L	1	writing
L	1	writings
L	1	written
L	4	wroclaw
L	1	wrong
L	1	wrongdoing
L	5	wronged
L	5	wronger
L	5	wrongest
L	5	wronging
L	5	wrongs
L	4	wronki
L	1	wrote
L	5	wrought
L	5	wroughter
L	5	wroughtest
L	5	wroughting
L	5	wroughts
L	5	wrung
L	5	wry
L	5	wtaf
L	5	wtf
L	4	wuerl
L	4	wyborcza
L	4	wycombe
L	1	x
L	5	xaf
L	4	xavier
L	4	xi
L	4	xii
L	4	xinhua
L	5	xof
L	4	xvi
L	3	y
L	5	ya
L	5	yaa
L	5	yah
L	4	yale
L	4	yamaha
L	5	yammer
L	5	yammered
L	5	yammering
L	5	yammers
L	4	yankees
L	1	yard
L	1	yards
L	1	yarn
L	4	yasser
L	4	yastrzhembsky
L	4	yasushi
L	5	yawn
L	5	yawned
L	5	yawning
L	5	yawnings
L	5	yawns
L	5	yay
L	4	yayuk
L	5	yd
L	5	yd2
L	5	yd3
L	5	yd²
L	5	yd³
L	5	yea
L	5	yeah
L	2	year
L	1	year-ago
L	1	year-earlier
L	1	year-end
L	1	year-old
L	1	year-on-year
L	1	year-over-year
L	5	yearly
L	5	yearn
L	5	yearned
L	5	yearning
L	5	yearnings
L	5	yearns
L	1	years
L	4	yedioth
L	4	yelena
L	5	yell
L	1	yelled
L	1	yelling
L	5	yellings
L	3	yellow
L	5	yellowed
L	5	yellower
L	5	yellowest
L	5	yells
L	4	yeltsin
L	4	yemen
L	1	yen
L	5	yep
L	4	yersinia
L	1	yes
L	1	yesterday
L	1	yet
L	4	yevgeny
L	4	yi
L	2	yield
L	1	yielded
L	5	yielding
L	1	yields
L	4	yigang
L	5	yikes
L	5	yipee
L	5	yippee
L	5	yogi
L	5	yogis
L	4	yone
L	4	yore
L	4	york
L	3	yorker
L	4	yorkshire
L	4	yoshikawa
L	5	yottabyte
L	5	yottabytes
L	2	you
L	1	you'll
L	1	you're
L	1	you've
L	4	younes
L	2	young
L	1	younger
L	1	youngest
L	4	younis
L	1	your
L	2	yours
L	1	yourself
L	1	yourselves
L	1	youth
L	1	youthful
L	1	youths
L	1	youtu.be
L	4	youtube
L	5	youtuber
L	5	youtubers
L	1	yr
L	5	yrs
L	1	yuan
L	5	yuans
L	5	yuck
L	4	yugoslav
L	4	yugoslavia
L	5	yup
L	2	z
L	4	zabel
L	4	zabrze
L	4	zagreb
L	4	zaire
L	4	zakkout
L	4	zaman
L	4	zambia
L	5	zanier
L	5	zaniest
L	4	zanoli
L	5	zany
L	4	zarate
L	4	zardari
L	4	zastava
L	1	zeal
L	4	zealand
L	4	zemin
L	1	zero
L	5	zeroing
L	5	zeroings
L	5	zeros
L	5	zeroth
L	5	zeroths
L	5	zettabyte
L	5	zettabytes
L	4	zhilan
L	4	zhirinovsky
L	4	zia
L	4	zickler
L	4	zimbabwe
L	1	zinc
L	4	zinzan
L	4	zionism
L	3	zionist
L	5	zip
L	5	zipping
L	5	zips
L	5	zloty
L	1	zlotys
L	5	zombie
L	5	zombies
L	1	zone
L	5	zoned
L	1	zones
L	5	zoning
L	5	zonings
L	5	zonk
L	5	zonking
L	5	zonks
L	5	zoom
L	5	zoomed
L	5	zooming
L	5	zoomings
L	5	zooms
L	4	zubair
L	4	zurich
L	4	zvereva
L	4	zwingmann
L	4	zylstra
L	4	zyrecha
L	5	zł
L	5	¢
L	5	£
L	5	¥
L	5	°c
L	5	°f
L	5	°n
L	5	µg
L	5	µs
L	5	ден
L	5	лв
L	5	руб
L	5	฿
L	5	₡
L	5	₨
L	5	€
L	5	₭
L	5	﷼
E	0	57455
