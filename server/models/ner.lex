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
G	16	aada
G	16	aadya
G	64	aalborg
G	16	aaliyah
G	4	aalst
G	1	aamir sohail
G	16	aaradhya
G	4	aarau
G	16	aarav
G	64	aarhus
G	16	aaron
G	1	aaron slight
G	16	aasha
G	4	aaxis
G	4	aaxis limited
G	16	abagail
G	512	abba
G	32	abbas
G	8	abbaye
G	16	abbey
G	16	abbi
G	16	abbie
G	256	abbotsford
G	16	abby
G	4	abc
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
G	16	abdullah
G	16	abdullo
G	16	abdulrahman
G	1	abdulsamad hameed ali
G	16	abe
G	16	abel
G	1	abel anton
G	4	aberdeen
G	16	abi
G	66	abidjan
G	16	abie
G	16	abigail
G	1	abimael guzman
G	256	abingdon
G	4	abn amro
G	4	abn-amro hoare govett
G	1	abolhassan banisadr
G	16	abraham
G	1	abraham lincoln
G	16	abram
G	16	abril
G	16	abu
G	66	abu dhabi
G	1	abu mazen
G	1	abu rdainah
G	16	abubakr
G	2	abuja
G	16	abulfazl
G	1	abyss dejesus
G	4	ac milan
G	4	ac sparta praha
G	512	ac/dc
G	4	academic staff union of universities
G	8	academy award-winning
G	512	academy of sciences
G	2	acatepec
G	4	acc
G	64	accra
G	512	acer
G	4	aces
G	32	acosta
G	1	acre
G	4	action against hunger
G	512	activision
G	512	activision blizzard
G	256	acton
G	4	ad
G	4	ad dustour
G	4	ad-diyar
G	16	ada
G	16	adaline
G	16	adalyn
G	16	adam
G	1	adam fedoruk
G	1	adam hollioake
G	16	adama
G	33	adams
G	16	adan
G	4	add hapoel ironi
G	4	addameer prisoners support association
G	16	addie
G	16	addilyn
G	66	addis ababa
G	16	addison
G	18	adel
G	1	adel ibrahim
G	16	adela
G	20	adelaide
G	1	adelbert knobl
G	16	adele
G	16	adelene
G	16	adelia
G	16	adelina
G	16	adeline
G	1	adelt
G	16	adelynn
G	1	adem hodzic
G	16	adi
G	512	adidas
G	2	adige
G	4096	adj
G	32	adler
G	4096	adm
G	4	admira / wacker
G	1	adnan xhelili
G	16	adolf
G	1	adolf hitler
G	17	adolfo
G	16	adolph
G	4	adon
G	4	adon gmbh
G	16	adreanna
G	256	adriadic
G	16	adrian
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
G	8	adrs
G	4100	adv
G	4	advanced medical
G	4	advanced medical inc.
G	16	advik
G	256	adygea
G	4	aegon
G	4	aei
G	4	aei iberfreight
G	4	aek
G	4	aek larnaca
G	512	aerosmith
G	4	aerostan
G	8	aex
G	1	affleck
G	9216	afghan
G	130	afghanistan
G	9216	afghans
G	4	afl
G	16	afonso
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
G	64	agartala
G	32	agarwal
G	1	agassi
G	16	agatha
G	8	agent orange
G	4	agf-iart
G	16	aggie
G	256	agincourt
G	4	agir ensemble pour les droits de l'homme
G	16	agnes
G	1	agnes goinxha bejaxhiu
G	1	agnieszka godras
G	1	agnieszka kotlarska
G	1	agota kuperman
G	4	agricultural statistics service
G	4	agriculture ministry
G	1	agrins zarins
G	4	agrotonz tlumacov
G	2	aguas zarcas de san carlos
G	256	aguascalientes
G	32	aguilar
G	1	aguirre
G	16	agustin
G	16	agustina
G	16	ahmad
G	1	ahmad shah masood
G	16	ahmed
G	1	ahmed barada
G	1	ahmed faizy
G	1	ahmed hashem zighayer
G	1	ahmed kafawin
G	1	ahmed korei
G	1	ahmed mestiri
G	1	ahmed sekou toure
G	1	ahmed yassin
G	64	ahmedabad
G	16	ahmet
G	4	ahold
G	8	ai n't no telling
G	1	ai sugiyama
G	16	aicha
G	16	aida
G	16	aidan
G	16	aiden
G	8	aids
G	512	aig
G	16	aileen
G	16	aimar
G	1	aime jacquet
G	16	aimee
G	16	aina
G	1	ainars kiksis
G	16	aino
G	16	ainsley
G	4	air cargo newsroom
G	4	air corps
G	4	air express international
G	4	air force
G	512	airbnb
G	8	airbus
G	8	airbus 310
G	8	airbus a310
G	4	airdrieonians
G	4	airport facilities
G	4	airport facilities co ltd
G	16	aisha
G	16	aishah
G	1	aishwarya
G	16	aisling
G	16	aislinn
G	16	aislynn
G	64	aizawl
G	6	ajaccio
G	16	ajani
G	4	ajax
G	4	ajax amsterdam
G	1	ajay jadeja
G	16	ajla
G	8	ak-47
G	8	ak47
G	1	akashi
G	1	akbel
G	32	akhtar
G	5	aki
G	16	akira
G	1	akira ryo
G	1	akpoborie
G	1	akram
G	6	akron
G	10	al
G	4	al aswaq
G	64	al basrah al qadimah
G	2048	al capone
G	1	al gore
G	512	al jazeera
G	1	al martin
G	64	al mawsil al jadidah
G	2048	al pacino
G	512	al qaeda
G	4	al rai
G	4	al-akhbar
G	4	al-anwar
G	2	al-aqsa
G	4	al-ingaz al-watani
G	2	al-muntar
G	2	al-risala
G	4	al-tadamun
G	2	ala
G	256	alabama
G	16	aladdin
G	16	alain
G	1	alain caveglia
G	1	alain juppe
G	16	alaina
G	1	alami
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
G	4	alania vladikavkaz
G	16	alanis
G	4	alaniya vladikavkaz
G	16	alanna
G	16	alannah
G	16	alanoud
G	4	alarm uk
G	258	alaska
G	4	alaska milk
G	16	alastair
G	1	alastair macdonald
G	16	alayah
G	16	alayna
G	20	alba
G	130	albania
G	9216	albanian
G	8	albanian-born
G	9216	albanians
G	17	albert
G	1	albert belle
G	1	albert emon
G	1	albert ferrer
G	1	albert schweitzer
G	258	alberta
G	16	alberto
G	1	alberto berasategui
G	1	alberto costa
G	1	alberto piotti
G	256	alberton
G	4	albion
G	16	albrecht
G	64	albuquerque
G	4	alcan
G	512	alcatel
G	4	alcatel alsthom
G	512	alcatel lucent
G	16	alden
G	256	aldershot
G	4	aldi
G	16	alec
G	1	alec stewart
G	16	alecia
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
G	2	aleksandrovac
G	16	aleksei
G	32	aleksejev
G	16	alena
G	64	aleppo
G	16	alesia
G	16	alessandra
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
G	1	alexander paris
G	1	alexander popov
G	1	alexander volkov
G	1	alexander zickler
G	16	alexandra
G	1	alexandra fusai
G	16	alexandre
G	1	alexandre barros
G	1	alexandre comisetti
G	1	alexandre gontchenkov
G	2048	alexandria
G	16	alexandros
G	2	alexandroupolis
G	16	alexandru
G	16	alexei
G	1	alexei markov
G	16	alexia
G	1	alexia dechaume-balleret
G	16	alexis
G	16	alf
G	16	alfie
G	16	alfonso
G	16	alfred
G	1	alfred berkeley
G	1	alfred sant
G	130	algeria
G	4	algeria tv
G	9216	algerian
G	9216	algerians
G	66	algiers
G	1	alhadji kromah
G	256	alhambra
G	16	ali
G	1	ali alatas
G	1	ali fallahiyan
G	1	ali shah
G	16	alia
G	2	alicante
G	16	alice
G	17	alicia
G	1	alicia machado
G	16	alicja
G	16	alina
G	1	alina astafei
G	16	aline
G	16	alisa
G	16	alise
G	16	alisha
G	16	alison
G	16	alissa
G	16	alistair
G	1	alistair brown
G	1	alistair campbell
G	1	aliuska lopez
G	32	aliyev
G	16	aliza
G	2	alkhan-yurt
G	4	all blacks
G	4	all fishermen 's association
G	8	all the president 's men
G	8	all-star
G	1	allahu
G	16	allan
G	1	allan donald
G	1	allan mullally
G	1	allan wells
G	17	allen
G	1	allen johnson
G	2	allenby bridge
G	4	allensbach
G	2	allentown
G	4	alliance-menatep
G	16	allie
G	16	allison
G	256	alliston
G	4	alloa
G	1	ally mccoist
G	16	allyson
G	64	almaty
G	32	almeida
G	2	almere
G	16	alois
G	1	alomar
G	2	alomella robles
G	16	alonso
G	1	alonso cervera
G	16	alonzo
G	1	aloys nizigama
G	4	alpha technologies group inc
G	4	alpha techs
G	16	alphonse
G	16	alphonso
G	258	alta
G	256	altai
G	512	altair
G	2	altamira
G	16	althea
G	16	alton
G	4	alucasa
G	1	alvarado
G	32	alvarez
G	16	alvaro
G	32	alves
G	16	alvin
G	16	alya
G	16	alycia
G	16	alysa
G	16	alyson
G	16	alyssa
G	16	amahle
G	16	amaia
G	16	amaira
G	16	amalia
G	16	amanda
G	1	amanda coetzer
G	16	amar
G	64	amaravati
G	2	amazon
G	4	amazon affairs department
G	4096	ambassador
G	16	amber
G	16	amberly
G	512	amc
G	512	amd
G	16	amelia
G	16	amelija
G	1	amer hishem ali mohammed
G	134	america
G	4	america online
G	4	america online inc
G	9220	american
G	4	american airlines
G	512	american express
G	8	american league
G	8	american league east division
G	8	american league western
G	4	american names association
G	8	american olympic
G	4	american stock exchange
G	4	american studies
G	4	american university
G	8	american-style
G	9216	americans
G	256	americas
G	4	americast
G	4	ameritech corp.
G	4	amica wronki
G	16	amie
G	16	amilia
G	16	amina
G	1	amina muhammad
G	16	aminata
G	16	amine
G	16	amir
G	16	amit
G	66	amman
G	16	ammanuel
G	16	ammar
G	4	amoco
G	4	amoco corp
G	8	amoco-yemen
G	16	amos
G	4	amr
G	4	amr corp
G	1	amr moussa
G	1	amr shabana
G	1	amrollah
G	66	amsterdam
G	4	amsterdam newsroom
G	2	amsterdam-rotterdam
G	2	amsterdam-rotterdam-antwerp
G	2	amstetten
G	512	amt
G	516	amtrak
G	16	amy
G	1	amy frazier
G	1	an
G	1	an marchal
G	4	an-nahar
G	16	ana
G	1	ana fidelia quirot
G	16	anabel
G	256	anadyr
G	64	anaheim
G	16	anamaria
G	64	anapolis
G	16	anas
G	16	anastasia
G	16	anastasija
G	16	anatoli
G	4	anatolian
G	16	anatoliy
G	16	anatoly
G	1	anatoly shkirko
G	16	anaya
G	4	anc
G	256	ancaster
G	66	anchorage
G	64	ancona
G	8	andean
G	16	ander
G	4	anderlecht
G	16	anders
G	1	anders forsbrand
G	1	anders haglund
G	1	anders olofsson
G	1	anders thoren
G	32	andersen
G	32	anderson
G	33	andersson
G	258	andhra pradesh
G	16	andi
G	1	andi kanstinger
G	16	andjela
G	128	andorra
G	32	andov
G	256	andover
G	16	andra
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
G	1	andruw jones
G	16	andrzej
G	16	andy
G	1	andy ballace
G	1	andy benes
G	1	andy caddick
G	1	andy etchebarren
G	1	andy flower
G	1	andy hinchcliffe
G	1	andy townsend
G	16	ane
G	16	aneta
G	16	anette
G	16	angel
G	1	angel aguirre
G	1	angel miranda
G	16	angela
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
G	16	angie
G	130	angola
G	9216	angolan
G	1024	angolans
G	128	anguilla
G	512	anheuser busch
G	2	anhui
G	16	anika
G	1	anil kumble
G	1	anis ahmed
G	16	anisa
G	16	anissa
G	16	anita
G	1	anita gradin
G	16	anja
G	1	anja smolders
G	8	anjalonkoski
G	16	anjelica
G	66	ankara
G	1	anke huber
G	16	ann
G	1	ann grossman
G	1	ann mercken
G	1	ann stephens
G	16	anna
G	1	anna knoroz
G	1	anna kournikova
G	16	annabel
G	1	annabel ellwood
G	16	annabella
G	16	annabelle
G	16	annalisa
G	16	annamaria
G	16	anne
G	1	anne marken
G	1	anne miller
G	1	anne murray
G	1	anne thily
G	1	anne-gaelle sidot
G	1	anneke matthijs
G	16	annemarie
G	16	annett
G	1	annett neumann
G	16	annette
G	1	annette peters
G	16	annie
G	16	annika
G	16	annmarie
G	16	anohito
G	4	anp
G	4	ansa
G	32	ansari
G	2	antara
G	256	antarctic ocean
G	128	antarctica
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
G	128	antigua and barbuda
G	2	antioquia
G	1	anto drobnjak
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
G	16	antonio
G	1	antonio esposito
G	1	antonio folha
G	1	antonio kandir
G	1	antonio oliveira
G	1	antonio quarracino
G	16	antony
G	70	antwerp
G	17	anwar
G	16	anya
G	4	anyang
G	2	anza
G	16	aoi
G	1	aoki
G	516	aol
G	4	aol europe
G	4	aol germany
G	4	ap moller
G	4	apa
G	8	apache et al saunders 14-28
G	8	apertura
G	4	apex tannery
G	4	apple
G	4	apple computer inc.
G	512	apple computers
G	512	applebees
G	16	aputsiaq
G	66	aqaba
G	8192	arab
G	2	arab east jerusalem
G	8	arabic
G	2	arabised north
G	8192	arabs
G	1	arafat
G	1	arantxa
G	1	arantxa sanchez vicario
G	16	arata
G	32	araujo
G	1	aravinda de silva
G	32	araya
G	2	arbil
G	4	arbroath
G	512	arbys
G	4	arc
G	256	arc de triomphe
G	1	arce
G	4	arch
G	4	arch petroleum inc
G	4	archaeological society
G	16	archibald
G	16	archie
G	2048	archimedes
G	4	archives
G	8	arctic
G	256	arctic ocean
G	8	area electricity boards
G	4	arequipa
G	4	arequipa resources ltd
G	130	argentina
G	9216	argentine
G	8	argentine apertura
G	1024	argentines
G	512	argos
G	16	ari
G	16	aria
G	16	ariana
G	16	arianna
G	16	arianne
G	16	ariel
G	16	arielle
G	16	ariki
G	2048	aristotle
G	256	ariz
G	258	arizona
G	512	arizona cardinals
G	512	arizona diamondbacks
G	16	arjun
G	1	arjuna ranatunga
G	2	ark
G	1	arkadiusz bak
G	258	arkansas
G	4	arkansas state police
G	16	arleen
G	1	arlen specter
G	16	arlena
G	16	arlene
G	16	arlette
G	64	arlington
G	16	armaan
G	16	armand
G	16	armando
G	1	armando reynoso
G	512	armco
G	130	armenia
G	1024	armenian
G	1024	armenians
G	16	armin
G	4	arminia bielefeld
G	33	armstrong
G	4	army
G	16	arnaud
G	1	arnaud boetsch
G	16	arnav
G	16	arno
G	17	arnold
G	1	arnold ruutel
G	16	aroha
G	16	aron
G	1	aron winter
G	4	aronkasei
G	4	aronkasei co ltd
G	16	arpita
G	1	arrigo sacchi
G	4	arrows
G	4	arsenal
G	32	arslan
G	1	art howe
G	16	artem
G	16	arthur
G	1	arthur levitt
G	1	arthur numan
G	4	arthur yates
G	4	arthur yates and co
G	16	artie
G	4	artmedia petrzalka
G	16	artur
G	1	artur jorge
G	16	arturo
G	1	artyom danielyan
G	128	aruba
G	1	arulanandam
G	256	arunachal pradesh
G	1	arwel jones
G	24	aryan
G	1	aryeh shumer
G	4	as-safir
G	1	asa carlsson
G	16	asahi
G	1	asanka gurusinha
G	4	asarco
G	4	asec
G	16	asha
G	16	ashanti
G	256	ashcroft
G	64	ashdod
G	64	ashgabat
G	1	ashia hansen
G	1	ashish kapoor
G	512	ashland oil
G	16	ashlee
G	16	ashleigh
G	16	ashley
G	1	ashley mocude
G	16	ashli
G	16	ashlie
G	16	ashly
G	16	ashlyn
G	2	ashoknagar
G	16	ashraqat
G	2	ashta
G	16	ashton
G	2048	ashton kutcher
G	258	asia
G	2	asia pacific
G	9216	asian
G	4	asian star tv
G	1024	asians
G	1	asif ali
G	1	asif ali zardari
G	1	asif mujtaba
G	16	asiya
G	16	asja
G	32	aslan
G	1	aslan mashadov
G	1	aslan maskhadov
G	1	aslan shabazov
G	2	asmara
G	16	asmita
G	1	assad
G	256	assam
G	4	assembly
G	16	assil
G	4	associated cement companies
G	512	associated press
G	4	association for relations across the taiwan straits
G	4	association of lloyd 's
G	4096	asst
G	516	aston villa
G	16	astrid
G	516	astros
G	64	asuncion
G	4	asuu
G	512	at&t
G	1	ata-ur-rehman
G	16	ataahua
G	4	atalanta
G	32	atchison
G	16	athena
G	66	athens
G	4	athens metro
G	4	athens newsroom
G	1	atherton
G	4	athletics
G	32	atkinson
G	70	atlanta
G	516	atlanta braves
G	512	atlanta falcons
G	8	atlanta games
G	512	atlanta hawks
G	8	atlanta olympics
G	8	atlanta-based
G	4	atlante
G	2	atlantic
G	2	atlantic city
G	2	atlantic highlands
G	258	atlantic ocean
G	4	atlas
G	4	atletico
G	4	atletico madrid
G	4	atletico mineiro
G	4	atletico paranaense
G	1	ato boldon
G	4	atp
G	8	atp tour
G	4	atria
G	4	atria oy
G	4096	atty
G	16	aubrey
G	4	auchan
G	70	auckland
G	516	audi
G	4	audi ag
G	16	audra
G	16	audrey
G	16	audri
G	16	audry
G	16	augustina
G	16	augustine
G	16	augusto
G	16	augustus
G	16	aurelia
G	1024	aussie
G	9216	aussies
G	16	austeja
G	2048	austin
G	130	australia
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
G	512	autodesk
G	4	auxerre
G	16	ava
G	2	avalon borough
G	4	avellino
G	16	avery
G	16	avi
G	4	avia
G	4	avianca
G	16	avigail
G	512	avis
G	512	avon
G	8	avonex
G	1	avraham tamir
G	2048	avril lavigne
G	16	awa
G	4	awami league
G	1	awdankiewicz
G	1	axworthy
G	16	aya
G	16	ayaan
G	32	ayala
G	16	ayana
G	16	ayanna
G	32	aydin
G	512	ayer
G	16	ayesha
G	16	aygun
G	16	aykhan
G	256	aylesford
G	16	aylin
G	16	ayn
G	2048	ayn rand
G	4	ayr
G	16	ayse
G	16	aysel
G	4	az alkmaar
G	2	azad ( free ) kashmir
G	130	azerbaijan
G	1	azharuddin
G	16	aziz
G	256	azores
G	16	azra
G	16	azuna
G	1	b. hogg
G	1	b. julian
G	1	b. yeltsin
G	8	baath
G	4	babel
G	32	babic
G	4	baby bells
G	512	bacardi
G	32	bach
G	1	bachirou salou
G	2	badi-tondon
G	1	baeron
G	32	baez
G	66	baghdad
G	2	bagram
G	130	bahamas
G	260	bahia
G	32	bahk
G	32	bahng
G	130	bahrain
G	512	baidu
G	4	bailard , biehl and kaiser
G	33	bailey
G	2	bailundo
G	256	baja california
G	16	bakary
G	1	baker
G	64	bakersfield
G	32	bakker
G	66	baku
G	1	balakov
G	1	balakow
G	8	balance-water dist 1
G	16	balazs
G	1	baldato
G	33	baldwin
G	2	balkan
G	4	balkan airlines
G	2	balkans
G	256	balkaria
G	1	ball
G	1	ballanger
G	1	ballesteros
G	4	bally
G	4	ballybunion
G	2	balochistan
G	8	baltic
G	4	baltika kaliningrad
G	262	baltimore
G	516	baltimore orioles
G	512	baltimore ravens
G	4	bamerindus
G	1	ban
G	512	banana republic
G	2	banat
G	4	banc one capital corporation
G	1	bancarel
G	4	banco de mexico
G	4	banco santander
G	4	bancomext
G	1	banda
G	16	bandar
G	32	bandara
G	16	bandile
G	2	bandundu
G	64	bandung
G	32	bandyopadhyay
G	16	banele
G	4	banespa
G	4	banfield
G	64	bangalore
G	66	bangkok
G	4	banglabazar patrika
G	130	bangladesh
G	4	bangladesh nationalist party
G	9216	bangladeshi
G	1024	bangladeshis
G	2	bangui
G	1	banharn
G	1	banharn silpa-archa
G	32	banik
G	4	banik ostrava
G	1	banisadr
G	66	banja luka
G	4	bank duta
G	4	bank indonesia
G	4	bank of finland
G	4	bank of france
G	4	bank of israel
G	4	bank of japan
G	4	bank of new zealand
G	4	bank of spain
G	2048	banksy
G	64	baotou
G	2048	barack obama
G	128	barbados
G	16	barbara
G	1	barbara paulus
G	1	barbara rittner
G	1	barbara schett
G	32	barbieri
G	16	barbora
G	32	barbosa
G	16	barbra
G	70	barcelona
G	2	barentsburg
G	1	baret
G	68	bari
G	2	barnagar
G	32	barnes
G	4	barnet
G	16	barney
G	32	barnier
G	260	barnsley
G	64	barranquilla
G	16	barrett
G	4	barrick
G	4	barrick gold corp
G	4	barrington research associates inc
G	18	barry
G	1	barry bonds
G	1	barry lane
G	1	barry larkin
G	16	bart
G	1	bart voskamp
G	16	bartholomew
G	32	bartlett
G	1	bartlomiej jamroz
G	1	bartoli
G	1	barton
G	32	barua
G	4	barum holding
G	64	basel
G	512	basf
G	32	bashir
G	256	bashkortostan
G	1	basie smit
G	512	baskin robbins
G	4	basle
G	8448	basque
G	2	basque country
G	4	basque homeland and freedom
G	64	basrah
G	4	bastia
G	1	basuki
G	1	batchelor
G	32	bates
G	1	batigol
G	1	batistuta
G	2	batkivshchyna collective farm
G	1	batterby
G	1	battersby
G	256	battersea
G	4	battle mountain
G	4	battle mountain gold
G	4	batumi
G	32	bauer
G	256	bavaria
G	8	bavarian
G	512	baxter
G	4	baxter international inc
G	64	bayan nur
G	16	bayarmaa
G	512	bayer
G	4	bayer leverkusen
G	4	bayerische vereinsbank
G	4	bayern
G	4	bayern munich
G	4	bayervb
G	512	bbc
G	4	bbc radio
G	8	bc
G	4	bch
G	16	bea
G	256	beaconsfield
G	16	beatrice
G	1	beatrix
G	16	beatriz
G	1	beaver
G	1	becanovic
G	16	becca
G	4	becej
G	512	bechtel
G	2048	beck
G	32	becker
G	32	beckham
G	16	becky
G	256	bedford
G	8	bedi bunder
G	4	bedibunder
G	1	bedie
G	8	bedouin
G	8	bedouin palestinian
G	8	bedouin palestinians
G	8	bedouins
G	512	bee gees
G	32	beethoven
G	32	begu
G	1	begum khaleda zia
G	66	beijing
G	8	beijing-backed
G	8	beijing-funded
G	66	beirut
G	4	beirut secondary market
G	4	beirut stock exchange
G	2	beja
G	4	bekescsaba
G	32	bektashi
G	256	bel air
G	130	belarus
G	1024	belarusian
G	1024	belarusians
G	2	belchatow
G	2	belem
G	4	belenenses
G	64	belfast
G	4	belga
G	9216	belgian
G	8	belgian grand prix
G	1024	belgians
G	130	belgium
G	66	belgrade
G	4	belgrade newsroom
G	1	belim
G	16	belinay
G	16	belinda
G	1	belinda goldsmith
G	128	belize
G	2	bell st station
G	256	bellingham
G	4	bellsouth corp.
G	1	belmondo
G	64	belo horizonte
G	1	belometti
G	16	ben
G	512	ben & jerry
G	512	ben & jerry's
G	1	ben ellwood
G	2	ben gurion
G	1	benazir
G	2049	benazir bhutto
G	1	benedict birnberg
G	2	benelux
G	1	benes
G	4	benetton
G	4	benevolent assoc .
G	4	benfica
G	8	bengali
G	64	bengaluru
G	64	benghazi
G	32	bengtsson
G	130	benin
G	16	benita
G	32	benitez
G	16	benito
G	1	benito santiago
G	16	benjamin
G	1	benjamin menendez
G	1	benjamin netanyahu
G	32	bennett
G	16	bennie
G	16	benny
G	1	benoit cauet
G	16	benson
G	1	benson koech
G	8	bentsen-era
G	16	berat
G	66	bergen
G	33	berger
G	32	bergman
G	32	bergmann
G	32	berisha
G	512	berkshire hathaway
G	4	berkshire hathaway inc
G	4	berkshire wood elves
G	4	berlex
G	4	berlex laboratories
G	66	berlin
G	130	bermuda
G	64	bern
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
G	1	bernini
G	2	berovo
G	1	berri
G	1	berry
G	16	bert
G	4	bertelsmann
G	4	bertelsmann ag
G	16	bertha
G	1	berti vogts
G	16	bertie
G	2048	bertil
G	17	bertram
G	16	bertrand
G	260	berwick
G	16	beryl
G	16	beshoi
G	4	besiktas
G	16	bess
G	4	bessemer
G	4	bessemer venture partners
G	16	bessie
G	4	best
G	4	best products co
G	4	bestop inc
G	4	betar
G	4	betar jerusalem
G	8	betaseron
G	16	beth
G	16	bethanie
G	16	bethany
G	2	bethlehem
G	16	betsy
G	16	bette
G	16	bettie
G	16	bettina
G	16	betty
G	16	bettye
G	16	beula
G	16	beulah
G	16	bev
G	16	beverley
G	16	beverly
G	256	beverly hills
G	256	bexhill
G	2048	beyonce
G	512	bf goodrich
G	512	bfgoodrich
G	32	bhak
G	32	bhang
G	8	bharat ratna
G	2048	bhatt
G	4	bhattarai
G	4	bhavnagar
G	64	bhopal
G	32	bhoumik
G	32	bhowmik
G	64	bhubaneshwar
G	32	bhuiyan
G	128	bhutan
G	1	bhutto
G	16	bianca
G	32	bianchi
G	16	bibek
G	8	biblical
G	16	biff
G	256	bihar
G	16	bilal
G	2	bilbao
G	4	bild am sonntag
G	16	biljana
G	1	biljana plavsic
G	1	bill berkrot
G	1	bill birch
G	1	bill clinton
G	2048	bill gates
G	1	bill russell
G	4	billa
G	16	billie
G	2	billings
G	16	billy
G	1	billy mayfair
G	1	billy swift
G	2048	bing crosby
G	256	bingley
G	16	binita
G	16	bintou
G	4	biogen
G	4	biogen inc
G	4	biovest research , inc
G	1	birenda
G	1	birendra
G	70	birmingham
G	2	birmingham public park
G	2	birmingham public park & rec
G	1	birnberg
G	16	bishal
G	32	bishwas
G	16	bismah
G	2	bistrita
G	16	bjorn
G	3	black
G	512	black & decker
G	2	black sea
G	260	blackburn
G	512	blackburn rovers
G	260	blackpool
G	256	blackwall
G	16	blaine
G	16	blair
G	1	blair larsen
G	16	blake
G	1	blake bath
G	16	blanca
G	16	blanche
G	32	blanco
G	2	blantyre
G	16	blaze
G	32	blazevic
G	4096	bldg
G	1	blind
G	512	blockbuster video
G	8	blom stock index
G	32	blondal
G	512	bloomingdale
G	4	bloomsbury minerals economics
G	16	blossom
G	512	blue cross
G	256	blvd
G	16	blythe
G	4	bme
G	512	bmw
G	512	bni
G	4	bnp
G	4	bnz
G	4	board
G	4	board of control for cricket in india
G	1	boardman
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
G	16	bobby
G	1	bobby bonilla
G	1	bobby robson
G	1	bobby valentine
G	1	bobic
G	4	boby brno
G	4	boca juniors
G	4	bochum
G	2	boddington
G	4	bodo / glimt
G	520	boeing
G	4	boeing co
G	1	boeta wessels
G	16	bogdan
G	1	bogdan prusek
G	32	bogdanov
G	16	boglarka
G	66	bogota
G	2	bogra
G	1	bohdan ulihrach
G	1	bohinen
G	4	boj
G	4	boland
G	4	bold / ogilvy , mather
G	4	bold / ogilvy and mather
G	128	bolivia
G	1024	bolivian
G	1024	bolivians
G	4	bollore
G	4	bologna
G	16	bolormaa
G	4	bolswessanen
G	260	bolton
G	1	bombarda
G	512	bombardier
G	10	bombay
G	4	bombay commodities
G	128	bonaire
G	32	bondarenko
G	1	bonds
G	1	bongo
G	32	bonik
G	1	bonilla
G	16	bonita
G	2	bonn
G	1	bonnet
G	16	bonnie
G	2048	bono
G	2	boo-nee-ol
G	8	book of mass
G	4	borac
G	1	boraine
G	6	bordeaux
G	16	boris
G	1	boris becker
G	1	boris yeltsin
G	1	borkus
G	2	born
G	1	borsuk
G	4	borussia dortmund
G	4	borussia moenchengladbach
G	32	boruya
G	1	bose
G	2	bosia-hercegovina
G	4	boskalis
G	2	bosnia
G	128	bosnia and herzegovina
G	2	bosnia-hercegovina
G	9216	bosnian
G	4	bosnian association for refugees and displaced persons
G	8	bosnian croat
G	8	bosnian moslems
G	8	bosnian serb
G	8	bosnian serbs
G	2	bosnian-croat federation
G	9216	bosnians
G	1	bossi
G	70	boston
G	512	boston celtics
G	512	boston globe
G	512	boston pizza
G	516	boston red sox
G	8	boston-based
G	32	bosu
G	4	botafogo
G	1	botha
G	1	botham
G	130	botswana
G	1	botta
G	2	bou haroun
G	32	bouchard
G	2	boulder
G	1	bourlet
G	4	bournemouth
G	1	boutoille
G	1	boutros boutros-ghali
G	1	boutros harb
G	128	bouvet island
G	8	bovine spongiform encephalopathy
G	8	boy scout rally
G	16	boyd
G	32	boyko
G	32	bozic
G	32	bozinov
G	516	bp
G	256	bracebridge
G	16	brad
G	1	brad ausmus
G	1	brad bryant
G	1	brad clontz
G	1	brad hogg
G	20	bradford
G	16	bradley
G	1	bradley hughes
G	17	brady
G	1	brady anderson
G	8	brady bill
G	8	brady law
G	1	bradys
G	4	braga
G	4	bragantino
G	1	bragg
G	256	bramley
G	256	brampton
G	16	branden
G	1	brandes
G	16	brandi
G	16	brandie
G	16	brandon
G	16	branislav
G	32	brankov
G	4	brann
G	4	brann bergen
G	66	brasilia
G	66	bratislava
G	4	braves
G	130	brazil
G	9216	brazilian
G	8	brazilian football confederation
G	1024	brazilians
G	64	brazzaville
G	4	breakfast soybean procurement assn
G	16	breanna
G	4	brechin
G	2	breda
G	16	bree
G	2	bregancon
G	262	bremen
G	16	brenda
G	1	brenda schultz-mccarthy
G	16	brendan
G	1	brenden pappas
G	16	brendon
G	16	brenna
G	20	brent
G	4	brentford
G	16	brenton
G	16	bret
G	16	brett
G	1	brett martin
G	1	breukink
G	4	brewers
G	512	brexiteers
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
G	16	brice
G	256	bridgenorth
G	16	bridget
G	256	bridgetown
G	16	bridgett
G	16	bridgette
G	32	briem
G	4096	brig
G	256	brigham
G	8	bright-belgians
G	260	brighton
G	16	brigid
G	1	brigita bukovec
G	16	brigitte
G	70	brisbane
G	70	bristol
G	4	bristol city
G	4	bristol rovers
G	1024	brit
G	2	britain
G	8	british
G	4	british airways
G	4	british broadcasting corporation
G	258	british columbia
G	4	british data
G	4	british data management
G	4	british heart foundation
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
G	1024	brits
G	16	britt
G	16	brittany
G	16	brittney
G	16	brittni
G	16	brittny
G	2048	brock
G	256	brockton
G	2048	bronte
G	16	bronwyn
G	17	brooke
G	256	brooklyn
G	512	brooklyn nets
G	33	brooks
G	256	brookside
G	256	brookstone
G	4	brotherhood of nations
G	4	broward county sheriff 's office
G	1	brown
G	32	browne
G	256	browns canyon
G	16	bruce
G	1	bruce grobbelaar
G	128	brunei
G	16	bruno
G	1	bruno adelt
G	1	bruno eichmann
G	1	bruno risi
G	1	bruno thiry
G	1	brunswijk
G	1	bruny surin
G	4	brush wellman
G	4	brush wellman inc
G	74	brussels
G	8	brussels grand prix
G	16	bryan
G	1	bryan robson
G	16	bryanna
G	32	bryant
G	16	bryce
G	16	brynn
G	16	bryon
G	1	bscher
G	8	bse
G	8	bse-infected
G	4	bsm
G	1	bucaram
G	32	buchanan
G	66	bucharest
G	4	bucharest newsroom
G	16	buck
G	256	buckingham
G	256	buckinghamshire
G	66	budapest
G	8	budapest-based
G	16	buddy
G	1	budge weidman
G	4	buducnost
G	4	buducnost ( p )
G	4	buducnost ( v )
G	2	buenaventura
G	66	buenos aires
G	4	buenos aires newsroom
G	516	buffalo bills
G	1	buffett
G	1	bugno
G	4	building
G	4	bulatka
G	130	bulgaria
G	9216	bulgarian
G	9216	bulgarians
G	1	bunce
G	4	bundesbank
G	8	bundesliga
G	8	bunds
G	4	bunge
G	2	bunol
G	1	burcin mavituna
G	4	bureau of alcohol , tobacco and firearms
G	4	bureau veritas
G	64	burgas
G	1	burhanuddin rabbani
G	32	burke
G	128	burkina faso
G	130	burma
G	8	burmese
G	4	burnley
G	64	bursa
G	16	burt
G	16	burton
G	130	burundi
G	8	burundi-central africa
G	4	bury
G	256	buryatia
G	64	busan
G	4	business recorder
G	16	buster
G	1	butch
G	8	butch cassidy and the sundance kid
G	1	butch harmon
G	8	butte
G	64	butuan
G	1	buyoya
G	8	buzuku
G	4	bvsc
G	1	byas
G	32	byrne
G	16	byron
G	1	byron black
G	32	bytyqi
G	8	c$
G	1	c. ambrose
G	1	c. evans
G	1	c. hooper
G	1	c. lewis
G	1	c. rangarajan
G	1	c. white
G	1	c. wishart
G	2	ca
G	4	cabinet
G	8	cac-40
G	8	cac-40 general
G	32	caceres
G	512	cadbury
G	1	caddick
G	512	cadillac
G	4	caen
G	1	caesar mazzolari
G	2	caesarea
G	4	caf
G	68	cagliari
G	66	cairo
G	16	caitlin
G	16	caitlyn
G	4	caja de madrid
G	16	cal
G	1	cal eldred
G	1	cal ripken
G	2	calcutta
G	2	calcutta hospital
G	34	calderon
G	256	caldwell
G	16	caleb
G	66	calgary
G	258	calif
G	2	calif.
G	262	california
G	4	california angels
G	8	california proposition 215
G	1024	californian
G	1024	californians
G	16	calista
G	16	callie
G	4	caltex
G	16	calvin
G	1	calvin davis
G	1	cam battersby
G	4	camat
G	64	camayenne
G	130	cambodia
G	9216	cambodian
G	1024	cambodians
G	262	cambridge
G	256	cambridgeshire
G	2	camden
G	2	camelot
G	1	camerlengo
G	16	cameron
G	130	cameroon
G	1024	cameroonian
G	1024	cameroonians
G	16	camila
G	16	camile
G	16	camilla
G	16	camille
G	2048	camillo
G	16	camilo
G	33	campbell
G	256	campbellford
G	256	campeche
G	130	canada
G	9216	canadian
G	8	canadian open
G	9216	canadians
G	70	canberra
G	64	cancun
G	16	candace
G	16	candice
G	1	candiotti
G	4	cannes
G	8	canopic
G	2	cap de villefranche
G	66	cape town
G	128	cape verde
G	1	capiot
G	512	capital one
G	4096	capt
G	4096	captain
G	2048	captain beefheart
G	16	cara
G	66	caracas
G	70	cardiff
G	512	cardiff city
G	2048	cardinal wolsey
G	4	cardinals
G	32	cardoso
G	32	cardozo
G	4	career horizons
G	4	career horizons inc
G	16	carey
G	4	cargill
G	4	cargill inc
G	2	caribbean
G	2	caribs
G	16	carina
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
G	16	carley
G	16	carlie
G	1	carling
G	260	carlisle
G	16	carlo
G	1	carlo ancelotti
G	1	carlo hoffmann
G	16	carlos
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
G	512	carls jr
G	2	carlsbad
G	32	carlsson
G	20	carlton
G	16	carly
G	16	carmel
G	16	carmela
G	16	carmella
G	16	carmen
G	16	carol
G	1	carol norris
G	1	carol perry
G	16	carole
G	16	carolina
G	512	carolina panthers
G	17	caroline
G	16	carolyn
G	32	carr
G	4	carrefour
G	16	carrie
G	256	carrizo plain
G	16	carrol
G	16	carroll
G	2048	carson
G	2048	carson palmer
G	1	carsten wolf
G	2	cartagena
G	32	carter
G	32	caruso
G	32	carvalho
G	16	cary
G	16	casandra
G	17	casey
G	4	casino graz
G	16	cassandra
G	16	cassidy
G	16	cassie
G	4	castilla
G	32	castillo
G	8	castle cup of africa
G	4	castleford
G	32	castro
G	8	catalan
G	66	catania
G	16	catarina
G	16	caterina
G	16	catherina
G	16	catherine
G	1	catherine mckiernan
G	16	cathleen
G	8192	catholic
G	4	catholic information office
G	8192	catholics
G	16	cathryn
G	16	cathy
G	1	cathy freeman
G	16	catrina
G	32	cavadini
G	1	caveglia
G	256	caversham
G	16	cayla
G	128	cayman islands
G	512	cbc
G	8	cbf
G	4	cbi
G	4	cboe
G	4	cbsa
G	4	cdu
G	4	cdu / csu
G	4	cdu 3
G	4	cdu no .
G	4	cdu no.3
G	4	ceahlaul piatra neamt
G	256	ceara
G	32	ceban
G	8	cebit
G	32	cebotari
G	64	cebu
G	16	cecelia
G	16	cecil
G	1	cecil mamiit
G	16	cecile
G	16	cecilia
G	16	cecily
G	256	cedar breaks
G	256	cedar falls
G	256	cedar grove
G	17	cedric
G	1	cedric pioline
G	4	celaya
G	16	celeste
G	16	celia
G	32	celik
G	16	celina
G	16	celine
G	2	celopek
G	8	celsius
G	4	celtic
G	512	celtics
G	32	cengic
G	256	centerville
G	8	central african
G	130	central african republic
G	2	central asia
G	4	central bank
G	2	central clinical hospital
G	8	central division
G	4	central european free trade area
G	4	central office of statistics and information
G	4	centre for sociological studies
G	4	centrinvest securities
G	4	cercle brugge
G	32	cereghetti
G	32	cerna
G	32	cerny
G	16	cesar
G	1	cesare dal maso
G	4	cesena
G	4	ceska sporitelna
G	8	cetes
G	1	cevaer
G	4	cfdt
G	4	cgt
G	18	chad
G	1	chad curtis
G	1024	chadian
G	1024	chadians
G	4096	chairman
G	32	chakma
G	32	chakraborty
G	1	chakravarty rangarajan
G	8	challenge cup
G	1	chalmers
G	4	chamber of economy
G	1	chaminda vaas
G	257	chamorro
G	32	chan
G	1	chan chia fong
G	4096	chancellor
G	32	chand
G	1	chanda rubin
G	2	chandigarh
G	16	chandra
G	1	chandra sturrup
G	1	chandrika kumaratunga
G	16	chanelle
G	33	chang
G	64	changchun
G	64	changsha
G	64	changzhou
G	2	channel islands
G	4	channel two
G	16	chantal
G	16	chantelle
G	1	chaouch
G	32	chapman
G	8	chapter 11
G	16	charbel
G	16	charis
G	16	charissa
G	16	charla
G	16	charlena
G	16	charlene
G	6	charleroi
G	17	charles
G	1	charles austin
G	1	charles bauza donwahi
G	1	charles mcgilley
G	1	charles nagy
G	1	charles taylor
G	2	charleston
G	16	charlette
G	16	charley
G	16	charlie
G	16	charlotte
G	512	charlotte hornets
G	256	charlottetown
G	4	charlton
G	16	charmaine
G	1	charmaine crooks
G	4	chart thai
G	1	charvet
G	16	chas
G	16	chase
G	4	chase securities inc.
G	256	chatham
G	1	chatichai choonhavan
G	32	chatterjee
G	64	chattogram
G	32	chattopadhyay
G	2048	chaucer
G	32	chaudhry
G	2	chavakachcheri
G	1	chavalit yongchaiyudh
G	32	chavez
G	32	che
G	1	cheah soon kit
G	8192	chechen
G	8192	chechens
G	258	chechnya
G	4	checker 's
G	4	checkfree
G	4	checkfree corp
G	16	chedeline
G	256	chelmsford
G	21	chelsea
G	1	chelsea clinton
G	16	chelsey
G	256	cheltenham
G	4	chemlon humenne
G	32	chen
G	1	chen gang
G	2	chenab
G	64	chengdu
G	64	chengzhong
G	64	chennai
G	32	cheon
G	32	cheong
G	16	cher
G	2	cherbourg
G	16	cheri
G	16	cherie
G	256	cherkessia
G	4	chernomorets novorossiisk
G	1	chernomyrdin
G	16	cheryl
G	2	chesapeake
G	4	chesapeake police department
G	20	chester
G	2	chester-le-street
G	6	chesterfield
G	16	chet
G	33	cheung
G	1	cheung siu man
G	4	cheuvreux de virieu
G	4	cheveley park stud
G	512	chevron
G	4	chevron corp
G	512	chevy
G	16	cheyenne
G	256	chhattisgarh
G	64	chiang mai
G	258	chiapas
G	1	chiate
G	70	chicago
G	8	chicago area mills
G	512	chicago bears
G	4	chicago board options exchange
G	512	chicago bulls
G	516	chicago cubs
G	512	chicago fire
G	4	chicago newsdesk
G	516	chicago white sox
G	256	chichen itza
G	512	chick fil a
G	4	chievo
G	258	chihuahua
G	130	chile
G	9216	chilean
G	1024	chileans
G	1	chili davis
G	2	chillicothe
G	2	chilpancingo
G	1	chiluba
G	256	chimney rock
G	130	china
G	516	china daily
G	4	china national nonferrous metals import and export corp
G	4	china securities
G	8	china-bound
G	256	chinatown
G	4	chindia tirgoviste
G	9216	chinese
G	1024	chineses
G	1	chinnathambi
G	1	chiquinho conde
G	256	chiricahua
G	4	chiron
G	4	chiron corp
G	4	chisinau
G	1	chistian
G	64	chittagong
G	32	chiu
G	16	chloe
G	32	choi
G	4	chonan
G	4	chonbuk
G	33	chong
G	66	chongqing
G	4	chonnam
G	2048	chopin
G	32	chopra
G	4	chornomorets
G	4	chornomorets odessa
G	2	chorzow
G	33	choudhury
G	32	choung
G	32	chow
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
G	16	christa
G	16	christal
G	66	christchurch
G	16	christen
G	32	christensen
G	8192	christian
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
G	16	christiana
G	16	christiane
G	8192	christians
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
G	16	chrystal
G	1	chryste gaines
G	1	chua
G	1	chua jui
G	16	chuck
G	1	chuck adams
G	1	chuck finley
G	32	chung
G	256	chuuk
G	256	chuvashia
G	32	chwe
G	2048	chyna
G	512	cia
G	16	ciara
G	16	ciaran
G	16	cierra
G	1	ciller
G	4	ciments blancs
G	4	ciments libanais
G	1	cimicchi
G	4	cincinnati
G	512	cincinnati bengals
G	516	cincinnati reds
G	4	cinco dias
G	1	cindana
G	16	cindi
G	16	cindy
G	32	ciobanu
G	4	ciputra development
G	1	ciriaco sforza
G	6	cis
G	512	cisco
G	512	cisco systems
G	512	citigroup
G	4	city
G	4	civil defence and coast guard
G	8	civil war
G	4	civil war conservation corps
G	8	cjd
G	4	ckd praha holding
G	16	clair
G	16	claire
G	16	clara
G	16	clare
G	16	clarence
G	1	clarence rose
G	1	clarence seedorf
G	16	clarice
G	16	claris
G	16	clarissa
G	32	clark
G	32	clarke
G	2	clarksburg
G	16	claude
G	1	claude lelouche
G	16	claudette
G	16	claudia
G	16	claudine
G	16	claudio
G	1	claudio moura
G	17	claus
G	1	claus manne nielsen
G	1	claverie
G	16	clay
G	16	clayton
G	8	clean air act
G	256	clearwater
G	17	clemens
G	16	clement
G	16	cleo
G	16	cleopatra
G	16	cletus
G	70	cleveland
G	512	cleveland browns
G	512	cleveland cavaliers
G	512	cleveland guardians
G	516	cleveland indians
G	4	cleveland newsdesk
G	16	clifford
G	16	clifton
G	16	clint
G	2049	clinton
G	4	clinton and cedar rapids
G	16	clive
G	16	clotilde
G	512	cloudflare
G	4	club brugge
G	20	clyde
G	4	clydebank
G	4096	cmdr
G	4	cme
G	4	cnb
G	8	cnb-120
G	4	cne
G	4	cniec
G	516	cnn
G	4	cnr
G	2	co
G	4096	coach
G	256	coahuila
G	4	coalition
G	4	coast guard
G	512	coca cola
G	512	coco chanel
G	128	cocos islands
G	1	cocu
G	4	codelco
G	16	cody
G	1	coetzee
G	1	coetzer
G	4	cofinec
G	4	cofinec s.a.
G	32	cohen
G	512	coinbase
G	2	col
G	16	colby
G	262	colchester
G	512	coldplay
G	16	cole
G	16	coleen
G	32	coleman
G	16	colette
G	512	colgate
G	256	colima
G	16	colin
G	1	colin edwards
G	1	colin hope
G	1	colin jackson
G	1	colin mcrae
G	1	colin montgomerie
G	16	colleen
G	1	colleen siegel
G	1	colleter
G	16	collin
G	1	collin dugmore
G	1	collinelli
G	2	collingtree park
G	260	collingwood
G	32	collins
G	4	collstrop
G	256	colo
G	2	colo .
G	70	cologne
G	130	colombia
G	9216	colombian
G	9216	colombians
G	66	colombo
G	4	colon
G	4096	colonel
G	1	colonna
G	262	colorado
G	4	colorado christian home
G	4	colorado health fac .
G	512	colorado rapids
G	516	colorado rockies
G	256	colosseum
G	1	coltart
G	16	colton
G	2	columbia presbyterian hospital
G	4	columbia university
G	512	columbus crew sc
G	512	comcast
G	4096	comdr
G	8	cometra et al morinville 11-13
G	12	comex
G	2	commack
G	4	commission
G	8	commission regulation
G	4	commodity credit corp of usda
G	4	commonwealth
G	2	commonwealth of independent states
G	8192	communist
G	4	communist united marxist-leninist
G	8	communist-led
G	8	community customs code
G	2	community of madrid
G	128	comoros
G	4	companion building material
G	4	companion marble
G	512	compaq
G	8	comprehensive test ban treaty
G	256	compton
G	4	compuserve corp
G	66	conakry
G	2048	conan
G	16	concepcion
G	1	conchita martinez
G	1	conde
G	4	confederation of british industry
G	4	conference board
G	8	conference on disarmament
G	2048	confucius
G	2	congo
G	128	congo brazzaville
G	1024	congolese
G	1024	congoleses
G	4	congress
G	256	conn
G	256	connecticut
G	16	connie
G	16	connor
G	16	conor
G	16	conrad
G	1	conroy
G	4	conservative new democracy
G	4	consolidated financial data
G	16	constance
G	1	constand viljoen
G	64	constanta
G	16	constantin
G	1	constantine mitsotakis
G	18	constanza
G	4	constitutional rights project
G	4	construction industry council
G	4	constructorol
G	4	constructorul
G	4	constructorul chisinau
G	16	consuelo
G	1	conte
G	32	conti
G	4	continental
G	4	continental ag
G	32	contreras
G	128	cook islands
G	32	cooke
G	2	coolee city
G	2048	coolio
G	33	cooper
G	4	cooperative
G	4	cooperative bank
G	4	cooperative bank of taiwan
G	4	coopers and lybrand
G	4	coordinate of ecumenical service
G	512	coors
G	66	copenhagen
G	8	copland
G	4	copper and brass servicenter association
G	1	coppinger
G	1	cor euser
G	16	cora
G	16	coralie
G	32	corbyn
G	16	cordelia
G	64	cordoba
G	16	corey
G	1	corey pavin
G	1	corey pointer
G	16	cori
G	16	corina
G	1	corina morariu
G	16	corine
G	16	corinna
G	16	corinne
G	4	corinthians
G	4	coritiba
G	65	cork
G	16	cornelia
G	16	cornelis
G	16	cornelius
G	256	cornwall
G	4	corporacion venezolana de guayana
G	32	correa
G	4	correction department
G	32	correia
G	16	corrine
G	1	corser
G	258	corsica
G	8	corsican
G	16	cory
G	4	cosenza
G	32	costa
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
G	128	cote de ivoire
G	1	coughlan
G	4	council
G	4	council of europe
G	8	council regulation
G	2	county antrim
G	8	county championship
G	2	county tipperary
G	1	couples
G	16	courtney
G	1	courtney walsh
G	16	courtni
G	16	courtny
G	1	courtois
G	260	coventry
G	4	cowdenbeath
G	32	cox
G	1	cozma
G	8	cpi
G	4096	cpl
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
G	512	craigslist
G	64	craiova
G	32	crawford
G	1	crawley
G	4	credit rating and information systems ltd
G	4	credit suisse
G	512	creedence clearwater revival
G	2	creedmoor
G	4	cremonese
G	256	cres
G	8	creutzfeldt-jakob disease
G	4	crewe
G	4	crh
G	4	criciuma
G	4	cricuma
G	256	crimea
G	4	criminal investigation department
G	16	cristal
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
G	1	crohn
G	4	cronulla
G	8	crossfire
G	512	crossrail
G	256	croydon
G	4	crp
G	1	cruise
G	1	cruyff
G	32	cruz
G	4	cruz azul
G	4	cruzeiro
G	4	crvena zvezda
G	4	crystal palace
G	4	csepel
G	4	cska
G	4	cska kiev
G	4	cska moscow
G	8	ctbt
G	2048	cthulhu
G	130	cuba
G	9216	cuban
G	9216	cubans
G	4	cubs
G	4	cukaricki
G	4	cukurova
G	1	culhane
G	2	culpepper
G	8	cultural revolution
G	256	cumbria
G	32	cunningham
G	8	cup
G	8	cup winners ' cup
G	8	cup winners cup
G	128	curacao
G	66	curitiba
G	1	currin
G	16	curt
G	16	curtis
G	1	curtis fleming
G	1	curtis lee white ii
G	4	cvg
G	4	cvrd
G	1	cy young
G	16	cyndi
G	16	cynthia
G	1	cynthia mckinney
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
G	16	daan
G	4	dac dunajska streda
G	4	dacom
G	4	dacom corp
G	4	dacom international
G	4	dadabhoy investment ( pvt ) ltd
G	64	dadonghai
G	64	daegu
G	64	daejeon
G	4	daewoo
G	4	daewoo corp
G	4	daewoo dacom communications
G	4	daewoo group
G	4	daewoo information
G	4	daewoo information systems co ltd
G	256	dagestan
G	32	dahl
G	1	dahl tomasson
G	16	dahlia
G	1	dahman
G	2	dahshour
G	1	dai
G	1	dai houying
G	4	daily news
G	4	daily telegraph
G	4	daily variety
G	512	daimler
G	16	daina
G	66	dakar
G	1	dal maso
G	2049	dalai lama
G	16	dalal
G	16	dale
G	1	dalglish
G	66	dalian
G	66	dallas
G	512	dallas cowboys
G	512	dallas mavericks
G	1	dally randriantefy
G	2048	dalton
G	16	damaris
G	66	damascus
G	32	damcevski
G	1	damein fleming
G	16	damia
G	16	damian
G	1	damian ejiohuo
G	16	damien
G	1	damien lynch
G	16	damion
G	1	damion easley
G	16	damon
G	1	damon hill
G	16	dan
G	1	dan dietsch
G	1	dan glickman
G	1	dan jensen
G	1	dan jenson
G	1	dan jewell
G	1	dan pudvah
G	16	dana
G	1	dana rohrabacher
G	1024	dane
G	1024	danes
G	16	danette
G	17	dani
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
G	8	danish
G	16	daniz
G	32	dankula
G	16	danny
G	1	danny blind
G	1	danny rose
G	1	danny theybers
G	2048	dante
G	1	dante bichette
G	256	danube
G	1	danut lupu
G	1	daoud
G	1	daoud makkawi
G	16	daphna
G	16	daphne
G	64	dar es salaam
G	16	dara
G	16	darby
G	16	darcey
G	16	darcie
G	16	darcy
G	16	daren
G	16	daria
G	16	darin
G	16	dario
G	16	darius
G	1	darius milhaud
G	1	dariusz jackiewicz
G	1	dariusz rosati
G	16	darla
G	16	darlena
G	16	darlene
G	260	darlington
G	16	darnell
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
G	256	dartford
G	2048	darth vader
G	256	dartmoor
G	2048	darwin
G	16	daryl
G	1	daryll cullinan
G	1	das
G	1	daschle
G	1	date
G	8	dated brent
G	32	datta
G	64	daugavpils
G	16	dave
G	1	dave mcpherson
G	1	dave nilsson
G	1	dave pearson
G	1	dave richardson
G	1	davenport
G	1	davey johnson
G	16	davi
G	17	david
G	1	david batty
G	1	david brabham
G	1	david byas
G	1	david caldwell
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
G	33	davies
G	16	davina
G	33	davis
G	8	davis cup
G	1	davis kamoga
G	1	davis love
G	4	dawn
G	1	dawn bowles
G	8	dax
G	8	dax-3o
G	2	dayana
G	16	dayle
G	16	dayna
G	2	dayton
G	4	dbrs
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
G	33	de silva
G	32	de vries
G	512	dea
G	2	dead sea
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
G	16	deb
G	1	debbah
G	16	debbie
G	1	debbie graham
G	16	debby
G	32	debnath
G	16	debora
G	16	deborah
G	16	debra
G	16	debrah
G	4	debrecen
G	1	deby
G	4	decatur
G	1	decheiver
G	1	decker
G	16	dede
G	16	dee
G	16	deedee
G	16	deena
G	16	deepak
G	512	def leppard
G	4	defence
G	4	defence and aviation
G	4	defence ministry
G	2048	degas
G	64	dehradun
G	16	deidre
G	16	deirdre
G	16	dejan
G	1	dejan savicevic
G	1	dejan stefanovic
G	1	dejesus
G	1	dekker
G	1	del harris
G	16	dela
G	256	delaware
G	16	delbert
G	32	delgado
G	64	delhi
G	16	delia
G	32	delic
G	16	delilah
G	512	dell
G	16	della
G	1	della noce
G	16	delores
G	16	deloris
G	16	delphine
G	8	dem
G	1	demel
G	16	demetria
G	16	demetrius
G	2048	demi lovato
G	32	demir
G	32	demirovic
G	8192	democrat
G	4	democrat national convention
G	8192	democratic
G	8	democratic convention
G	4	democratic karen buddhist army
G	8	democratic national convention
G	4	democratic national united movement
G	4	democratic party
G	8192	democrats
G	1	den bakker
G	4	den norske stats oljeselskap as
G	16	dena
G	256	denham
G	1	denham peiris
G	16	denice
G	16	denis
G	1	denis irwin
G	16	denise
G	130	denmark
G	16	dennis
G	1	dennis bergkamp
G	1	dennis lillee
G	1	dennis mitchell
G	1	dennis ross
G	16	denny
G	1	denny neagle
G	65	denver
G	512	denver broncos
G	512	denver nuggets
G	2048	denzel washington
G	16	deon
G	1	deon hemmings
G	4	department of humanitarian affairs
G	4	department of transport
G	4	department of transportation
G	512	depeche mode
G	4	deportivo espanol
G	512	der spiegel
G	4	derby
G	260	derbyshire
G	16	derek
G	1	derek crookes
G	1	derek jeter
G	1	derek mills
G	1	derek ringer
G	1	derek ryan
G	17	derrick
G	1	derrick adkins
G	256	derry
G	32	dervishi
G	1	des
G	2	des moines
G	1	des smyth
G	16	deshawn
G	1	desi bouterse
G	16	desiree
G	16	desmond
G	1	desmond tutu
G	512	destiny child
G	512	destiny's child
G	4096	det
G	70	detroit
G	512	detroit lions
G	512	detroit pistons
G	516	detroit tigers
G	1	detroux
G	4	deutsche bahn
G	4	deutsche bahn ag
G	4	deutsche lufthansa ag
G	16	devan
G	16	deven
G	1	devers
G	32	devi
G	16	devin
G	16	devon
G	1	devon white
G	256	devonport
G	32	dewan
G	2	dewas
G	16	dewayne
G	16	dewey
G	16	dexter
G	8	dfl
G	4	dha
G	2	dhahran
G	66	dhaka
G	4	dhaka stock exchange
G	2	dhar
G	1	dharmasena
G	1	dheeraj
G	16	dhia
G	1	dhiraj k.c.
G	4	dia
G	4	diamond shamrock inc
G	512	diamondbacks
G	17	diana
G	16	diane
G	16	dianna
G	16	dianne
G	1	dianne feinstein
G	4	diario 16
G	16	diarmuid
G	32	dias
G	32	diaz
G	1	dick morris
G	1	dick spring
G	2048	dick wolf
G	32	dickinson
G	1	dickson
G	2048	diego
G	1	diego borrego
G	2048	diego maradona
G	16	dieter
G	1	dieter eilts
G	1	dieter u
G	16	dietmar
G	1	dietmar lalcher
G	16	dietrich
G	256	digby
G	16	dillon
G	1	dimas teixeira
G	16	dimitri
G	1	dimitrios georgalis
G	16	dimitris
G	1	dimitris kontogiannis
G	1	dimitris reppas
G	32	dimitrov
G	32	dimitrova
G	16	dina
G	16	dinah
G	4	dinamina
G	4	dinamo
G	4	dinamo bucharest
G	16	dinesh
G	16	dion
G	16	dionne
G	1	dionne rose
G	4096	director general
G	16	dirk
G	1	dirk coetzee
G	1	dirk dier
G	8	disarmament-china
G	516	disney
G	64	dispur
G	32	dissanayake
G	256	dist
G	4	distillers
G	4	divaina
G	32	dixon
G	16	diya
G	2	diyarbakir
G	16	djeneba
G	128	djibouti
G	32	djurhuus
G	4	dkba
G	4	dlj merchant banking partners lp
G	8	dm
G	16	dmitri
G	16	dmitry
G	1	dmitry kuznets
G	1	dmitry solovyov
G	4	dnevi avaz
G	4	dnevni avaz
G	4	dnipro
G	4	dnipro dnipropetrovsk
G	4	dnum
G	2	doboj
G	2048	doctor who
G	2	dodge city
G	516	dodgers
G	4	doe run
G	6	doetinchem
G	8	doetinchem-doetinchem
G	32	dogan
G	64	doha
G	32	doherty
G	2	dohuk
G	512	doj
G	1	dole
G	4	dole white house
G	8	dolly
G	16	dolores
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
G	16	don
G	1	don loewen
G	1	don mckinnon
G	1	don wengert
G	16	dona
G	16	donald
G	1	donald tsang
G	4	donaldson lufkin & jenrette
G	260	doncaster
G	8	doncaster cup
G	32	donev
G	64	dongguan
G	1	donizetti
G	2	donje ljupce
G	1	donkow
G	16	donna
G	1	donna sells
G	1	donne wall
G	16	donnell
G	16	donnie
G	16	donny
G	16	donovan
G	1	donovan bailey
G	16	dora
G	256	dorchester
G	32	dordevic
G	1	dore gold
G	16	doreen
G	1	doreen siow
G	16	dorian
G	16	doris
G	16	dorla
G	16	dorothea
G	16	dorothy
G	256	dorset
G	16	dorthy
G	68	dortmund
G	1	dos santos
G	1	dostum
G	16	dottie
G	32	dotto
G	1	douati alphonse
G	1	double trigger
G	4	doubletree corp
G	16	doug
G	1	doug flach
G	1	doug turner
G	16	douglas
G	256	dover
G	16	dovydas
G	8	dow
G	520	dow jones
G	1	downer
G	256	downtown
G	16	doyle
G	4096	dr
G	128	dr congo
G	4096	dr.
G	16	dragan
G	1	dragutin stanojlovic
G	2048	drake
G	1	drazen beser
G	4	dream team
G	66	dresden
G	17	drew
G	4	dreyfus strategic municipals inc
G	4	dreyfus strategic munis
G	1	driller
G	32	driscoll
G	1	drobnjak
G	256	dryden
G	4	dse
G	8	dtb-bund-future
G	16	duane
G	32	duarte
G	66	dubai
G	66	dublin
G	4	dublin newsroom
G	1	dubnicoff
G	32	dubois
G	4	ducati
G	1	ducruet
G	16	dudley
G	64	duesseldorf
G	2	duessseldorf
G	4	duff & phelps
G	4	duff and phelps
G	1	duffy waldorf
G	1	dugmore
G	4	duisburg
G	4	dukla banska bystrica
G	2	duluth
G	4	duma
G	4	dumbarton
G	256	dumfries
G	32	dumitru
G	16	duncan
G	1	duncan ferguson
G	1	duncan shiels
G	5	dundee
G	4	dundee united
G	2	dunedin
G	4	dunfermline
G	512	dunkin donuts
G	64	dunkirk
G	32	dunn
G	4	dunnes stores
G	256	dunstable
G	512	dupont
G	512	duran duran
G	32	durand
G	256	durango
G	66	durban
G	260	durham
G	32	duric
G	2	durres
G	1	dusan kovacs
G	64	dushanbe
G	8	dust bowl
G	16	dustin
G	9216	dutch
G	4	dutch ptt
G	1024	dutches
G	8192	dutchman
G	1	dutra
G	1	dutroux
G	32	dutta
G	256	dutton
G	32	dvorak
G	32	dvorakova
G	16	dwayne
G	16	dwight
G	16	dylan
G	16	dyllan
G	4	dynamo
G	4	dynamo batumi
G	4	dynamo kiev
G	4	dynamo moscow
G	1	e. auchard
G	1	e. brandes
G	2	e.c.india
G	1	e.f. ( fritz ) schumacher
G	1	ealham
G	1	eamonn darcy
G	1	earl feugill
G	256	earlscourt
G	4	earth first
G	8	east
G	2	east coast
G	256	east end
G	4	east fife
G	2	east germany
G	8	east java
G	2	east jerusalem
G	2	east north central
G	256	east side
G	4	east stirling
G	128	east timor
G	4	eastern cables
G	8	eastern division
G	4	eastern region brigade
G	4	eau claire
G	512	ebay
G	1	ebe huizinga
G	16	ebenezer
G	4	ec
G	8	eco-challenge
G	4	ecomog
G	4	economic community of west african states
G	16	ecrin
G	8	ecu
G	130	ecuador
G	1024	ecuadorian
G	4	ecuadorian oriente
G	1024	ecuadorians
G	8	ecus
G	16	ed
G	1	ed de goey
G	1	ed vosberg
G	1	edberg
G	16	eddie
G	1	eddie hedaya
G	1	eddie irvine
G	1	eddo brandes
G	16	edel
G	16	eden
G	32	eder
G	17	edgar
G	1	edgar davids
G	1	edgar martinez
G	1	edgar renteria
G	2	edgbaston
G	1	edhem efendija camdzic
G	16	edie
G	66	edinburgh
G	32	edison
G	16	edith
G	16	edmond
G	64	edmonton
G	16	edmund
G	16	edna
G	1	edna fernandes
G	16	edoardo
G	8	edouard
G	1	edouard gritson
G	1	edouard gritsoun
G	16	eduard
G	16	eduardo
G	1	eduardo bernini
G	1	eduardo romero
G	1	edvard grieg
G	16	edward
G	1	edward dmytryk
G	1	edward said
G	1	edward smith
G	16	edwardo
G	32	edwards
G	16	edwin
G	1	edwin van der sar
G	16	edwina
G	4	eec
G	1	eefje
G	1	eefje lambrecks
G	16	eevi
G	2048	effie
G	16	efrain
G	16	efren
G	256	eglinton
G	130	egypt
G	4	egyptair
G	9216	egyptian
G	9216	egyptians
G	1	eichmann
G	16	eileen
G	66	eindhoven
G	32	einstein
G	16	eisha
G	16	eitan
G	1	ejup bajgora
G	1	ejup ganic
G	4	ek chor china motorcycle
G	16	ekaterina
G	4	ekeren
G	1	ekeus
G	1	ekimov
G	4	eksportfinans
G	16	ekta
G	1	el hassane lahssini
G	4	el jadida
G	4	el mundo
G	4	el nuevo diario
G	4	el pais
G	64	el paso
G	2	el pueblo de nuestra senora la reina de los angeles
G	128	el salvador
G	4	el-watan
G	16	ela
G	16	elaina
G	16	elaine
G	16	elana
G	16	elbert
G	16	eldon
G	16	eleanor
G	4	elect res
G	4	electoral research group
G	16	elen
G	16	elena
G	1	elena likhovtseva
G	1	elena makarova
G	1	elena wagner
G	16	eleni
G	1	eleonora berlanda
G	4	eletropaulo
G	4	eleusis
G	4	elf
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
G	1	eliud barngetuny
G	16	eliza
G	16	elizabete
G	18	elizabeth
G	16	elizaveta
G	16	ella
G	2	elland road
G	16	ellen
G	16	ellie
G	1	ellina zvereva
G	16	elliot
G	16	elliott
G	16	ellis
G	1	ellis burks
G	16	elly
G	16	elma
G	16	elmer
G	16	elnora
G	16	eloise
G	16	elouise
G	1	els callens
G	16	elsa
G	16	elsie
G	16	elton
G	16	elva
G	16	elvin
G	16	elvina
G	16	elvira
G	16	elvis
G	16	elwood
G	16	ema
G	1	emajuddin ahmed
G	16	emanuel
G	16	emanuela
G	1	emanuele canonica
G	1	emanuil ceausu
G	8	embassy
G	16	emelda
G	1	emelia sithole
G	16	emely
G	16	emerald
G	4	emeraud
G	2048	emeril lagasse
G	16	emerson
G	16	emery
G	1	emese bartha
G	16	emil
G	16	emile
G	2048	emile zatopek
G	16	emilee
G	16	emilia
G	16	emiliano
G	16	emilie
G	16	emilija
G	16	emilio
G	1	emilio valle
G	16	emilis
G	16	emily
G	16	emina
G	16	emine
G	2048	eminem
G	1024	emirati
G	1024	emiratis
G	16	emirhan
G	4	emkam
G	16	emma
G	16	emmaline
G	16	emmanuel
G	1	emmanuel sobral
G	1	emmanuel tetteh
G	16	emmanuelle
G	16	emmeline
G	16	emmett
G	16	emmie
G	16	emmy
G	4	emnid
G	1	emon
G	2	empire state
G	4	empoli
G	4	empresa nacional del petroleo
G	8	emu
G	4	enap
G	1	enderle
G	1	endrio leoni
G	1	endt
G	256	enfield
G	130	england
G	8	england-based
G	8	english
G	8	english county championship
G	9216	englishman
G	1024	englishmans
G	8192	englishmen
G	1	engquist
G	16	enid
G	1	enn markvart
G	8	ennea
G	8	ennea ferrari f40
G	16	enoch
G	1	enqvist
G	16	enrico
G	1	enrico chiesa
G	16	enrique
G	1	enrique centeno
G	4	environment canada
G	4096	envoy
G	2048	enya
G	17	enzo
G	1	enzo scifo
G	4	eoe
G	16	eoin
G	4	epa
G	256	epping
G	4	epr
G	128	equatorial guinea
G	4	equitas
G	8	era
G	1	erbakan
G	1	erdei
G	1	erdmann
G	1	erekat
G	2	erez
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
G	16	erma
G	16	ernest
G	1	ernest faber
G	16	ernestina
G	16	ernestine
G	16	ernesto
G	1	ernesto samper
G	16	ernie
G	1	ernie els
G	16	ernst
G	4	erp
G	16	errol
G	16	ervin
G	16	erwin
G	1	erwin van der looi
G	16	eryn
G	2	erzincan
G	512	esa
G	32	escobar
G	4	escravos
G	16	esma
G	16	esmeralda
G	1	esnaider
G	16	esperanza
G	4	espinho
G	32	espinoza
G	32	esposito
G	4096	esq
G	4	essendon
G	262	essex
G	4	essilor
G	4	essilor international
G	16	esteban
G	16	estela
G	16	estele
G	16	estella
G	16	estelle
G	16	ester
G	16	estere
G	16	esther
G	130	estonia
G	9216	estonian
G	1024	estonians
G	32	estrada
G	16	estrella
G	4	estudiantes
G	4	eta
G	4	eternit
G	16	ethan
G	16	ethel
G	130	ethiopia
G	1024	ethiopian
G	1024	ethiopians
G	16	etienne
G	1	etienne mendy
G	2	etruria
G	8	etruscan
G	16	etta
G	516	eu
G	4	eu commission
G	8	eu-wide
G	16	eugen
G	1	eugen voica
G	20	eugene
G	1	eugene de kock
G	16	eugenia
G	16	eugenie
G	16	eunice
G	8	euro
G	8	euro ' 96
G	8	euro 96
G	8	euro cup
G	8	euro swiss
G	4	eurobourses
G	4	eurolira
G	8	euromark
G	258	europe
G	4	europe 1
G	9216	european
G	8	european champions ' league
G	8	european champions cup
G	4	european coal and steel community
G	4	european commission
G	4	european court of human rights
G	8	european cup
G	8	european cup winners '
G	8	european cup winners ' cup
G	8	european pga tour
G	8	european super league
G	8	european third countries
G	8	european tour
G	8	european trophy
G	4	european union
G	1024	europeans
G	512	eurosceptics
G	4	eurostat
G	4	euroswiss
G	2	eurotunnel
G	2048	eustace
G	256	euston
G	16	eva
G	1	eva boudova
G	4	eva tremila
G	16	evan
G	16	evangelina
G	16	evangeline
G	32	evans
G	16	evelin
G	16	evelina
G	16	evelyn
G	1	evelyn leopold
G	1	eveningperformance
G	16	evens
G	4	everen
G	4	everen securities inc
G	16	everett
G	256	everglades
G	1	evert
G	260	everton
G	16	evgeny
G	16	evi
G	16	evie
G	16	evita
G	16	ewa
G	1	ewald brenner
G	260	exeter
G	256	exford
G	4	expansion
G	4	expos
G	4	express
G	512	exxon mobil
G	512	exxonmobil
G	16	eymen
G	2048	ezekiel
G	1	ezer weizman
G	16	ezra
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
G	33	faber
G	16	fabian
G	16	fabien
G	1	fabien giroix
G	1	fabien lefevre
G	16	fabio
G	1	fabio baldato
G	16	fabrice
G	16	fabrizio
G	1	fabrizio ravanelli
G	512	facebook
G	16	fadi
G	1	fagan
G	16	fahd
G	1	faheem khan
G	4	fahnestock & co
G	256	fairhaven
G	2	fairmont
G	2	fairview
G	2	fairview town
G	64	faisalabad
G	16	fajr
G	1	falilat ogunkoya
G	4	falkir
G	4	falkirk
G	128	falkland islands
G	1	fallah sewa
G	1	fanie de villiers
G	1	fannie johnson
G	512	fannie mae
G	16	fanta
G	2	far east
G	16	farah
G	4	farc
G	8	farewell my lovely
G	16	farida
G	130	faroe islands
G	16	farrah
G	32	farrell
G	16	farzana
G	16	fatemeh
G	16	fatiha
G	16	fatima
G	1	fatima cristina
G	1	fatima yussuf
G	16	fatin
G	16	fatma
G	1	fatos nano
G	16	fatoumata
G	4	faulding
G	4	faulding inc
G	1	faure
G	1	faustino asprilla
G	16	fay
G	16	faye
G	516	fbi
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
G	4	fed
G	4	federal aviation administration
G	4	federal bureau of investigation
G	4	federal office for motor vehicles
G	4	federal reserve
G	4	federal securities corporation
G	4	federal trade commission and justice department
G	4	federation syndicale unitaire
G	16	federico
G	1	federico colonna
G	512	fedex
G	1	feinstein
G	1	feldhoff
G	16	felecia
G	16	felicia
G	1	felicia ballanger
G	16	felipe
G	1	felipe lira
G	16	felix
G	1	felix mantilla
G	4	fenerbahce
G	16	feng
G	16	fenna
G	16	ferdinand
G	16	ferdinando
G	1	ferdy vierklau
G	1	ferenc horvath
G	4	ferencvaros
G	16	fergus
G	2049	ferguson
G	1	ferhaoui
G	32	ferhatovic
G	16	fernanda
G	1	fernanda ribeiro
G	32	fernandes
G	33	fernandez
G	16	fernando
G	1	fernando couto
G	1	fernando henrique cardoso
G	1	fernando meligeni
G	1	fernando roca
G	32	ferrara
G	36	ferrari
G	8	ferrari f40
G	33	ferreira
G	1	ferrigato
G	4	ferris , baker watts , inc.
G	4	ferro carril oeste
G	64	fes
G	1	feugill
G	4	feyenoord
G	4	feyenoord rotterdam
G	4	ffk
G	8	ffr
G	512	fiat
G	16	fidel
G	4	fidelis andria
G	4096	field marshal
G	16	fien
G	516	fifa
G	128	fiji
G	1	fili houteman
G	16	filip
G	1	filip dewulf
G	1024	filipino
G	1024	filipinos
G	32	filipov
G	33	filipovic
G	1	filippo veglio
G	4	finance
G	4	finance ministry
G	256	financial district
G	4	financial kathimerini
G	4	financial post
G	4	financial security assurance
G	512	financial times
G	8	financial times-stock exchange
G	130	finland
G	8192	finn
G	8	finnish
G	8192	finns
G	16	fiona
G	1	fiona may
G	16	fionn
G	4	fiorentina
G	512	firestone
G	2	firestone c.c
G	1	firmin gatera
G	4	first alliance
G	4	first alliance corporation and subsidiaries
G	8	first battle of the newbury bypass
G	4	first capital corp
G	4	first pacific
G	4	first union
G	4	first union corp
G	4	first union national bank of fla.
G	4	first union national bank of florida
G	4	fis
G	32	fischer
G	1	fischler
G	32	fisher
G	1	fita bayesa
G	32	fitzgerald
G	1	fitzpatrick
G	4	fitzroy
G	8	five nations
G	32	fjeldsted
G	4	fk jablonec
G	4	fk teplice
G	2	fla.
G	4	flamengo
G	4	flamurtari vlore
G	1	flavin
G	512	fleetwood mac
G	32	fleming
G	1	flemming
G	16	fletcher
G	1	fleuchaus
G	1	fleurian
G	8	flight 150
G	4	flnc
G	18	flora
G	2	florence
G	2048	florence nightingale
G	16	florencia
G	1	florencia labat
G	2	florentine guelfs
G	32	flores
G	16	florian
G	1	florian rousseau
G	262	florida
G	4	florida marlins
G	2	florida straits
G	1	flower
G	16	floyd
G	4	fluminense
G	2	flushing meadows
G	1	foe
G	1	fogarty
G	2	foindu
G	4	fokker aviation
G	4	fontaine
G	4	fontaine co ltd
G	32	fontana
G	4	football association of ireland
G	8	football hall of fame
G	4	footscray
G	516	ford
G	4	ford china
G	8	ford escort
G	4	ford motor co
G	4	foreign affairs
G	4096	foreign minister
G	4	foreign ministry
G	4	foreign office
G	4	foreldorado
G	4	forfar
G	2	former yugoslavia
G	8	formula one grand prix
G	4	formula shell
G	16	forrest
G	8	forrest gump
G	4	forsa
G	4	forschungsgruppe wahlen
G	2	fort lauderdale
G	66	fort worth
G	64	fortaleza
G	2	forth road bridge
G	32	fortin
G	4	fortuna duesseldorf
G	4	fortuna sittard
G	64	foshan
G	17	foster
G	4	four nations tv committee
G	32	fournier
G	4	fourth circuit
G	8	fourth world conference on women
G	33	fowler
G	1	fox
G	4	fox broadcasting
G	512	foxcon
G	16	fozia
G	2	fr
G	16	fran
G	130	france
G	4	france telecom
G	8	france-juppe
G	4	france-soir
G	16	frances
G	16	francesca
G	1	francesca lubiani
G	16	francesco
G	1	francesco casagrande
G	1	francesco toldo
G	16	francina
G	16	francine
G	16	francis
G	1	francis agyepong
G	1	francis moreau
G	16	francisca
G	16	francisco
G	1	francisco cea
G	1	francisco clavet
G	16	franciszek
G	1	franco baresi
G	8	franco-prussian
G	16	francois
G	1	francois-rene ( vicomte de ) chateaubriand
G	16	francoise
G	1	frank asselman
G	1	frank bunce
G	1	frank de boer
G	1	frank leboeuf
G	1	frank nobilo
G	1	frank quilter
G	1	frank vandenbroucke
G	1	franka dietzsch
G	66	frankfurt
G	4	frankfurt newsroom
G	16	frankie
G	1	frankie fredericks
G	1	frankie rodriguez
G	16	franklin
G	1	franklin d. roosevelt
G	2	franklin roosevelt
G	16	franklyn
G	1	franny
G	1	franny weld
G	2048	frans
G	2048	franz
G	1	franz fischler
G	1	franz konrad
G	1	franz stocher
G	17	fraser
G	4	fraternite matin
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
G	16	frederick
G	1	frederick chiluba
G	1	fredericks
G	16	frederik
G	1	fredi bobic
G	16	fredrick
G	16	fredrik
G	4	freedom front
G	32	freeman
G	2	freetown
G	6	freiburg
G	16	freja
G	4	fremantle
G	9216	french
G	4	french archaeological society
G	130	french guiana
G	8	french open
G	128	french polynesia
G	2	french riviera
G	8	french-educated
G	8	french-registered
G	1024	frenches
G	8192	frenchman
G	64	fresno
G	16	frida
G	16	frieda
G	32	friedman
G	16	friedrich
G	512	frito lay
G	16	frits
G	16	fritz
G	4	frontier
G	1	frowick
G	4	fsa
G	4	fsu
G	4	ftc
G	8	ftse
G	8	ftse 100
G	8	ftse-100
G	32	fuchs
G	32	fuentes
G	256	fujian
G	32	fujita
G	1	fujiwara
G	64	fukuyama
G	1	fulcheri
G	4	fulham
G	32	fuller
G	4	fulmar
G	1	funar
G	1	fung permadi
G	16	fyodor
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
G	16	gabe
G	16	gabi
G	1	gabi rokmeier
G	16	gabija
G	130	gabon
G	1	gabor sitanyi
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
G	16	gaby
G	4	gaceta de los negocios
G	2	gadoon
G	32	gagne
G	32	gagnon
G	1	gail devers
G	1	gaissmayer
G	1	gajdos
G	4	gak
G	4	gal
G	1	gala leon garcia
G	4	galatasaray
G	16	gale
G	1	gale norton
G	32	galeano
G	16	galen
G	1	galina enioukhina
G	1	galina malchugina
G	33	gallagher
G	32	galli
G	32	gallo
G	1	galo blanco
G	64	galway
G	32	gamage
G	16	gamalat
G	128	gambia
G	1024	gambian
G	1024	gambians
G	8	games
G	16	gamila
G	4	gan
G	32	gandhi
G	64	gandhinagar
G	256	ganges
G	64	gangtok
G	1	ganguly
G	256	gansu
G	32	gao
G	1	garang
G	32	garcia
G	32	gardner
G	16	gareth
G	1	gareth farrelly
G	2	garhi habibullah
G	16	garland
G	16	garnet
G	1	garret anderson
G	16	garrett
G	1	garrett lambert
G	8	garrington 4-8
G	1	garrity
G	16	garry
G	1	garry weiss
G	1	garry west
G	16	garth
G	4	gartner group
G	16	gary
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
G	32	gashi
G	2048	gaston
G	1	gaston taument
G	1	gatera
G	4	gateway data sciences
G	1	gatting
G	2	gatwick
G	32	gauthier
G	16	gavin
G	1	gavin featherstone
G	1	gavin levenson
G	256	gay village
G	16	gayle
G	66	gaza
G	2	gaza strip
G	8	gaza-based
G	4	gazeta shqiptare
G	4	gazeta wyborcza
G	4	gazprom
G	1	gcaleka
G	66	gdansk
G	4	geelong
G	1	geert de clercq
G	16	gemma
G	4096	gen
G	16	gena
G	4	gencor
G	4	gencor ltd
G	4096	general
G	512	general electric
G	516	general motors
G	16	genesis
G	66	geneva
G	16	genevieve
G	4	genk
G	16	genna
G	1	gennadi markov
G	1	gennadi skidan
G	70	genoa
G	4	gente
G	4	gentext optics inc
G	16	geoff
G	1	geoff marsh
G	16	geoffrey
G	1	geoffrey fieger
G	16	georg
G	16	george
G	1	george bush
G	1	george duffield
G	1	george garang
G	1	george georgiopoulos
G	1	george grech
G	1	george hincapie
G	1	george joulwan
G	1	george weah
G	16	georges
G	1	georges simenon
G	1	georges zicot
G	16	georgette
G	16	georgi
G	258	georgia
G	1024	georgian
G	1024	georgians
G	16	georgie
G	32	georgiev
G	32	georgieva
G	16	georgina
G	16	georgios
G	1	georgios chimonetos
G	16	georgy
G	1	georgy mamedov
G	1	gephardt
G	16	gerald
G	1	gerald machnee
G	16	geraldina
G	16	geraldine
G	17	gerard
G	1	gerard kiely
G	1	gerard pignon
G	16	gerardo
G	1	gerd ruch
G	16	gerhard
G	1	gerhard berger
G	16	geri
G	16	germaine
G	9216	german
G	8	german open
G	8	german-led
G	9216	germans
G	130	germany
G	1	geronimo
G	16	gerrit
G	16	gerry
G	16	gert
G	1	gert jan van doorn
G	16	gertrud
G	16	gertrude
G	128	ghana
G	1024	ghanaian
G	1024	ghanaians
G	68	ghent
G	32	gheorghe
G	1	gheorghe funar
G	8	ghibellines
G	512	ghq
G	16	gia
G	16	giacomo
G	1	gianfranco stevanin
G	1	gianluca corini
G	1	gianluca pozzi
G	1	gianluca vialli
G	16	gianna
G	1	gianni bugno
G	1	gianni versace
G	2048	giannis
G	4	giants
G	1	gibbs
G	128	gibraltar
G	32	gibson
G	1	gideon chirchir
G	4	gift of love
G	4	giga information group
G	16	gigi
G	1	gigi fernandez
G	32	gil
G	4	gil vicente
G	16	gilbert
G	1	gilbert agius
G	1	gilbert facchinetti
G	1	gilbert gress
G	1	gilbert le gras
G	1	gilbert schaller
G	16	gilberto
G	1	gilbertson
G	16	gilda
G	1	gildea
G	16	giles
G	1	giles bonnet
G	16	gilles
G	16	gillian
G	1	gillian russell
G	4	gillingham
G	32	gimenez
G	4	gimnasia-jujuy
G	4	gimnasia-la plata
G	16	gina
G	1	gina tillman
G	4	ginebra san miguel
G	1	gingrich
G	4	gingrich / dole congress
G	4	gingrich congress
G	16	gino
G	32	giordano
G	16	giorgi
G	16	giorgio
G	16	giorgis
G	16	giovanna
G	17	giovanni
G	1	giovanni lavaggi
G	1	giovanni lombardi
G	1	giovanni van bronckhorst
G	8	giro d'italia
G	16	gisela
G	16	gisele
G	16	giselle
G	2	gisenyi
G	16	gita
G	512	github
G	1	giuly
G	1	giunluca gorini
G	16	giuseppe
G	1	giuseppe citterio
G	64	giza
G	1	gjon buzuku
G	32	gjonaj
G	32	gjoni
G	4	gks belchatow
G	4	gks katowice
G	16	gladys
G	1	glafcos xenos
G	4	glamorgan
G	66	glasgow
G	4	glasgow rangers
G	512	glaxo smith kline
G	16	glen
G	1	glen hoddle
G	1	glen osborne
G	16	glena
G	1	glenallen hill
G	512	glencore
G	16	glenda
G	16	glenn
G	1	glenn hoddle
G	1	glenn mcgrath
G	1	glenn taylor
G	16	glenna
G	4	glentoran
G	2	glenview
G	2	glenwood
G	1	glickman
G	4	globo
G	16	gloria
G	4	gloria bistrita
G	1	gloria pizzichini
G	260	gloucestershire
G	1	glyn davies
G	16	glynis
G	512	gmb
G	8	gmt
G	256	goa
G	1	god
G	256	godavari
G	1	godee
G	16	godfrey
G	4	goias
G	2	golan
G	2	golan heights
G	68	gold coast
G	16	golda
G	32	goldberg
G	4	golden crescent
G	8	golden four
G	512	golden state warriors
G	16	goldie
G	1	goldman
G	4	goldman , sachs & co
G	4	goldman , sachs and co .
G	516	goldman sachs
G	4	goldman sachs & co
G	4	goldman sachs & co wertpapier gmbh
G	33	goldstein
G	2	golf
G	32	golubev
G	2	goma
G	32	gomes
G	32	gomez
G	32	goncalves
G	1	goncharova
G	1	gong zhichao
G	32	gonzales
G	32	gonzalez
G	16	gonzalo
G	1	gooch
G	32	goode
G	32	goodman
G	2048	goodwin
G	512	goodyear
G	512	google
G	16	googoosh
G	1	goosen
G	8	gop
G	1	gopal sharma
G	16	goran
G	1	goran ivanisevic
G	1	goran koprinovic
G	32	gorbachev
G	16	gord
G	1	gordana kukic
G	16	gordon
G	1	gordon parsons
G	1	gordon smith
G	1	gore
G	2	gorgona
G	2	gorleben
G	4	gornik zabrze
G	1	gorre
G	1	goschen
G	66	gothenburg
G	16	gottfried
G	2048	gotye
G	2	gouda
G	1	gough
G	1	goulnara fatkoullina
G	1	gounon
G	4096	gov
G	4	government housing bank
G	4	government of national unity and reconciliation
G	4096	governor
G	4	gpg
G	4	graafschap
G	4	graafschap doetinchem
G	1	grabowksi
G	1	grabowski
G	16	grace
G	1	grace kelly
G	16	gracie
G	16	graciela
G	16	grady
G	1	graef
G	1	graeme hick
G	1	graeme obree
G	1	graf
G	8	graf-like
G	16	graham
G	1	graham gooch
G	1	graham lloyd
G	1	graham sharman
G	1	graham thorpe
G	1	graham watts
G	1	gramoz ruci
G	8	grand prix
G	8	grand slam
G	8	grand slams
G	2	grande prairie
G	8	grandstand
G	1	granic
G	16	grant
G	1	grant flower
G	1	grant stafford
G	4	grasshopper
G	4	grasshoppers
G	1	gravelaine
G	256	gravenhurst
G	32	grayling
G	64	graz
G	256	great britain
G	2	great hall of the people
G	256	great lakes
G	130	greece
G	9216	greek
G	1024	greeks
G	1	green
G	256	green acres
G	512	green bay packers
G	512	green day
G	256	green valley
G	32	greene
G	256	greenfield
G	128	greenland
G	4	greenock
G	4	greenock morton
G	4	greens
G	4	greenville
G	256	greenwich
G	1	greer
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
G	4	gremio
G	128	grenada
G	1	gress
G	16	greta
G	16	gretchen
G	32	grgic
G	32	griffith
G	32	griffiths
G	260	grimsby
G	6	griqualand west
G	16	griselda
G	1	grobbelaar
G	4	groningen
G	16	grover
G	2	grozny
G	32	gruber
G	1	grzegorz krejner
G	8	gt2
G	8	gt2 konrad porsche 911
G	8	gt2 roock porsche 911
G	4	gte corp
G	4	gte corp.
G	8	gtr
G	68	guadalajara
G	64	guadalupe
G	128	guadeloupe
G	1	gualtiero fulcheri
G	128	guam
G	256	guanajuato
G	256	guangdong
G	64	guangzhou
G	2	guantanamo bay
G	2	guantanamo naval base
G	4	guarani
G	128	guatemala
G	1024	guatemalan
G	1024	guatemalans
G	64	guayaquil
G	512	gucci
G	256	guelph
G	1	guenter bertram
G	130	guernsey
G	32	guerra
G	34	guerrero
G	16	guido
G	16	guilherme
G	16	guillaume
G	1	guillaume raoux
G	16	guillermo
G	4	guimaraes
G	130	guinea
G	128	guinea bissau
G	8	guinean
G	4	guingamp
G	4	guinness peat
G	4	guinness peat group plc
G	1	guivarc'h
G	1	guivarch
G	256	guizhou
G	2	gujar khan
G	258	gujarat
G	1	gujral
G	64	gujrat
G	1	gulbuddin hekmatyar
G	1	guldimann
G	2	gulf
G	8	gulf mclaren f !
G	8	gulf mclaren fi gtr
G	8	gulf war
G	16	gunay
G	16	gunel
G	16	gunnar
G	32	gunnarsson
G	512	guns n roses
G	16	gunter
G	16	gunther
G	32	guo
G	1	gupta
G	16	gus
G	16	gustaf
G	32	gustafsson
G	16	gustav
G	16	gustave
G	16	gustavo
G	32	gutierrez
G	1	guus hiddink
G	1	guy forget
G	1	guy whittall
G	1	guy whittingham
G	128	guyana
G	33	guzman
G	16	gwen
G	1	gwen torrence
G	16	gwendolyn
G	32	gwon
G	16	gwyneth
G	1	gyaicain
G	1	gyaicain norbu
G	4	gyor
G	16	gyorgy
G	512	h & m
G	4	h&r block inc
G	1	h. morris
G	1	h. streak
G	1	h. wada
G	1	h.d. deve gowda
G	2	h.k.
G	4	haaretz
G	2	haarlem
G	1	haas
G	16	habib
G	16	habiba
G	1	habsudova
G	32	hadzic
G	1	haessler
G	1	hafez al-
G	1	haga
G	32	hagen
G	1	hagner
G	64	haifa
G	1	haile gebreselassie
G	2048	haile selassie
G	16	hailey
G	4	haitai
G	130	haiti
G	1024	haitian
G	1024	haitians
G	4	hajduk
G	2	hakkari
G	16	hal
G	1	hal morris
G	1	hal sutton
G	16	hala
G	4	haladas
G	16	haley
G	256	haliburton
G	68	halifax
G	16	halim
G	1	hall
G	2	halle
G	2048	halle berry
G	512	halliburton
G	16	hallie
G	2	halo trust
G	32	halvorsen
G	32	hamalainen
G	4	hamas
G	4	hambrecht & quist
G	70	hamburg
G	2048	hamid
G	1	hamid ibrahimi
G	2055	hamilton
G	8	hamlet cup
G	4	hammerson
G	1	hamming
G	2048	hammond
G	262	hampshire
G	256	hampstead
G	256	hampton
G	16	hamza
G	16	hana
G	1	hana benesova
G	16	hanah
G	4	handgun control inc.
G	1	handrik dreekmann
G	2	haneda
G	8	hang seng
G	64	hangzhou
G	1	hanifah komala
G	16	hank
G	2	hanmer
G	16	hanna
G	1	hanna haugland
G	16	hannah
G	1	hannes strydom
G	66	hannover
G	64	hanoi
G	2	hanover
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
G	4	hanwha
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
G	32	haque
G	1	harald spoerl
G	2	harare
G	64	harbin
G	33	harding
G	4	harelbeke
G	256	harford
G	1	hari maya poudels
G	16	hariet
G	16	hariette
G	1	hariri
G	16	harlan
G	256	harlem
G	16	harley
G	2	harleysville
G	4	harleysville group
G	16	harmony
G	16	harold
G	32	harper
G	4	harper-collins
G	16	harri
G	16	harriet
G	16	harriett
G	16	harriette
G	32	harris
G	2048	harrison
G	1	harrison dillard
G	2048	harrison ford
G	8	harrods
G	256	harrow
G	16	harry
G	32	hart
G	4	hartlepool
G	1	haruchika
G	16	haruhito
G	16	haruki
G	16	haruta
G	16	haruto
G	17	harvey
G	1	harwood
G	256	haryana
G	16	hasan
G	1	hasan muratovic
G	32	hasani
G	32	hasanov
G	32	hasanovic
G	512	hasbro
G	1	hasely crawford
G	1	hashan
G	1	hashan tillekeratne
G	33	hashimoto
G	1	hasina
G	16	hasnaa
G	16	hassan
G	1	hassan al-turabi
G	1	hassan hafidh
G	1	hassan rastegar
G	4	hassania agadir
G	16	hasti
G	256	hastings
G	16	hatice
G	1	hatoyama
G	16	hattie
G	32	haugen
G	32	haung
G	66	havana
G	1	havel
G	4	havnar boltfelag
G	2	havre
G	16	hawa
G	258	hawaii
G	32	hawkins
G	4	hawthorn
G	32	hayashi
G	16	hayato
G	16	hayden
G	32	hayes
G	16	hayley
G	4	hcfa
G	2048	he man
G	1	head
G	2	headingley
G	1	headley
G	4	health care financing administration
G	4	health insurance of vermont
G	1	healy
G	4	hearts
G	16	heath
G	1	heath streak
G	16	heather
G	2	heathrow
G	4	hebrew university
G	2	hebron
G	16	hector
G	1	hector campora
G	2048	hedwig
G	6	heerenveen
G	64	hefei
G	16	heidi
G	2	heidrun
G	1	heike drechsler
G	1	heiki kranich
G	32	heikkila
G	32	heikkinen
G	1	heiko szonn
G	32	heinonen
G	17	heinrich
G	1	heinz-harald frentzen
G	1	heinz-peter thul
G	16	heitor
G	1	hekmatyar
G	1	helder
G	1	helder cristovao
G	16	helen
G	16	helena
G	1	helena sukova
G	16	helene
G	16	helga
G	8	helibor
G	1	helmer
G	16	helmi
G	1	helmut kohl
G	66	helsinki
G	4	helsinki newsroom
G	4	hemina
G	32	hemingway
G	32	henderson
G	16	hendrik
G	1	hendrik dreekman
G	1	hendrix
G	1	heng suan lim
G	2	hengelo
G	1	henke larsson
G	1	hennady udovenko
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
G	1	henry tricks
G	16	henryk
G	1	hentgen
G	64	heraklion
G	16	herbert
G	1	herbert demel
G	260	hereford
G	16	herman
G	1	herman gumy
G	1	herman wijffels
G	16	hermann
G	1	hermawan susanto
G	16	hermine
G	1	hernan gumy
G	32	hernandez
G	32	herrera
G	1	herschelle
G	1	herschelle gibbs
G	1	herschelle gibs
G	1	hershiser
G	256	hertford
G	256	hertfordshire
G	1	herve de charette
G	1	herve thuet
G	36	hess
G	16	hessa
G	16	hester
G	1	hever golf rose
G	512	hewlett packard
G	2	heysel
G	256	heywood
G	4	hezb-i-islami
G	4	hibernian
G	1	hicham arazi
G	1	hicham el guerrouj
G	1	hick
G	256	hidalgo
G	1	hiddink
G	1	hidemichi tanaka
G	1	hidemichi tanaki
G	1	hideo nomo
G	32	higgins
G	2	high plains
G	256	highbury
G	258	highland
G	256	highlands
G	16	hilary
G	1	hilary gush
G	16	hilda
G	2048	hilde
G	16	hildegard
G	1	hill
G	16	hillary
G	1	hillary rodham clinton
G	256	hillcrest
G	256	himachal pradesh
G	8	himalayan
G	16	himari
G	4	hina
G	16	hinata
G	1	hinchcliffe
G	1024	hindi
G	1024	hindis
G	8192	hindu
G	1	hingis
G	1	hintsa
G	1	hirsch
G	512	hitachi
G	32	hitchcock
G	2049	hitler
G	8	hitleresque
G	8	hiv
G	8	hiv-pensioner
G	516	hizbollah
G	32	hjaltalin
G	2	hk
G	8	hk$
G	4	hmg
G	64	ho chi minh
G	32	hoang
G	16	hoda
G	1	hoddle
G	32	hodzic
G	4	hoechst marion roussel inc
G	4	hoek loos
G	4	hoek loos nv
G	32	hofer
G	32	hoffman
G	32	hoffmann
G	32	hofmann
G	1	hogg
G	32	hojgaard
G	32	hok
G	4	holdings
G	16	hollie
G	2	hollywood
G	32	holmes
G	32	holt
G	2	holzgerlingen
G	512	home depot
G	16	homer
G	64	homs
G	4096	hon
G	4	honam
G	516	honda
G	9216	honduran
G	1024	hondurans
G	130	honduras
G	8	hong
G	1	hong bui
G	130	hong kong
G	4	hong kong central moneymarkets unit
G	4	hong kong economic times
G	4	hong kong interbank
G	4	hong kong news room
G	4	hong kong newsroom
G	8	hong kong open
G	8	hong open
G	64	honolulu
G	1	hoogma
G	1	hope
G	32	hopkins
G	16	horace
G	16	horacio
G	32	horak
G	32	horakova
G	16	horatio
G	1	horst siegl
G	16	hortense
G	32	horvat
G	16	hosna
G	1	hosni mubarak
G	16	hosniya
G	2	hospital no 31
G	16	hossein
G	4	house
G	4	house of commons
G	4	house of representatives
G	4	housecall
G	4	housecall medical resources inc
G	2054	houston
G	516	houston astros
G	512	houston dynamo
G	512	houston rockets
G	512	houston texans
G	1	houteman
G	256	hovd
G	2	hove
G	256	hovenweep
G	17	howard
G	1	howard johnson
G	1	howard wilkinson
G	32	howe
G	16	howie
G	32	hoxha
G	1	hristo stoichkov
G	32	hristov
G	32	hristova
G	1	hryhory borsuk
G	512	hsbc
G	4	hsbc markets
G	32	hu
G	1	hu zhilan
G	32	huaman
G	32	huang
G	2	hub
G	33	huber
G	16	hubert
G	1	hubert grossard
G	4	huddersfield
G	16	hugh
G	32	hughes
G	16	hugo
G	2048	hulk hogan
G	4	hull
G	4	human gene therapy
G	4	human rights national observatory
G	1	humayun rasheed choudhury
G	16	humberto
G	1	humberto hueite zyrecha
G	2048	humphrey
G	2048	humphrey bogart
G	256	hunan
G	9216	hungarian
G	1024	hungarians
G	130	hungary
G	2	hunter
G	256	huntingdon
G	2	huntington
G	4	huracan
G	4	huracan-corrientes
G	1	hurte sierd zylstra
G	4	husaberg
G	2048	husain
G	1	husein micijevic
G	16	huseyin
G	16	huseyn
G	4	husqvarna
G	16	hussa
G	17	hussain
G	17	hussein
G	1	hussein khalaf
G	4	hutnik krakow
G	8192	hutu
G	8192	hutus
G	1	huw jones
G	32	huynh
G	1	hwa kay
G	4	hwa kay thai holdings ltd
G	1	hwang
G	16	hyacinth
G	16	hydar
G	66	hyderabad
G	516	hyundai
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
G	64	ibadan
G	16	ibai
G	4	ibca
G	4	iberia
G	8	ibis
G	512	ibm
G	17	ibrahim
G	32	ibrahimovic
G	4	icac
G	130	iceland
G	1024	icelandic
G	1024	icelandics
G	16	ichika
G	16	ida
G	256	idaho
G	1	idalecio
G	1	idriss deby
G	1	ieng mouly
G	1	ieng sary
G	4	ifk gothenburg
G	4	ifor
G	32	iglesias
G	16	ignacio
G	1	ignacio olascoaga mugica
G	16	igor
G	4	ihc
G	4	ihc caland
G	4	ihlas
G	512	ihop
G	4	iii.ker.tve
G	1	ijaya indra
G	1	ijaz
G	1	ijaz ahmed
G	16	ike
G	512	ikea
G	32	ikeda
G	16	iker
G	1	ikimi
G	2	il
G	16	ila
G	1	ileana bell
G	16	ilene
G	256	ilford
G	1	ilian simeonov
G	16	iliana
G	2048	ilias
G	1	ilie lazar
G	1	iliescu
G	32	iliev
G	32	ilieva
G	16	ilija
G	16	ilina
G	1	ilke wyludda
G	1	ilkka laasonen
G	2	ill
G	8	ill.-based
G	4	illawarra
G	258	illinois
G	16	ilona
G	1	ilott
G	16	ilse
G	4	iltalehti
G	16	ilya
G	8	ilyushin 76
G	16	imane
G	4	imed
G	4	imed corp.
G	16	imelda
G	4	imerisia
G	8	imf-hosted
G	8	imf-sponsored
G	8	imkb-100
G	4	immigration service
G	4	immuno international ag
G	16	imogena
G	16	imogene
G	2	imola
G	4	impala
G	4	impala platinum holdings ltd
G	64	imphal
G	4	imphold
G	4	implats
G	1	imran khan
G	4	in home health
G	4	in home health inc
G	2	in-nazzjon
G	4	ina
G	4	inc
G	64	incheon
G	2	inchon
G	8	independence day
G	4	independent commission against corruption
G	4	independiente
G	1	inderjit gupta
G	130	india
G	9216	indian
G	4	indian fisheries department
G	258	indian ocean
G	4	indian oil corp
G	8	indian ringneck parrots
G	8	indian-ruled
G	258	indiana
G	512	indiana pacers
G	66	indianapolis
G	512	indianapolis colts
G	9220	indians
G	16	indira
G	4	individual
G	256	indochina
G	130	indonesia
G	9216	indonesian
G	4	indonesian democratic party
G	1024	indonesians
G	8	indonesias
G	66	indore
G	1	indra wijaya
G	2	indre
G	4	indusind bank
G	8	industrial production index
G	16	ines
G	1	ines gorrochategui
G	2048	inez
G	1	inez turner
G	4	information ministry
G	516	ing
G	4	ing barings
G	4	ing group
G	1	inga babakova
G	1	inger miller
G	256	inglewood
G	2	ingolstadt
G	16	ingrid
G	1	ingrid haringa
G	256	ingushetia
G	4	ingwe
G	4	ingwe coal corporation ltd
G	2	inia
G	16	inji
G	1	innocent butare
G	32	inoue
G	1	inspector maigret
G	4	institute for human gene therapy
G	512	intel
G	4	inter
G	4	inter bratislava
G	4	inter milan
G	2	inter-entity boundary line
G	4	interacciones
G	4	interbank
G	4	interfax
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
G	262	inverness
G	1	inzamam-ul-haq
G	4	ioc
G	1	ion iliescu
G	16	iona
G	32	ionescu
G	16	ionut
G	258	iowa
G	4	ipe
G	4	ipo
G	4	ipsos
G	260	ipswich
G	16	ira
G	130	iran
G	1	irani
G	9216	iranian
G	8	iranian kurdish
G	2	iranian kurdistan
G	1024	iranians
G	130	iraq
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
G	16	irati
G	130	ireland
G	16	irena
G	16	irene
G	1	irene marushko
G	16	irina
G	1	irina privalova
G	1	irina spirlea
G	1	irina yatchenko
G	8	irish
G	4	irish department of enterprise and employment
G	4	irish independent
G	4	irish navy
G	4	irish permanent
G	4	irish times
G	1024	irishman
G	1024	irishmans
G	64	irkutsk
G	16	irma
G	4	irna
G	8	iron gippsland
G	2048	iron man
G	16	irvin
G	2	irvine
G	16	irving
G	16	irwin
G	16	isaac
G	1	isaac galvez-lopez
G	1	isaac viciosa
G	16	isabel
G	16	isabela
G	16	isabele
G	16	isabell
G	16	isabella
G	16	isabelle
G	16	isadora
G	16	isaiah
G	16	isaias
G	4	isbank
G	1	ischinger
G	4	iscor
G	1	isel lopez
G	64	isfahan
G	16	ishaan
G	32	ishikawa
G	1	ishwari boopathy
G	16	isiah
G	16	isidora
G	16	isla
G	8	islam
G	66	islamabad
G	8	islamic
G	2	islamic museum
G	2	islamic republic of iran
G	4	islamic revolutionary court
G	4	islamic salvation front
G	8	islamic taleban
G	8192	islamist
G	8192	islamists
G	2	island beach state park
G	16	islande
G	128	isle of man
G	64	islington
G	16	ismael
G	16	ismail
G	1	ismail boulahya
G	1	ismail nacar
G	8	iso 9002
G	16	isobel
G	130	israel
G	4	israel radio
G	8	israel-plo
G	9216	israeli
G	8	israeli arabs
G	8	israeli-plo
G	8	israeli-syrian
G	9216	israelis
G	4	iss
G	4	iss inc
G	1	issa alloush
G	16	issac
G	66	istanbul
G	4	istanbul newsroom
G	16	itai
G	9216	italian
G	8	italian cup
G	8	italian supercup
G	9216	italians
G	1	italo pineda
G	130	italy
G	1	itamar rabinovich
G	2	itami
G	64	itanagar
G	4	itar-tass
G	32	ito
G	16	itsuki
G	512	itv
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
G	32	ivanou
G	32	ivanov
G	32	ivanova
G	4	ivernia
G	9216	ivorian
G	1024	ivorians
G	130	ivory coast
G	1	iwan cesar gabrich
G	16	iwona
G	16	izaro
G	64	izmir
G	64	iztapalapa
G	1	j immi madsen
G	1	j. bovill
G	1	j. crawley
G	1	j. pooley
G	1	j. russell
G	1	j. srinath
G	4	j.j. kenny
G	1	j.s. bach
G	1	jaap stam
G	1	jacek berensztain
G	1	jacek dembinski
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
G	33	jackson
G	2	jacksonville
G	512	jacksonville jaguars
G	16	jacky
G	1	jacky martens
G	16	jaclyn
G	16	jacob
G	1	jacob brumfield
G	1	jacob hlasek
G	32	jacobs
G	2	jacobs field
G	32	jacobsen
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
G	16	jada
G	1	jadeja
G	16	jaden
G	2	jaffna
G	1	jaha
G	16	jaime
G	1	jaime oncins
G	64	jaipur
G	16	jaka
G	66	jakarta
G	4	jakarta post
G	16	jake
G	16	jakob
G	1	jakob hlasek
G	32	jakobsson
G	16	jakov
G	16	jakub
G	1	jalal talabani
G	2	jalalabad
G	256	jalisco
G	4	jamaat-i-islami
G	130	jamaica
G	9216	jamaican
G	1024	jamaicans
G	16	jamal
G	17	james
G	1	james baker
G	1	james baldwin
G	1	james brady
G	1	james debbah
G	1	james harvey
G	1	james lee williams
G	1	james poland
G	1	james scott brady jr
G	1	james weaver
G	16	jameson
G	16	jami
G	17	jamie
G	1	jamie baulch
G	1	jamie moyer
G	1	jamir cvetko
G	16	jamison
G	16	jammie
G	2	jammu
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
G	16	jane
G	1	jane chi
G	1	jane quigley
G	16	janele
G	16	janelle
G	16	janessa
G	16	janet
G	1	janet reno
G	16	janette
G	1	janette husarova
G	1	janez drnovsek
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
G	2	jaora
G	130	japan
G	4	japan aluminium federation
G	4	japan credit rating agency
G	9216	japanese
G	4	japanese food agency
G	1024	japaneses
G	256	japantown
G	1	japie mulder
G	16	jaqueline
G	16	jared
G	1	jared palmer
G	1	jari litmanen
G	1	jarmo kytolehto
G	16	jarod
G	16	jaroslav
G	16	jarrett
G	16	jarrod
G	32	jarvinen
G	16	jarvis
G	4	jas bardejov
G	16	jasmin
G	16	jasmina
G	16	jason
G	1	jason dickson
G	1	jason mcateer
G	1	jason rouser
G	1	jason stoltenberg
G	1	jason weaver
G	1	jason webb
G	1	jason wong
G	16	jasper
G	8	java
G	1	javagal srinath
G	4	javasoft
G	4	javedan cement
G	16	javier
G	1	javier frana
G	1	javier gomez de liano
G	1	javier sanchez
G	16	javiera
G	2048	jawaharlal nehru
G	1	jay buhner
G	2048	jay z
G	1	jayasuriya
G	16	jayden
G	16	jayne
G	16	jayson
G	16	jazmin
G	16	jazmine
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
G	16	jed
G	66	jeddah
G	16	jeff
G	1	jeff bagwell
G	1	jeff hawksworth
G	1	jeff kenna
G	1	jeff tarango
G	1	jeff williams
G	1	jeff wilson
G	2048	jefferson
G	16	jeffery
G	17	jeffrey
G	16	jeffry
G	16	jelena
G	16	jen
G	16	jena
G	16	jenelle
G	16	jenifer
G	32	jenkins
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
G	1	jens todt
G	1	jens veggerby
G	32	jensen
G	16	jerald
G	16	jeremiah
G	16	jeremy
G	1	jeremy guscott
G	1	jeremy lovell
G	16	jeri
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
G	66	jerusalem
G	4	jerusalem post
G	1	jerzy l.
G	16	jesica
G	16	jess
G	16	jesse
G	1	jesse owens
G	16	jessica
G	16	jessie
G	17	jesus
G	1	jesus tavarez
G	1	jetsi hendrika coers
G	1	jetty kors
G	4	jeunesse massira
G	8	jewel of india
G	1	jewell
G	8192	jewish
G	8192	jews
G	2048	jfk
G	32	jhang
G	256	jharkhand
G	16	jian
G	1	jiang
G	1	jiang zemin
G	4	jiangling motors corp
G	4	jiangling motors group
G	2	jiangsu
G	258	jiangxi
G	16	jie
G	512	jiffy lube
G	16	jil
G	16	jilian
G	64	jilin
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
G	32	jimenez
G	16	jimi
G	1	jimi hendrix
G	16	jimmie
G	17	jimmy
G	1	jimmy key
G	1	jimmy thomson
G	1	jimy szymanski
G	64	jinan
G	16	jing
G	1	jiri dopita
G	1	jiri novak
G	4	jiul petrosani
G	2048	jk rowling
G	16	jo
G	1	joakim haeggman
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
G	16	jocelyn
G	4	jockey club
G	16	jodi
G	16	jodie
G	1	jodie foster
G	16	jody
G	1	jody reed
G	16	joe
G	1	joe carter
G	16	joel
G	1	joel smets
G	1	joel stranksy
G	1	joel stransky
G	16	joelle
G	32	joensen
G	16	joesph
G	16	joey
G	1	joey hamilton
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
G	66	johannesburg
G	32	johannesen
G	32	johannessen
G	32	johansen
G	33	johansson
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
G	1	john kerry
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
G	2	johns hopkins hospital
G	32	johnsen
G	33	johnson
G	512	johnson & johnson
G	4	johnson co
G	2	johnson cty
G	32	johnston
G	16	jokubas
G	16	joleen
G	16	jolena
G	16	jolene
G	1	jolene watanabe
G	4	jomhuri eslami
G	4	jomo
G	16	jon
G	1	jon dahl tomasson
G	1	jon drummond
G	1	jon preston
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
G	33	jones
G	1	jongsma
G	16	joni
G	1	jonk
G	16	jonny
G	32	jonsson
G	1	jonty rhodes
G	1	jonzon
G	1	joost van der westhuizen
G	2055	jordan
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
G	4	jornal de angola
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
G	32	joung
G	4	journal
G	4	journal of the royal college of physicians
G	16	jovana
G	32	jovanovic
G	512	joy division
G	16	joya
G	16	joyce
G	1	joyce liu
G	16	jozef
G	2	jp
G	512	jpmorgan
G	512	jpmorgan chase
G	4096	jr
G	2048	jrr tolkien
G	512	jsa
G	16	juan
G	1	juan carlos
G	1	juan carlos lago
G	1	juan carlos pinero
G	1	juan castro
G	1	juan curuchet
G	1	juan domingo peron
G	1	juan eduardo esnaider
G	1	juan esnaider
G	1	juan guillermo londono
G	1	juan guzman
G	1	juan llaneras
G	1	juan lopez
G	2	juan santamaria
G	1	juan somavia
G	16	juana
G	16	juanita
G	16	jude
G	16	judeline
G	4096	judge
G	4	judicial police
G	16	judith
G	1	judith arndt
G	1	judith crosson
G	1	judith curren
G	1	judith wiesner
G	16	judy
G	1	juergen klinsmann
G	1	juergen kohler
G	1	juergen schult
G	1	juha kankkunen
G	1	juha ylonen
G	16	julen
G	1	julen lopetegui
G	16	jules
G	16	julia
G	1	julia carling
G	1	julia ferguson
G	1	julia vaquero
G	16	julian
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
G	1	jumbish
G	4	jumbish-i-milli
G	2	jumet
G	4	jumhouriya
G	32	jung
G	4	jungle command
G	1	juppe
G	32	juric
G	4	justice
G	1	justice k.t. thomas
G	16	justin
G	1	justin leonard
G	1	justin marshall
G	1	justin thompson
G	16	justina
G	16	justine
G	4	juventude
G	4	juventus
G	1	jyrki lumme
G	2	jyvasklya
G	2	jyvaskyla
G	1	k. barnett
G	1	k. brown
G	1	k. curran
G	1	k. spiring
G	4	ka wah bank
G	1	kaba
G	256	kabardino
G	1	kabariti
G	16	kabita
G	4	kablo kladno
G	66	kabul
G	4	kabul radio
G	2	kabul-salang
G	16	kacey
G	16	kacper
G	1	kader ferhaoui
G	8	kadian
G	16	kadiatou
G	64	kaduna
G	16	kaede
G	1	kafelnikov
G	1	kahalani
G	32	kahn
G	16	kai
G	16	kaia
G	16	kaitlin
G	16	kaitlyn
G	16	kajus
G	8	kalashnikov
G	8	kalashnikovs
G	16	kaleigh
G	4	kalf , voorhis & co
G	16	kali
G	64	kallakurichi
G	16	kalle
G	16	kallie
G	1	kallis
G	32	kalloe
G	256	kalmykia
G	1	kaluwitharana
G	16	kamal
G	16	kamala
G	4	kamaz naberezhnye chelny
G	1	kamiel maase
G	16	kamil
G	16	kamila
G	16	kamile
G	32	kaminski
G	64	kampala
G	1	kamuzu banda
G	3	kan
G	16	kanata
G	66	kandahar
G	64	kandy
G	32	kane
G	2	kanie karzhala
G	1	kankkunen
G	1	kankunnen
G	64	kano
G	64	kanpur
G	256	kans
G	258	kansas
G	6	kansas city
G	512	kansas city chiefs
G	516	kansas city royals
G	16	kanyakumari
G	2048	kanye west
G	64	kaohsiung
G	2	kaolack
G	1	kapil dev
G	32	kaplan
G	33	kapoor
G	16	kara
G	4	karabach agdam
G	256	karachay
G	66	karachi
G	4	karachi stock exchange
G	64	karaj
G	2	karak
G	4	kareda siauliai
G	256	karelia
G	1	karem haj yihye
G	24	karen
G	4	karen national union
G	1	karen pierog
G	16	kari
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
G	32	karjalainen
G	16	karl
G	1	karl inderfurth
G	1	karl marx
G	16	karla
G	32	karlsen
G	4	karlsruhe
G	32	karlsson
G	16	karly
G	256	karnataka
G	1	karol kucera
G	16	karolina
G	4	karpaty
G	4	karpaty lviv
G	1	karsten baeron
G	1	karsten richardt
G	16	karyn
G	16	kasey
G	2	kashmir
G	16	kaspar
G	1	kaspars ozers
G	2	kassala
G	16	kassandra
G	16	kassie
G	32	kastrati
G	16	kat
G	16	katarina
G	1	katarina studenikova
G	16	kate
G	1	kate michelman
G	16	katelyn
G	16	katelynn
G	16	katerina
G	16	katharina
G	16	katharine
G	16	kathem
G	16	katherina
G	16	katherine
G	16	kathie
G	16	kathleen
G	2	kathmandu
G	4	kathmandu post
G	1	kathrin freitag
G	16	kathrine
G	16	kathryn
G	16	kathy
G	1	kathy etchingham
G	1	kathy rinaldi stunkel
G	16	kati
G	16	katia
G	16	katie
G	16	katlyn
G	32	kato
G	16	katrina
G	512	katv
G	16	katy
G	4	kaucuk opava
G	64	kaunas
G	32	kaur
G	16	kauri
G	16	kavita
G	64	kawaguchi
G	4	kawasaki
G	16	kay
G	32	kaya
G	16	kaye
G	16	kayla
G	16	kaylee
G	16	kayleigh
G	32	kayser
G	1024	kazakh
G	1024	kazakhs
G	130	kazakhstan
G	256	kazan kremlin
G	1	kazimierz socha
G	32	kazlov
G	4	kdp
G	4	kdpi
G	5	keane
G	4	keane inc
G	2048	keats
G	256	kedah
G	16	keeley
G	128	keeling islands
G	16	keely
G	16	keenan
G	1	keiichi kitigawa
G	1	keiji kojima
G	16	keir
G	16	keira
G	2	keirin
G	1	keiron henderson
G	16	keisha
G	16	keith
G	1	keith fletcher
G	1	keith o'neill
G	16	kejsi
G	4	kekkila
G	4	kekkila oy
G	256	kelantan
G	16	keley
G	16	keli
G	33	keller
G	16	kelley
G	16	kelli
G	16	kellie
G	17	kelly
G	16	kelsey
G	16	kelsie
G	16	kely
G	1	kemp
G	16	ken
G	1	ken caminiti
G	1	ken goldstein
G	1	ken griffey jr
G	1	ken hill
G	1	ken saro-wiwa
G	16	kendall
G	16	kendra
G	16	kendrick
G	1	kengo wa dondo
G	16	kenna
G	33	kennedy
G	1	kennedy ochieng
G	1	kennedys
G	16	kenneth
G	1	kenneth carlsen
G	1	kenneth chiate
G	1	kenneth eriksson
G	16	kenny
G	1	kenny cunningham
G	1	kenny dalglish
G	1	kenny harrison
G	1	kenny lofton
G	1	kenny rogers
G	256	kensington
G	2052	kent
G	16	kenton
G	258	kentucky
G	130	kenya
G	9216	kenyan
G	1024	kenyans
G	16	kenyatta
G	16	kenza
G	16	kera
G	256	kerala
G	4	kerametal dubnica
G	4	kerdos
G	16	keri
G	16	kermit
G	16	kerri
G	16	kerry
G	2048	kesha
G	256	keswick
G	16	keven
G	16	kevin
G	1	kevin brown
G	1	kevin foster
G	1	kevin keegan
G	1	kevin kim
G	1	kevin mitchell
G	1	kevin seitzer
G	1	kevorkian
G	512	kfc
G	1	khadga
G	16	khadija
G	16	khadije
G	256	khakassia
G	16	khaled
G	1	khaled al-qidra
G	1	khalfallah
G	16	khalid
G	1	khalid boulami
G	33	khan
G	2	khandwa
G	64	kharkiv
G	66	khartoum
G	16	khawla
G	16	kheira
G	1	khemais chammari
G	4	khmer
G	4	khmer rouge
G	16	khongordzol
G	4	khouribga
G	256	khulna
G	1	khum bahadur khadga
G	16	kia
G	16	kiana
G	16	kiara
G	2048	kid cudi
G	2048	kiefer sutherland
G	32	kieffer
G	1	kiely
G	16	kiera
G	16	kieran
G	1	kieran murray
G	16	kiersten
G	66	kiev
G	2	kigali
G	32	kikuchi
G	16	kiley
G	32	kilic
G	4	kilmarnock
G	16	kim
G	1	kim anderson
G	1	kim graham
G	1	kim white
G	1	kim young sam
G	16	kimberlee
G	18	kimberley
G	16	kimberli
G	16	kimberly
G	1	kimberly po
G	1	kimiko date
G	16	kimmernaq
G	32	kimura
G	4	kindercare learning centers inc
G	4096	king
G	1	king hassan
G	2	kingdome
G	16	kingsley
G	68	kingston
G	4	kingston technology co
G	1	kinkel
G	32	kinnunen
G	4	kinross
G	4	kinross gold corp
G	66	kinshasa
G	16	kip
G	16	kira
G	16	kiran
G	128	kiribati
G	16	kiril
G	16	kirill
G	16	kirk
G	2	kirkcaldy
G	2	kirkland
G	64	kirkuk
G	16	kirollos
G	16	kirsten
G	16	kirstin
G	2	kiryat sefer
G	2	kishinev
G	4	kispest
G	4	kispest honved
G	256	kitchener
G	2	kivu
G	16	kizzy
G	512	kkk
G	64	klaipeda
G	1	klas
G	1	klas eriksson
G	16	klaus
G	1	klaus baader
G	1	klaus kinkel
G	16	klea
G	32	klein
G	4	kleiner perkins
G	4	kleiner perkins caufield & byers
G	1	kleinova
G	1	klimis alexandrou
G	1	klinsmann
G	512	klm
G	2	klongprem
G	32	kluivert
G	512	kmart
G	32	knezevic
G	512	knicks
G	1	knight
G	2	knowsley road
G	4	knu
G	1	knup
G	32	kobayashi
G	2048	kobe
G	2048	kobe bryant
G	32	koch
G	1	kocinski
G	512	kodak
G	2	koeln
G	1	koerts
G	4	koha jone
G	64	kohima
G	1	kohl
G	4	kolbenschmidt
G	64	kolkata
G	1	kolumbina bencevic
G	1	komala
G	1	komarica
G	1	kombouare
G	4	komercni banka
G	256	komi
G	8	kong open
G	4	kongsvinger
G	4	koninklijke boskalis westminster nv
G	4	koninklijke ptt nederland nv
G	4	konpolis
G	16	konrad
G	16	konul
G	64	kopavogur
G	8	koranic
G	1	korda
G	130	korea
G	9216	korean
G	1024	koreans
G	256	koreatown
G	32	korhonen
G	16	kori
G	1	kornblum
G	1	korneev
G	64	kosice
G	32	koskinen
G	130	kosovo
G	256	kosrae
G	1	kostantin matusevitch
G	1	kostas malekos
G	4	kotaik abovyan
G	1	kotlarska
G	16	kourtney
G	32	kovac
G	32	kovacevic
G	32	kovacic
G	32	kovacs
G	32	koval
G	32	kovalchuk
G	32	kovalenko
G	32	kowalczyk
G	32	kowalski
G	64	kowloon
G	32	kozlov
G	4	kpaitan stankov
G	4	kpc
G	2	kragujevac
G	1	krajicek
G	2	krajina
G	64	krakow
G	32	kramer
G	32	krasniqi
G	256	krasnoyarsk
G	32	kraus
G	32	krause
G	32	kravchenko
G	4	kredietbank
G	32	kremer
G	4	kremin
G	4	kremin kremenchuk
G	2	kremlin
G	16	kris
G	1	kris goossens
G	32	krishna
G	16	krista
G	16	kristen
G	32	kristensen
G	16	kristi
G	16	kristian
G	32	kristiansen
G	16	kristie
G	1	kristie boogert
G	16	kristin
G	16	kristina
G	1	kristina brandi
G	16	kristine
G	16	kristopher
G	16	kristy
G	16	kristyna
G	4	krpaco
G	4	krpaco a.s.
G	32	kryeziu
G	4	krylya sovetov samara
G	16	krystal
G	4	kryvbas
G	4	kryvbas kryvy rig
G	16	krzysztof
G	1	krzysztof piskula
G	1	krzysztof warzycha
G	1	krzysztof zagorski
G	2	ks
G	4	kse
G	8	kse-100
G	4	ktm
G	66	kuala lumpur
G	1	kubilay turkyilmaz
G	1	kubo
G	1	kucan
G	32	kucera
G	32	kucerova
G	1	kuchma
G	2	kudapokuna
G	32	kumar
G	32	kumara
G	1	kumara dharmasena
G	1	kumble
G	2	kunar
G	64	kunming
G	64	kunshan
G	1	kuperman
G	8192	kurd
G	8192	kurdish
G	8	kurdish-controlled
G	4	kurdistan democratic party
G	4	kurdistan democratic party of iran
G	4	kurdistan workers party
G	8192	kurds
G	16	kurt
G	1	kurt abbott
G	1	kurt betschart
G	1	kurt schork
G	16	kurtis
G	130	kuwait
G	1024	kuwaiti
G	1024	kuwaitis
G	32	kuznetsov
G	32	kvaran
G	8	kwai
G	1	kwasniewski
G	2	kwazulu-natal
G	32	kwok
G	32	kwon
G	64	kyiv
G	16	kyla
G	16	kyle
G	1	kyle abbott
G	16	kylee
G	16	kylie
G	16	kyls
G	1	kyoko nagatsuka
G	64	kyoto
G	16	kyra
G	128	kyrgyzstan
G	2	l-orizzont
G	1	l. botham
G	4	la corse
G	8	la creation du monde
G	512	la galaxy
G	4	la jornada
G	4	la nacion
G	64	la paz
G	64	la plata
G	516	la presse
G	4	la voie
G	512	la z boy
G	1	laasonen
G	1	laban rotich
G	8	labor day
G	4	labor party
G	4	labour
G	8	labour day
G	512	labour party
G	16	lacey
G	1	lacher
G	1	lachlan drummond
G	16	lacie
G	16	lacy
G	4	lada togliatti
G	16	ladona
G	16	ladonna
G	2048	lady gaga
G	66	lagos
G	66	lahore
G	16	laia
G	16	laila
G	32	laine
G	32	laitinen
G	1	lajos horvath
G	2	lake maracaibo
G	256	lakefront
G	512	lakers
G	8	lakes
G	8	lakes rally
G	16	lakesha
G	16	lamar
G	17	lambert
G	256	lambeth
G	1	lambrecks
G	16	lamija
G	1	lamm
G	32	lammy
G	16	lamont
G	1	lamont smith
G	4	lamonts
G	4	lamonts apparel
G	4	lamonts apparel inc
G	1	lampros
G	16	lana
G	260	lancashire
G	256	lancaster
G	16	lance
G	1	lance armstrong
G	1	lance gibbs
G	4	lancet
G	4	land securities
G	16	landon
G	2	landskrona
G	32	lang
G	256	langford
G	256	langley
G	256	langton
G	4	lankadeepa
G	1	lanner
G	1	lansana conte
G	256	lansing
G	4	lanus
G	1	lanusse
G	64	lanzhou
G	1024	lao
G	1024	laos
G	16	lara
G	1	larbi el khattabi
G	16	larisa
G	1	larisa neiland
G	16	larissa
G	2	larnaca
G	16	larry
G	1	larry fine
G	1	larry walker
G	16	lars
G	1	lars riedel
G	32	larsen
G	33	larsson
G	2	las cruces
G	2	las vegas
G	1	lasa-zabala
G	16	lashawn
G	1	lasse lampi
G	16	laszlo
G	16	latasha
G	16	latifa
G	8	latin american
G	16	latisha
G	16	latonya
G	16	latoya
G	2	lattakia
G	130	latvia
G	1024	latvian
G	1024	latvians
G	32	lau
G	1	lauck
G	16	laura
G	16	laurel
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
G	16	lauryn
G	70	lausanne
G	16	laverna
G	16	laverne
G	16	lavinia
G	32	lavoie
G	16	lawrence
G	1	lawrence sheets
G	32	lawson
G	16	laxmi
G	1	laxmi poruri
G	16	layla
G	4	lazio
G	4	ldp
G	8	ldp-dominated
G	4	le canard enchaine
G	4	le figaro
G	4	le havre
G	4	le jour
G	64	le mans
G	4	le matin
G	4	le monde
G	512	le oreal
G	4	le populaire
G	4	le temps
G	16	lea
G	4096	leader
G	8	league-australian
G	16	leah
G	1	leah pells
G	16	leana
G	1	leander paes
G	16	leandra
G	16	leandro
G	16	leane
G	16	leann
G	16	leanna
G	16	leanne
G	256	leaside
G	9216	lebanese
G	4	lebanese association for the democracy of elections
G	1024	lebaneses
G	130	lebanon
G	4	lebanon first
G	1	lebed
G	32	lebedev
G	2048	lebron james
G	4	lecce
G	4	lech poznan
G	2048	lech walesa
G	4	leciva praha
G	16	leda
G	2	leduc reef
G	2048	lee
G	1	lee ki-choo
G	1	lee sharpe
G	1	lee tinsley
G	1	lee wan wah
G	1	lee westwood
G	262	leeds
G	8	leeds classic
G	4	leeds united
G	16	leena
G	2	lees summit
G	16	leevi
G	32	lefebvre
G	33	lefevre
G	4	legal department
G	4	legia warsaw
G	4	lehman
G	4	lehman brothers international
G	32	lehmann
G	32	lehtinen
G	32	lehtonen
G	16	leia
G	70	leicester
G	512	leicester city
G	260	leicestershire
G	16	leif
G	16	leigh
G	16	leila
G	1	leila corcoran
G	16	leilani
G	66	leipzig
G	32	leitner
G	16	leja
G	16	lejla
G	32	leka
G	32	lekaj
G	16	lela
G	16	leland
G	1	lelouche
G	16	len
G	16	lena
G	32	lenin
G	16	lennart
G	1	lennart meri
G	16	lenny
G	16	lenora
G	16	lenore
G	512	lenovo
G	4	lens
G	4	lenzing
G	4	lenzing ag
G	16	leola
G	20	leon
G	1	leon barkho
G	1	leon van der wath
G	16	leona
G	16	leonard
G	1	leonard santorelli
G	17	leonardo
G	16	leonel
G	16	leonid
G	1	leonid kuchma
G	16	leonie
G	16	leonora
G	16	leopold
G	16	leora
G	32	leroy
G	4	les echos
G	1	les ferdinand
G	16	lesedi
G	16	lesley
G	16	lesli
G	16	leslie
G	1	leslie gevirtz
G	16	lesly
G	128	lesotho
G	2	lesser antilles
G	16	lester
G	16	lethabo
G	16	leticia
G	16	letitia
G	1	letitia vriesde
G	16	lettie
G	2	leveilly
G	16	levente
G	4	leverkusen
G	16	levi
G	4	levski sofia
G	1	levy
G	256	lewes
G	33	lewis
G	1	lewis martin
G	16	lex
G	16	lexie
G	512	lexis
G	512	lexmark
G	512	lexus
G	16	leyla
G	4	leyton orient
G	516	lg
G	4	lg caltex
G	4	lg electronics inc.
G	2	lhasa
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
G	16	lianne
G	2	liaoning
G	16	libbie
G	16	libby
G	2048	liberace
G	4	liberal democratic party
G	4	liberal party
G	4	liberation tigers of tamil eelam
G	130	liberia
G	4	liberia council
G	9216	liberian
G	1024	liberians
G	4	liberte
G	8	libor
G	64	libreville
G	130	libya
G	9216	libyan
G	1024	libyans
G	4	lichtwer pharma gmbh
G	16	lidia
G	4	lidl
G	16	lidya
G	2	liechenstein
G	130	liechtenstein
G	66	liege
G	1	lien
G	1	lien chan
G	16	liepa
G	4	lierse
G	1	lietti
G	4096	lieutenant
G	4096	lieutenant general
G	4	life insurance co of georgia
G	4	life of georgia
G	4	liffe
G	4	ligier
G	4	lihir
G	4	likud
G	16	lila
G	1	lila osterloh
G	16	lili
G	16	lilia
G	16	lilian
G	16	liliana
G	1	liliana semerdjieva
G	16	lilja
G	4	lille
G	4	lillestrom
G	16	lillia
G	16	lillian
G	16	lillie
G	16	lilly
G	66	lima
G	64	limassol
G	2	limerick
G	16	lin
G	16	lina
G	39	lincoln
G	256	lincoln memorial
G	256	lincolnshire
G	16	linda
G	1	linda wild
G	32	lindberg
G	32	lindholm
G	256	lindley
G	16	lindsay
G	1	lindsay davenport
G	1	lindsay owen-jones
G	16	lindsey
G	16	lindsi
G	32	lindstrom
G	16	lindsy
G	16	lindy
G	1	lindy remigino
G	1	linford christie
G	16	linus
G	66	linz
G	4	linzer ask
G	16	lionel
G	4	lions
G	16	lior
G	16	lisa
G	1	lisa raymond
G	1	lisbet stuer-lauridsen
G	70	lisbon
G	16	lisette
G	2	lisheen
G	8	lispi
G	130	lithuania
G	1024	lithuanian
G	1024	lithuanians
G	1	little
G	512	little caesars
G	256	little italy
G	2	little rock
G	32	liu
G	4	liu chong hing
G	4	liu chong hing investment ltd
G	1	liu lu
G	1	liu lufung
G	1	liutauras stremaitis
G	16	liv
G	68	liverpool
G	16	livia
G	4	livingston
G	1	lixion avila
G	32	liyanage
G	16	liz
G	16	liza
G	16	lizbeth
G	16	lizette
G	16	lizzie
G	2	ljubljana
G	4	lks lodz
G	4	llansantffraid
G	4096	llb
G	16	lloyd
G	4	lloyd 's
G	4	lloyd 's of london
G	1	lloyd axworthy
G	1	lloyd bentsen
G	4	lloyds shipping
G	4	lloyds shipping intelligence service
G	4	lme
G	4	lockhart
G	4	lockhart industries inc
G	2	loftus versfeld
G	16	logan
G	16	lois
G	4	lokeren
G	1	loko
G	4	lokomotiv moscow
G	4	lokomotiv nizhny novgorod
G	4	lokomotiva kosice
G	16	lola
G	16	lolita
G	33	lombardi
G	2	lome
G	4	lommel
G	70	london
G	4	london broncos
G	8	london carnival
G	4	london international financial futures exchange
G	4	london metal exchange
G	4	london newsroom
G	4	london securities & derivatives exchange
G	64	long beach
G	2	long island
G	2	longchamp
G	2	longyearbyen
G	16	lonnie
G	4	lonrho plc
G	32	lopes
G	32	lopez
G	16	lora
G	16	loraina
G	16	loraine
G	4096	lord
G	2	lord 's
G	16	lorelei
G	16	loren
G	1	loren roberts
G	16	lorena
G	16	lorene
G	16	lorenzo
G	16	loretta
G	8	loretto
G	2	loretto abbey
G	16	lori
G	1	lori mcneil
G	16	lorie
G	16	lorna
G	16	lorraina
G	16	lorraine
G	16	lorri
G	16	lorrie
G	70	los angeles
G	512	los angeles clippers
G	516	los angeles dodgers
G	512	los angeles lakers
G	8	los angeles-based
G	21	lotte
G	16	lottie
G	16	lou
G	1	lou gehrig
G	16	louella
G	16	louie
G	16	louis
G	1	louis booy
G	4	louis dreyfus corp
G	1	louis freeh
G	1	louis viannet
G	16	louisa
G	16	louise
G	1	louise mcpaul
G	1	louise siebens
G	256	louisiana
G	16	lovelie
G	32	lovric
G	16	lovro
G	32	lowe
G	16	lowell
G	256	lowland
G	256	lowlands
G	4	loxley
G	4	loxley publications plc
G	1	loyola de palacio
G	4	loznica
G	4096	lt
G	4	ltd
G	4	ltte
G	2048	lu
G	66	luanda
G	16	luann
G	1	lubarskij
G	16	luc
G	1	luc nilis
G	16	luca
G	1	luca cadalora
G	16	lucas
G	1	lucas moreira neves
G	4	lucchese
G	4	lucerne
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
G	64	lucknow
G	16	lucy
G	64	ludhiana
G	1	ludmila engquist
G	1	ludmila ninova
G	1	ludmila richterova
G	16	ludovic
G	16	ludvig
G	16	ludwig
G	1	luehrs
G	16	luela
G	16	luella
G	4	lufthansa
G	4	lufthansa cargo ag
G	4	lufthanseat
G	4	lugano
G	16	luigi
G	1	luigi seguy
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
G	16	luka
G	16	lukas
G	16	luke
G	1	luke jensen
G	1	luke kipkosgei
G	32	lukic
G	4	lukoil
G	16	lula
G	16	lulu
G	16	lulwa
G	1	luminzu shimaponda
G	1	lumir mistr
G	16	luna
G	32	lund
G	32	lungu
G	32	luo
G	1	luo yigang
G	16	lupe
G	16	lupita
G	1	lupu
G	2	lusaka
G	8	lusaka agreement
G	16	luther
G	4	luton
G	16	luuk
G	130	luxembourg
G	16	luz
G	64	lviv
G	32	ly
G	16	lydia
G	16	lyla
G	16	lyle
G	1	lyman
G	16	lyn
G	16	lyna
G	33	lynch
G	16	lynda
G	1	lynda chalker
G	256	lyndhurst
G	16	lyndon
G	16	lyndsey
G	16	lyne
G	16	lynette
G	4	lyngby
G	16	lynn
G	16	lynna
G	16	lynne
G	1	lynne o'donnell
G	16	lynnette
G	16	lynsey
G	68	lyon
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
G	1	maakinen
G	4	maariv
G	1	maarten den bakker
G	16	maayan
G	16	mabel
G	16	mable
G	128	macao
G	64	macau
G	16	macaulay
G	4	maccabi haifa
G	4	maccabi herzliya
G	4	maccabi petah tikva
G	130	macedonia
G	9216	macedonian
G	4	macedonian communist party
G	1024	macedonians
G	1	machado
G	1	machnee
G	256	machu picchu
G	16	macie
G	16	maciej
G	16	mack
G	2048	macklemore
G	512	macs milk
G	16	macy
G	130	madagascar
G	16	madalyn
G	8	madame bovary
G	16	maddie
G	16	madeleine
G	16	madelina
G	16	madeline
G	16	madelyn
G	16	madge
G	2	madhumalla
G	1	madhusudan munakarmi
G	256	madhya pradesh
G	18	madison
G	16	madonna
G	66	madrid
G	4	madrid newsroom
G	32	madrigal
G	16	mads
G	32	madsen
G	16	mae
G	2	mae sot
G	32	maeda
G	256	magadan
G	1	magali faure
G	16	magda
G	16	magdalena
G	1	magdalena grzybowska
G	1	magdalena maleeva
G	16	magdalene
G	16	maggie
G	1	maggie maleeva
G	16	magnus
G	1	magnus gustafsson
G	1	magnus larsson
G	32	magnusson
G	16	maha
G	2	mahala
G	16	mahamadou
G	16	mahammad
G	256	maharashtra
G	16	mahdi
G	16	mahesh
G	16	mahmoud
G	1	mahmoud abbas
G	16	maia
G	1	maicel malone
G	256	maidstone
G	32	maier
G	256	main st
G	256	main street
G	258	maine
G	4	mainstay international funds
G	16	maire
G	16	maisie
G	16	maite
G	4096	maj
G	16	maja
G	16	majd
G	32	majerus
G	1	majid takht ravanchi
G	1	majoli
G	8	major league
G	8	major league baseball
G	32	makarov
G	64	makassar
G	32	makela
G	33	makinen
G	16	maksim
G	256	malacca
G	16	malachai
G	16	malachy
G	1024	malagasies
G	1024	malagasy
G	16	malak
G	130	malawi
G	130	malaysia
G	9216	malaysian
G	8	malaysian open
G	1024	malaysians
G	4	malbak
G	4	malbak ltd
G	16	malcolm
G	1	malcolm marshall
G	1	malcolm rifkind
G	128	maldives
G	1	maleeva
G	16	malen
G	1	malgorzata rydz
G	128	mali
G	16	malia
G	256	malibu
G	16	malik
G	16	malika
G	16	malinda
G	1	malivai washington
G	4	mallinckrodt group inc
G	16	mallory
G	64	malmo
G	130	malta
G	2	malta freeport
G	8	maltese
G	256	malton
G	1	malu
G	256	malvern
G	16	mamadou
G	32	mamani
G	32	mammadov
G	4	man city
G	2	managua
G	16	manaia
G	2	manama
G	64	manaus
G	66	manchester
G	516	manchester city
G	6	manchester united
G	32	mancini
G	16	mandakranta
G	64	mandalay
G	1	mandolina zelic
G	2	mandsaur
G	16	mandy
G	16	manfred
G	1	manfred kanther
G	1	mangala das
G	258	manhattan
G	2	manhattan beach
G	2	maniema
G	66	manila
G	256	manipur
G	16	manish
G	258	manitoba
G	4	manly
G	32	mann
G	16	manny
G	2	mano junction
G	16	manon
G	260	mansfield
G	16	manuel
G	1	manuel alvarado
G	16	manuela
G	8192	maoist
G	8192	maoists
G	4	mapei
G	256	maple grove
G	256	maplewood
G	2	mapourdit
G	2	maputo
G	1	mar'ie muhammad
G	16	mara
G	66	maracaibo
G	64	maracay
G	256	maranhao
G	16	marc
G	1	marc dollendorf
G	1	marc dutroux
G	1	marc duvillard
G	1	marc hottiger
G	1	marc overmars
G	1	marc rosset
G	1	marc wilkins
G	1	marc-vivien foe
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
G	1	marchal
G	16	marci
G	16	marcia
G	16	marcie
G	16	marcin
G	1	marcin mieciel
G	1	marcio santos
G	16	marco
G	1	marco bode
G	1	marco giampaolo
G	1	marco lietti
G	1	marco pascolo
G	1	marco vaccari
G	1	marco villa
G	16	marcos
G	8	marcos lm600 162
G	1	marcos ondruska
G	16	marcus
G	1	marcus gronholm
G	1	marcus o'sullivan
G	1	marcus wills
G	16	marcy
G	1	marek citko
G	16	margaret
G	1	margaret crowley
G	1	margaret mccullough
G	16	margarette
G	16	margarida
G	16	margarita
G	16	marge
G	16	margery
G	16	margie
G	1	margit borg
G	16	margo
G	16	margot
G	16	margret
G	1	margret crowley
G	16	margrette
G	16	marguerite
G	16	mari
G	256	mari el
G	16	maria
G	1	maria antonio sanchez lorenzo
G	1	maria jose gaidano
G	1	maria marco
G	1	maria mutola
G	1	maria szabo
G	1	mariaan de swardt
G	1	mariacarla bresciani
G	16	mariah
G	16	mariam
G	16	mariamawit
G	16	mariami
G	16	marian
G	16	mariana
G	16	mariane
G	32	mariani
G	16	marianna
G	16	marianne
G	1	marianne werdel witmeyer
G	16	mariano
G	1	mariano friedick
G	1	mariano juan
G	16	maribel
G	66	maribor
G	32	maric
G	16	marie
G	1	marie-jose perec
G	16	mariela
G	16	mariella
G	16	marija
G	16	marilyn
G	32	marin
G	16	marina
G	1	marina andrievskaqya
G	1	marina trandenkova
G	1	marina volkova
G	1	mariner darren bragg
G	4	mariners
G	4	marines
G	32	marino
G	16	mario
G	1	mario basler
G	1	mario covas
G	1	mario jardel
G	1	mario stieglmair
G	16	marion
G	4	marion county board of education
G	16	marios
G	16	maris
G	16	marisa
G	16	marisol
G	16	marissa
G	16	maritza
G	16	marius
G	1	mariusz
G	16	marjorie
G	17	mark
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
G	16	markel
G	1	markgraaff
G	256	markham
G	16	marko
G	16	markos
G	2048	markov
G	32	markovic
G	16	markus
G	1	markus babbel
G	1	markus feldhoff
G	16	marla
G	16	marlena
G	16	marlene
G	1	marlene thomsen
G	16	marlin
G	4	marlins
G	16	marlo
G	16	marlon
G	16	marnie
G	4	maronite
G	32	marques
G	16	marquis
G	68	marrakesh
G	1	marriner
G	32	marroquin
G	68	marseille
G	16	marsha
G	16	marshal
G	16	marshall
G	128	marshall islands
G	16	marta
G	1	marta fajardo
G	1	martens
G	16	martha
G	16	marti
G	16	martim
G	17	martin
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
G	1	martina hingis
G	16	martine
G	33	martinez
G	128	martinique
G	32	martins
G	16	marty
G	1	marty cordova
G	1	marty jemison
G	1	marty nothstein
G	4	marubeni
G	1	maruyama
G	16	marvin
G	16	marwa
G	1	marwan muasher
G	8	marxist
G	16	mary
G	1	mary batchelor
G	1	mary joe fernandez
G	1	mary onyali
G	1	mary pierce
G	16	maryam
G	16	maryan
G	16	maryann
G	16	marybeth
G	1	maryborough
G	16	maryjane
G	256	maryland
G	16	marylou
G	1	masanaga shiohara
G	1	masayoshi takemura
G	64	mashhad
G	1	maskhadov
G	1	maslova
G	2048	mason
G	1	masood
G	16	masoud
G	16	masoumeh
G	2	mass
G	258	massachusetts
G	4	massachusetts association of realtors
G	1	masserigne ndiaye
G	1	massoud barzani
G	1	massoud rajavi
G	1	masterkova
G	2048	mata hari
G	2	matagalpa
G	4	matahari
G	1	mate granic
G	32	matei
G	16	matej
G	16	mateo
G	16	matheus
G	16	mathew
G	16	mathias
G	1	mathias ntawulikura
G	16	mathieu
G	16	mathilde
G	16	mathis
G	16	matias
G	32	matic
G	16	matilda
G	16	matilde
G	1	matos
G	1	mats
G	1	mats lanner
G	1	mats wilander
G	32	matsumoto
G	16	matt
G	1	matt lawton
G	1	matt stairs
G	1	matt windows
G	512	mattel
G	16	matteo
G	16	matthew
G	1	matthew maynard
G	1	matthew pinsent
G	32	matthews
G	16	matthias
G	1	matthias sammer
G	16	matti
G	16	mattia
G	16	mattias
G	16	mattie
G	16	matty
G	16	matus
G	2	matuzici
G	16	matyas
G	16	maud
G	16	maude
G	16	maura
G	16	maureen
G	1	maureen carey
G	1	maureen garrity
G	16	maurice
G	16	mauricio
G	1	mauricio hadad
G	130	mauritania
G	8	mauritian
G	130	mauritius
G	1	maurizio fondriest
G	16	mavis
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
G	16	maxwell
G	2048	maya angelou
G	16	maybell
G	32	mayer
G	1	mayfair
G	1	mayfiar
G	4096	mayor
G	1	mayor antonio gonzalez garcia
G	128	mayotte
G	32	mayr
G	16	mayra
G	16	maysoun
G	512	mazda
G	16	mazie
G	4	mcc
G	37	mccarthy
G	1	mccullough
G	1	mccurry
G	512	mcdonalds
G	1	mcewen
G	1	mcgrath
G	1	mcgriff
G	16	mckenzie
G	4	mclaren
G	8	mclaren fi gtr
G	32	mclaughlin
G	32	mclean
G	1	mcmanaman
G	1	mcrae
G	4	mds
G	256	meadowlands
G	16	meagan
G	66	mecca
G	4	mechelen
G	2	med
G	64	medan
G	66	medellin
G	4	mediaset
G	520	medicaid
G	520	medicare
G	64	medina
G	8	mediterranean
G	1	medvedev
G	8	mees
G	16	meg
G	16	megan
G	1	megawati
G	1	megawati sukarnoputri
G	256	meghalaya
G	16	meghan
G	1	meghann shaughnessy
G	16	mehdi
G	32	mehmedovic
G	16	mehmet
G	1	mehmet scholl
G	32	mehmeti
G	1	mehrtens
G	16	mei
G	32	meier
G	32	meijer
G	32	mejia
G	4	meknes
G	256	mekong
G	16	mel
G	16	melanie
G	1	melanie cheary
G	1	melanie schnell
G	70	melbourne
G	16	melina
G	16	melinda
G	16	melisa
G	17	melissa
G	1	melissa russo
G	16	mellisa
G	32	melnyk
G	32	melo
G	16	melokuhle
G	1	meluawati
G	16	melvin
G	1	melvin nieves
G	8	memoires d'outre tombe
G	64	memphis
G	512	memphis grizzlies
G	32	mendes
G	32	mendez
G	64	mendoza
G	2	menlo park
G	4	mentmore
G	4	mentmore abbey
G	4	mercantile & general
G	512	mercedes benz
G	32	mercier
G	16	meredith
G	1	meredith mcgrath
G	1	meri
G	16	meriem
G	16	merissa
G	16	merjem
G	16	merle
G	1	merlene ottey
G	2048	merlin
G	16	meron
G	16	merrill
G	4	merrill lynch
G	4	merrion insurance company inc
G	16	mervin
G	16	mervyn
G	16	meryem
G	16	meryl
G	32	messi
G	2048	messiaen
G	32	messier
G	64	messina
G	4096	messrs
G	512	metallica
G	4	metalurg
G	4	metalurg zaporizhya
G	4	metro
G	4	metro holdings
G	2	metropolitan museum
G	4	metrostav
G	516	mets
G	1	mette bergmann
G	4	metz
G	9216	mexican
G	4	mexican army
G	1024	mexicans
G	130	mexico
G	2	mexico city
G	32	meyer
G	32	meyers
G	4	mfs
G	4	mfs communications co inc
G	4	mg-technogym
G	2	mhow
G	8	mi-17
G	17	mia
G	66	miami
G	512	miami dolphins
G	512	miami heat
G	4	miami herald
G	512	miami marlins
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
G	258	michigan
G	2	michigan city
G	256	michoacan
G	16	mick
G	1	mick mccarthy
G	1	mickelson
G	16	mickey
G	1	mickey cochrane
G	16	micky
G	32	micrachi
G	128	micronesia
G	516	microsoft
G	4	microsoft corp.
G	4	mid-east minerals ltd
G	8	mid-norway
G	2	middle
G	2	middle east
G	8	middle east economic survey
G	2	middle east gulf
G	2	middle kingdom
G	4	middlesbrough
G	4	middlesex
G	2	mideast
G	2	mideast gulf
G	256	midlands
G	16	midori
G	256	midtown
G	2	midwest
G	8	mig-19
G	16	miguel
G	1	miguel angel jimenez
G	1	miguel angel martin
G	16	mihai
G	32	mihhailov
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
G	1	mike piazza
G	1	mike stanley
G	1	mike williams
G	16	mikel
G	16	mikhail
G	32	mikkelsen
G	16	mikolaj
G	16	mila
G	1	miladin
G	1	miladin becanovic
G	16	milagros
G	70	milan
G	1	milan kucan
G	16	mildred
G	16	milena
G	1	milenko kovasevic
G	1	miles kan
G	1	miles tunnicliff
G	16	milhouse
G	16	milica
G	1	milinko pantic
G	4	military college
G	1	miljenko mumler
G	32	miller
G	16	millicent
G	16	millie
G	256	millington
G	9	millns
G	4	millwall
G	16	milly
G	16	milo
G	16	milos
G	33	milosevic
G	1	miltiadis evert
G	16	milton
G	70	milwaukee
G	516	milwaukee brewers
G	512	milwaukee bucks
G	16	mimi
G	16	mina
G	4	minardi
G	256	minas gerais
G	16	minato
G	1	mind games
G	16	mindy
G	16	minenhle
G	16	minerva
G	4	ming pao daily news
G	16	minh
G	16	minik
G	4096	minister
G	4	ministry of commerce
G	4	ministry of finance
G	4	ministry of petroleum and minerals
G	258	minn
G	2	minneapolis
G	262	minnesota
G	512	minnesota timberwolves
G	516	minnesota twins
G	512	minnesota vikings
G	2	minnetonka
G	16	minnie
G	4	minorco
G	64	minsk
G	2	minutka square
G	1	mir zaman gul
G	16	mira
G	16	miral
G	16	miranda
G	2048	miranda july
G	1	mirhunisa komarica
G	16	miriam
G	1	miriam oremans
G	16	mirlande
G	1	miron cozma
G	4	mironivka
G	4	mironivka wheat institute
G	1	miroslav bak
G	1	misael valerio
G	64	miskolc
G	8	miss poland
G	8	miss universe
G	4	miss universe inc
G	4	miss universe inc.
G	4	miss venezuela organisation
G	8	mission
G	8	mission : impossible
G	4	missionaries of charity
G	64	mississauga
G	258	mississippi
G	258	missouri
G	2	mister baileys
G	4	mit
G	512	mitas
G	16	mitch
G	17	mitchell
G	516	mitsubishi
G	4	mitsubishi gas chemical co ltd
G	8	mitsubishi lancer
G	4	mitsui
G	2048	mitt romney
G	16	mitzi
G	16	miyar
G	256	mizoram
G	4	mladost ( bj )
G	4	mladost ( l )
G	512	mlb
G	4096	mlle
G	4096	mme
G	2	mo
G	1	mo vaughn
G	1	moada
G	512	mobil
G	16	mobina
G	1	mobutu
G	1	mobutu sese seko
G	2048	moby
G	16	modibo
G	16	moe
G	1	moeller
G	2	moengo
G	4	mof
G	64	mogadishu
G	4	mohajir national movement
G	2	mohali
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
G	4	mohammedia
G	32	mohan
G	4	mohib textile mills
G	1	moin
G	1	moin khan
G	16	moira
G	1	moira lynch
G	16	moises
G	1	mokhoff
G	1	molata
G	4	molde
G	130	moldova
G	4	molenbeek
G	2048	moliere
G	32	molina
G	32	moller
G	16	mollie
G	16	molly
G	16	mona
G	134	monaco
G	2048	monet
G	130	mongolia
G	1024	mongolian
G	1024	mongolians
G	16	monica
G	1	monica seles
G	16	monika
G	16	monique
G	32	monroe
G	2	monrovia
G	1	mons ivar mjelde
G	512	monsanto
G	4	monstrose
G	2	mont-sur-marchienne
G	258	montana
G	16	monte
G	2	monte aperto
G	2	monte carlo
G	8	montenegrin
G	130	montenegro
G	2	monterey
G	4	monterrey
G	64	montevideo
G	1	montgomerie
G	34	montgomery
G	2	montpelier
G	68	montpellier
G	70	montreal
G	4	montreal expos
G	512	montreal impact
G	4	montrose
G	130	montserrat
G	8	montserratians
G	16	monty
G	4	monza
G	4	moody 's
G	4	moody 's investors service
G	512	moody blues
G	33	moore
G	32	mora
G	32	morales
G	4	morav.chemic. zav
G	256	mordovia
G	33	moreau
G	32	moreira
G	4	morelia
G	256	morelos
G	32	moreno
G	32	moretti
G	16	morgan
G	4	morgan stanley
G	4	morgan stanley and co inc
G	32	mori
G	32	morin
G	32	morina
G	2	morinville
G	16	moritz
G	9216	moroccan
G	1024	moroccans
G	130	morocco
G	32	morozov
G	33	morris
G	32	morrison
G	2048	morrissey
G	32	mortensen
G	37	morton
G	66	moscow
G	4	moscow newsroom
G	4	mosenergo
G	32	moser
G	16	moses
G	1	moses kiptanui
G	16	moshe
G	1	moshe sabag
G	1	mosier
G	8192	moslem
G	8	moslem arabs
G	8	moslem-croat
G	2	moslem-croat federation
G	8	moslem-led
G	8192	moslems
G	36	moss
G	4	moss landing marine laboratories
G	8	most valuable player
G	4	mostostal
G	4	mostostal z
G	4	mostostal zabrze holding sa
G	64	mosul
G	512	motel 6
G	1	mother
G	2	mother house
G	1	mother teresa
G	4	motherwell
G	1	mothusi nkgowe
G	512	motley crue
G	516	motorola
G	2	mount lebanon
G	2	mount zion missionary baptist church
G	2	mountain
G	2	mountain view
G	1	moura
G	4	mouscron
G	17	moussa
G	4	movement of socialist democrats
G	1	movladi udugov
G	1	moyer
G	8	mozambican
G	130	mozambique
G	32	mozart
G	2	mpumulanga
G	4	mqm
G	4096	mr
G	1	mr clean
G	4096	mr.
G	8	mri
G	16	mrignayani
G	4096	mrs
G	4096	mrs.
G	4096	ms
G	8	ms-nbc news
G	4096	ms.
G	4	msk zilina
G	4096	mstr
G	4	msv duisberg
G	4	msv duisburg
G	2	mt
G	4	mtk
G	512	mtv
G	1	mubarak
G	2048	mubarek
G	2	muenster
G	16	muhamed
G	16	muhammad
G	16	muhammed
G	4	mujahideen khalq
G	33	mulder
G	1	mullally
G	32	muller
G	8	muller mclaren f1 gtr
G	64	mumbai
G	1	munakarmi
G	66	munich
G	4	munich 1860
G	32	munoz
G	32	munteanu
G	16	murad
G	1	muralitharan
G	1	murat yakin
G	32	murati
G	33	muratovic
G	16	muriel
G	32	murphy
G	1	murphy jensen
G	32	murray
G	1	musa hamiti
G	64	muscat
G	1	museeuw
G	1	mushota
G	1	mushtaq ahmed
G	4	muslim commercial bank
G	32	mussolini
G	16	mustafa
G	16	mustapha
G	1	mustapha ben jaafar
G	1	mustapha hadji
G	1	muster
G	1	mutawakel taha
G	1	muthiah muralitharan
G	1	mutola
G	1	muttiah muralitharan
G	2	muzaffarabad
G	4	mx onda
G	16	mya
G	128	myanmar
G	32	myers
G	16	myles
G	1	myles frechette
G	4	mypa-47
G	16	myra
G	16	myriam
G	16	myrlande
G	16	myrna
G	16	myron
G	16	myrtle
G	512	myspace
G	2	n'djamena
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
G	16	naasunnguaq
G	1	nabil abu rdainah
G	2	nablus
G	8	nablus-based
G	4	nac
G	4	nac breda
G	1	nacar
G	1	nadarajah muralidaran
G	16	nadene
G	16	nadia
G	16	nadina
G	16	nadine
G	16	nadya
G	256	nagaland
G	64	nagano
G	64	nagasaki
G	64	nagoya
G	64	nagpur
G	32	nagy
G	2	nagyatad
G	2	nahar
G	1	nahed dahlan
G	16	nahia
G	16	nahom
G	1	nail besirovic
G	16	naima
G	1	naina
G	1	naina yeltsin
G	66	nairobi
G	1	naish
G	32	nakajima
G	32	nakamura
G	32	nakashima
G	2	nalkhera
G	16	nalla
G	8	name
G	8	names
G	130	namibia
G	1024	namibian
G	1024	namibians
G	4	nan
G	1	nana miyaga
G	1	nana miyagi
G	64	nanchang
G	64	nanchong
G	20	nancy
G	1	nancy reagan
G	1	nanda gopal bhattacharya
G	512	nandos
G	16	nanette
G	1	nani palkhivala
G	64	nanjing
G	1	nanne dahlman
G	68	nantes
G	64	nantong
G	1	naoko kijimuta
G	1	naoko sawamatsu
G	16	naomi
G	16	naomie
G	1	naoto kan
G	64	naples
G	2048	napoleon
G	1	napoleon iii
G	4	napoli
G	32	narayan
G	1	narciso
G	16	narges
G	2	narino
G	2048	nas
G	512	nasa
G	512	nascar
G	520	nasdaq
G	8	nasdaq index
G	32	nash
G	64	nashville
G	4	nasr
G	1	nasser hussain
G	1	nastase
G	1	nastja rysich
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
G	16	nate
G	16	nathalie
G	1	nathalie dechy
G	1	nathalie lancien
G	1	nathalie tauziat
G	16	nathan
G	16	nathanael
G	16	nathaniel
G	16	nathy
G	4	national
G	4	national abortion rights action league
G	512	national academy of sciences
G	4	national archives
G	4	national assembly
G	4	national association of securities dealers
G	4	national bank
G	4	national bank of hungary
G	4	national basketball association
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
G	516	nato
G	8	nato-led
G	4	natural law party
G	4	nature
G	512	natwest
G	128	nauru
G	64	navan
G	32	navarro
G	1	navjot singh sidhu
G	4	navy
G	1	nawaz sharif
G	1	nayan mongia
G	256	nayarit
G	8192	nazi
G	8192	nazis
G	8	nazism
G	516	nba
G	516	nbc
G	4	nbh
G	4	ncb
G	4	nd
G	2048	ne yo
G	1	neagle
G	16	neal
G	1	neal briggs
G	1	neale fraser
G	2	near east
G	8	near eastern
G	256	nebr
G	258	nebraska
G	512	nec
G	4	nec nijmegen
G	8	nec world series of golf
G	4	necaxa
G	1	necmettin erbakan
G	16	ned
G	2	neemuch
G	16	nehir
G	16	neil
G	1	neil fairbrother
G	1	neil hodgson
G	1	neil williams
G	32	neilson
G	16	nel
G	16	nela
G	1	nele zilinskiene
G	16	nelisa
G	16	nell
G	16	nellie
G	2048	nelly
G	18	nelson
G	1	nelson mandela
G	1	nelson miles
G	32	nemcova
G	32	nemec
G	16	nena
G	8	neo-nazi
G	8	neo-nazism
G	130	nepal
G	8	nepalese
G	8	nepali
G	4	nepali congress
G	4	neptune crux
G	16	nerissa
G	16	nesreen
G	512	nestle
G	1	nestor
G	8	net book agreement
G	2	netanya
G	1	netanyahu
G	512	netflix
G	2	netherland
G	130	netherlands
G	2	neths
G	2048	nettie
G	4	networks services division
G	4	neuchatel
G	4	neuchatel xamax
G	2	neufchateau
G	1	neumann
G	256	neuschwanstein
G	256	nevada
G	16	neville
G	1	neville godwin
G	4	new aspiration party
G	256	new brunswick
G	66	new delhi
G	4	new democracy
G	258	new england
G	512	new england patriots
G	512	new england revolution
G	256	new hampshire
G	2	new haven
G	8	new independent states
G	258	new jersey
G	512	new kids on the block
G	4	new media
G	258	new mexico
G	64	new orleans
G	512	new orleans pelicans
G	512	new orleans saints
G	4	new party sakigake
G	4	new scientist
G	64	new taipei
G	2	new territories
G	8	new year 's day
G	262	new york
G	2	new york city
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
G	516	new york times
G	516	new york yankees
G	8	new york-based
G	8	new yorker
G	8	new yorkers
G	130	new zealand
G	4	new zealand press association
G	8	new zealander
G	8	new zealands
G	258	newark
G	2	newbury
G	68	newcastle
G	1	newcombe
G	4	newcrest
G	4	newcrest mining ltd
G	4	newcrest q4
G	4	newell 's old boys
G	4	newell old boys
G	256	newfoundland
G	256	newfoundland and labrador
G	256	newham
G	2048	newman
G	258	newmarket
G	256	newport
G	4	news
G	4	news agency of nigeria
G	4	news corp
G	4	news corp ltd
G	512	newsweek
G	1	newt gingrich
G	4	neza
G	512	nfl
G	4	nfu
G	16	nguyen
G	2	nhamavila
G	512	nhl
G	512	nhs
G	16	nia
G	1	niall quinn
G	16	niamh
G	130	nicaragua
G	9216	nicaraguan
G	9216	nicaraguans
G	6	nice
G	16	nicholas
G	1	nicholas gcaleka
G	1	nicholas shaxson
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
G	1	nicolas pereira
G	16	nicole
G	1	nicole arendt
G	1	nicole bradtke
G	1	nicole brown simpson
G	1	nicoleta grasu
G	16	nicolette
G	2	nicosia
G	4	nida'a al-watan
G	16	niels
G	32	nielsen
G	32	niemi
G	32	nieminen
G	16	nigel
G	1	nigel mobbs
G	128	niger
G	130	nigeria
G	9216	nigerian
G	1024	nigerians
G	1024	nigerien
G	1024	nigeriens
G	16	niharika
G	16	niilo
G	4	nijmeh
G	16	nik
G	16	nika
G	16	nikau
G	512	nike
G	16	nikhil
G	16	niki
G	16	nikita
G	8	nikkei
G	16	nikki
G	1	nikki campbell
G	16	niklas
G	16	niko
G	16	nikola
G	16	nikolai
G	1	nikolaus van der pas
G	16	nikolay
G	32	nikolic
G	32	nikolov
G	32	nikolova
G	16	nikos
G	16	nila
G	16	nilay
G	256	nile
G	16	niles
G	2048	niles crane
G	1	nilis
G	16	nils
G	32	nilsen
G	32	nilsson
G	16	nina
G	1	nine
G	64	ningbo
G	512	nintendo
G	4	ninth circuit
G	2	nirmal hriday
G	8	nis
G	16	nisanur
G	16	nisha
G	512	nissan
G	1	nissan kapeta
G	16	nita
G	1	nitto santapaola
G	128	niue
G	4	niugini
G	4	niugini mining
G	4	niugini mining ltd
G	512	nivea
G	16	nivi
G	32	nixon
G	8	nl central division
G	8	nl east
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
G	4	nocerina
G	17	noel
G	1	noel gallagher
G	16	noella
G	16	noelle
G	16	noemi
G	16	nojus
G	512	nokia
G	16	nolan
G	16	nomaan
G	1	nomo
G	4	nomura
G	4	nomura research institute ltd
G	4	nomura securities co ltd
G	8	non-eu
G	8	non-medicare
G	16	noor
G	16	nora
G	16	norah
G	4	noranda
G	16	norbert
G	8	nordegg
G	16	noreen
G	256	norfolk
G	128	norfolk island
G	1	norifumi abe
G	1	norihiko fujiwara
G	1	noriyuki haga
G	1	norm charlton
G	16	norma
G	17	norman
G	256	normandy
G	32	norodahl
G	33	norris
G	2	north
G	8	north afghan
G	8	north african
G	2	north america
G	4	north atlantic treaty organisation
G	2	north battleford
G	256	north carolina
G	2	north caucasus
G	258	north dakota
G	256	north end
G	1	north island
G	130	north korea
G	4	north melbourne
G	4	north queensland
G	2	north shore
G	256	north side
G	4	north sydney
G	2	north yemen
G	256	north yorkshire
G	262	northampton
G	260	northamptonshire
G	4	northcote college
G	2	northern ireland
G	4	northern league
G	128	northern mariana islands
G	4	northern states power co
G	4	northern transvaal
G	2	northfield mountains
G	4	northsea chaser
G	1	norton
G	130	norway
G	9216	norwegian
G	1024	norwegians
G	260	norwich
G	2048	nostradamus
G	4	noticias
G	512	notre dame
G	8	notting hill carnival
G	258	nottingham
G	6	nottingham forest
G	260	nottinghamshire
G	4	notts
G	4	notts county
G	2	nouakchott
G	16	nouf
G	16	nour
G	1	noureddine morceli
G	256	nova scotia
G	32	novak
G	32	novakova
G	512	novartis
G	32	novikov
G	64	novosibirsk
G	32	novotna
G	32	novotny
G	2	novye atagi
G	32	nowak
G	4	ns kampfruf
G	512	nsa
G	1	nsanze terence
G	4	nsdap-ao
G	8	nt
G	4	ntb
G	4	ntv
G	256	nuevo leon
G	16	nuka
G	2	nuku'alofa
G	256	nunavut
G	32	nunes
G	32	nunez
G	8	nunthorpe stakes
G	1	nunung subandoro
G	1	nuour marial
G	16	nur
G	16	nuray
G	2	nuremberg
G	8	nuremberg-based
G	16	nurul
G	4	nutricia
G	512	nvidia
G	512	nwa
G	64	nyc
G	8	nyc time
G	16	nyla
G	32	nyman
G	4	nyva
G	4	nyva ternopil
G	4	nyva vinnytsya
G	2	nz
G	8	nz$
G	4	nzpa
G	4	o globo
G	1	o'brien
G	1	o'meara
G	1	o'neal
G	1	o'neill
G	8	o-157
G	1	o.j. simpson
G	1	o.k. likkason
G	68	oakland
G	516	oakland athletics
G	512	oakland raiders
G	4	oakley inc
G	256	oakmont
G	256	oakwood
G	4	oasis
G	258	oaxaca
G	4	ob
G	32	obama
G	4	obilic
G	1	obree
G	32	obrien
G	1	oceano cruz
G	4	ocei
G	32	oconnor
G	16	octavia
G	16	octavio
G	16	odelia
G	64	odessa
G	16	odette
G	256	odisha
G	1	odnosum
G	4	odra
G	4	odra wodzislaw
G	16	odval
G	2	oerlikon
G	16	ofelia
G	8	office 95
G	4	official journal
G	4	ofk beograd
G	4	ofk kikinda
G	32	ogawa
G	2	oh
G	258	ohio
G	4	ohio building authority
G	4	oic
G	16	oier
G	16	oisha
G	4	oj
G	4	okd
G	2	okinawa
G	256	okla
G	258	oklahoma
G	512	oklahoma city thunder
G	8	oklahoma climatological survey
G	4	oklahoma state university
G	4	oklahoma wheat commission
G	16	oksana
G	1	oksana grichina
G	1	oksana ovchinnikova
G	16	ola
G	16	olaf
G	1	olaf ludwig
G	16	olav
G	1	olazabal
G	2	old city
G	512	old navy
G	8	old testament
G	256	old town
G	2	old trafford
G	4	oldham
G	2048	oleg
G	16	oleksandr
G	16	olga
G	1	olga boshova
G	1	olga chernyavskaya
G	4	olimpija
G	32	oliveira
G	16	oliver
G	1	oliver bierhoff
G	1	oliver kahn
G	1	oliver ludwig
G	1	oliver reck
G	17	olivia
G	16	olivier
G	1	olivier grouillard
G	1	olivier panis
G	32	oliynyk
G	16	ollie
G	1	olly
G	1	olo brown
G	33	olofsson
G	32	olsen
G	32	olson
G	32	olsson
G	1	olsza
G	8	olympiad
G	4	olympiakos
G	8	olympic
G	8	olympic committee
G	8	olympic games
G	8	olympics
G	4	om
G	4	om gruppen
G	4	om gruppen ab
G	4	om stockholm
G	2	omaha
G	130	oman
G	1024	omani
G	1024	omanis
G	16	omar
G	1	omar bongo
G	1	omar karame
G	1	omar lugo
G	2	omari
G	16	omer
G	1	omer akbel
G	4	omlx
G	64	omsk
G	1	oncins
G	16	ondrej
G	8	one-month
G	8	one-year
G	32	oneill
G	1	ong ewe hock
G	4	onic
G	256	ontario
G	512	opec
G	4	opel ag
G	8	open
G	2	opera
G	8	operation provide comfort
G	16	ophelia
G	8	ophran drug act
G	4	oppenheimer capital
G	4	oppenheimer capital lp
G	2048	oprah winfrey
G	8	opthalmic
G	2	or
G	2048	ora
G	4	oracle systems
G	66	oran
G	256	orange county
G	512	orange julius
G	64	ordos
G	256	oregon
G	1	orel hershiser
G	32	orellana
G	256	orford
G	4	organisation for security and cooperation in europe
G	4	organisation of the islamic conference
G	16	ori
G	1	ori lewis
G	4	oriente
G	4	orii
G	4	orii corp
G	256	orinoco
G	8	oriole
G	4	orioles
G	2048	orlando
G	512	orlando magic
G	1	orlando miller
G	1	orlando pirates
G	8	orphan drug law
G	32	ortega
G	32	ortiz
G	2	orvieto
G	16	orville
G	32	orwell
G	66	osaka
G	16	osama
G	32	osborne
G	17	oscar
G	1	oscar tabarez
G	8	oscars
G	4	osce
G	16	oskar
G	66	oslo
G	4	oslobodjenje
G	16	osman
G	1	osmond ezinwa
G	2	osnabrueck
G	256	ossetia
G	16	osvaldo
G	1	osvaldo fenandez
G	16	oswald
G	4	otelul galati
G	8	othello
G	16	otis
G	1	otis nixon
G	1	ottavio palladini
G	66	ottawa
G	1	ottey
G	16	otto
G	4	oujda
G	16	oumar
G	16	oumou
G	1	ousmane kaba
G	2	oval
G	1	ove sellberg
G	4	overseas development administration
G	16	owen
G	1	owen-jones
G	33	owens
G	512	oxfam
G	262	oxford
G	4	oxford university
G	256	oxfordshire
G	256	oxley
G	16	oyunbileg
G	1	oyvind rojahn
G	32	ozdemir
G	1	ozers
G	32	ozturk
G	1	ozzie guillen
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
G	16	pablo
G	1	pablo campana
G	1	pablo sanchez
G	4	pachuca
G	2	pacific
G	2	pacific northwest
G	256	pacific ocean
G	4	pacific stock exchange
G	2	padania
G	16	padraig
G	1	padraig harrington
G	516	padres
G	64	padua
G	256	pahang
G	32	pahk
G	32	pahng
G	16	paige
G	32	pak
G	130	pakistan
G	4	pakistan muslim league
G	4	pakistan people 's party
G	8	pakistan-ruled
G	9216	pakistani
G	2	pakistani kashmir
G	1024	pakistanis
G	512	palantir
G	128	palau
G	68	palermo
G	128	palestine
G	4	palestine liberation organisation
G	9216	palestinian
G	8	palestinian arabs
G	4	palestinian authority
G	4	palestinian information ministry
G	8	palestinian islamist
G	4	palestinian legislative council
G	4	palestinian self-rule authority
G	8	palestinian-ruled
G	9216	palestinians
G	2	palk strait
G	1	palkhivala
G	4	palmans
G	4	palmeiras
G	1	palmeiro
G	2048	palmer
G	16	pam
G	1	pam shriver
G	16	pamela
G	512	pan am
G	8	pan-turkism
G	64	panaji
G	130	panama
G	1024	panamanian
G	1024	panamanians
G	512	panasonic
G	512	panda express
G	16	pandora
G	1	pang chen
G	16	paninnguaq
G	1	pantic
G	4	pao
G	4	pao de acucar
G	16	paola
G	1	paola suarez
G	16	paolo
G	4	pap
G	32	papadopoulos
G	256	papahanaumokuakea
G	2	papendrecht
G	130	papua new guinea
G	258	para
G	130	paraguay
G	1024	paraguayan
G	1024	paraguayans
G	8	paralympic games
G	8	paralympics
G	2	paramaribo
G	6	paramount
G	4	paramount pictures
G	260	parana
G	2	parc des princes
G	4	paribas
G	4	paribas capital markets otc
G	70	paris
G	2048	paris hilton
G	4	paris newsroom
G	4	paris saint-germain
G	4	paris sg
G	4	paris st germain
G	8	parisians
G	32	parker
G	256	parkside
G	4	parkway middle school
G	256	parkwood
G	4	parma
G	4	parmalat / fehervar fc
G	4	parramatta
G	256	parthenon
G	4	partick
G	2	partition
G	4	partizan
G	8	partnership for peace
G	4	party of social democracy
G	16	parvati
G	16	pascal
G	1	pascal jongsma
G	1	pascal zuberbuehler
G	4	pasok
G	16	pat
G	1	pat cash
G	1	pat hentgen
G	1	pat manson
G	1	pat symcox
G	32	patel
G	64	patna
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
G	1	patsy kensit
G	2	pattaya
G	32	patterson
G	16	patti
G	16	pattie
G	16	patty
G	17	paul
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
G	16	paulo
G	1	paulo sergio
G	1	paulo sousa
G	16	paulos
G	16	pavel
G	1	pavel buran
G	32	pavic
G	16	pavlo
G	1	pavlos markou
G	32	pavlov
G	32	pavlovic
G	512	paypal
G	4	pbr
G	512	pbs
G	4	pc data inc
G	4	pdi
G	4	pds
G	4	pdsr
G	2	peace river valley
G	32	pearson
G	4	pec
G	4	pecs
G	32	pedersen
G	16	pedro
G	1	pedro diniz
G	1	pedro lamy
G	1	pedro linhart
G	1	pedro martinez
G	8	peer gynt suite
G	32	peeters
G	16	peg
G	16	peggy
G	256	pei
G	1	peiris
G	64	peking
G	2048	pele
G	256	pelham
G	1	pelletreau
G	2	pemberton
G	258	pembroke
G	2	pembroke pines
G	32	pena
G	256	penang
G	2	pendleton
G	16	penelope
G	256	penn
G	4	penn treaty
G	4	penn treaty american corp
G	256	penna
G	256	pennington
G	258	pennsylvania
G	4	penrith
G	1	penrose
G	4	pentagon
G	256	penzance
G	4	people 's daily
G	8	people , people
G	512	pepsi
G	512	pepsico
G	1	per nyman
G	256	perak
G	16	percy
G	32	pereira
G	1	perelstein
G	32	perera
G	1	peres
G	32	peretz
G	32	perez
G	1	perfetti
G	32	peric
G	32	perkins
G	16	perla
G	2	perm
G	256	pernambuco
G	1	peron
G	4	peronists
G	1	perot
G	2049	perry
G	32	persson
G	258	perth
G	130	peru
G	4	perugia
G	9216	peruvian
G	1024	peruvians
G	2	pesalai
G	4	pescara
G	1	pessina
G	64	petah tikva
G	16	petar
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
G	4	peterborough
G	32	peters
G	2	petersburg
G	32	petersen
G	32	peterson
G	17	petr
G	1	petr gunda
G	1	petr korda
G	20	petra
G	1	petra begerow
G	4	petra drnovice
G	1	petra langrova
G	1	petre roman
G	4	petrimex prievidza
G	16	petro
G	512	petrobras
G	4	petrobulk rainbow
G	512	petrochina
G	4	petroecuador
G	512	petronas
G	16	petros
G	2	petrosan
G	32	petrov
G	32	petrova
G	33	petrovic
G	32	pettersen
G	32	pettersson
G	512	peugeot
G	4	pf iks kb plus
G	512	pfizer
G	8	pga tour
G	32	phak
G	32	pham
G	33	phan
G	32	phang
G	4096	phd
G	1	phelan
G	17	phil
G	1	phil babb
G	1	phil mickelson
G	1	phil regan
G	70	philadelphia
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
G	1024	philippines
G	1	philippoussis
G	512	philips
G	516	phillies
G	16	phillip
G	1	phillip defreitas
G	32	phillips
G	16	philomena
G	66	phnom penh
G	16	phoebe
G	66	phoenix
G	512	phoenix suns
G	16	phylis
G	1	phylis smith
G	16	phyllis
G	4	physicians insurance co
G	16	pia
G	4	piacenza
G	32	picasso
G	32	pichler
G	256	pickering
G	256	picton
G	1	pier francesco chili
G	16	pierce
G	2	pierina
G	32	piero
G	16	pierre
G	1	pierre buyoya
G	1	pierre claverie
G	1	pierre fulke
G	1	pierre-henri raphanel
G	16	pieter
G	1	pieter hendriks
G	16	pietro
G	1	pietro t.
G	2048	pilar
G	64	pilsen
G	33	pinas
G	256	pine ridge
G	256	pinecrest
G	512	pink floyd
G	32	pinto
G	1	pioline
G	16	piotr
G	1	piotr grabowski
G	1	piotti
G	16	pipaluk
G	2048	piper
G	4	piper jaffray
G	4	piper jaffray inc
G	64	piraeus
G	4	pirates
G	1	pires
G	256	pitcairn
G	128	pitcairn islands
G	70	pittsburgh
G	516	pittsburgh pirates
G	512	pittsburgh steelers
G	1	pivotal
G	512	pizza hut
G	1	pizzi
G	4	pkk
G	2	place beauvau
G	4	platense
G	4	platignum
G	2048	plato
G	4	plo
G	4	plo council
G	8	plo-israel
G	4	plymouth
G	4	plymouth argyle
G	4	pmc
G	4	pmc-sierra
G	4	pnw
G	2048	pocahontas
G	2	podujevo
G	2048	poe
G	4	pohang
G	8	pokka
G	1	pol pot
G	130	poland
G	8192	pole
G	16	polina
G	8	polish
G	4	polish development bank
G	32	polishchuk
G	4	politehnica timisoara
G	1	pollock
G	16	polly
G	4	polonia warsaw
G	4	polonia warszawa
G	1	polster
G	4	polti
G	256	pompeii
G	2	pontefract
G	2	pontiac
G	2	pontiac osteopathic hospital
G	1	ponting
G	4096	pope
G	1	pope john paul
G	32	popescu
G	33	popov
G	32	popovic
G	4	popular party
G	4	popular revolutionary army
G	4	porsche
G	2	port arthur
G	64	port au prince
G	4	port christine
G	64	port elizabeth
G	64	port said
G	4	port vale
G	16	portia
G	32	portillo
G	66	portland
G	512	portland timbers
G	512	portland trail blazers
G	70	porto
G	6	portsmouth
G	130	portugal
G	4	portuguesa
G	9216	portuguese
G	1024	portugueses
G	4	post
G	8	post-second world war
G	8	post-soviet
G	2	potsdam
G	32	poulsen
G	32	powell
G	4	power
G	4	power corp
G	4	power corp of canada
G	4	power financial corp
G	4	power new zealand
G	4	power nz odv
G	64	poznan
G	4	pp
G	66	prague
G	4	prague newsroom
G	4	prague stock exchange
G	2	prairies
G	16	prakash
G	1	prakash chandra lohani
G	33	prasad
G	1	prasad wagle
G	64	prato
G	16	pravit
G	8	pre-soviet
G	1	predrosa
G	16	prem
G	4	prem dan
G	4096	premier
G	512	premier league
G	512	premier oil
G	1	prescott
G	4096	president
G	4	press trust of india
G	23	preston
G	66	pretoria
G	32	prifti
G	4096	prime minister
G	4	primedia
G	4096	prince
G	1	prince abdullah
G	1	prince charles
G	256	prince edward island
G	1	prince rainier
G	2	prince rupert
G	2	prince william sound
G	1	princeton lyman
G	16	priscila
G	16	priscilla
G	4	privatisation commission
G	8	prix de l ' abbaye
G	16	priyamvada
G	8	pro-baghdad
G	8	pro-israel
G	32	prochazka
G	32	prochazkova
G	512	procter & gamble
G	1	prodi
G	8	producer prices index
G	4096	prof
G	4	proleter
G	4	promodes
G	4	property capital
G	4	property capital trust
G	4	provisional election commission
G	16	prudence
G	516	prudential
G	4	prykarpattya
G	4	prykarpattya ivano-frankivsk
G	4	psa
G	4	psc
G	4	pse
G	4	psg
G	4	psi net
G	4	psv
G	4	psv eindhoven
G	4	pt matahari putra prima
G	4	pt vdh teguh sakti
G	4	ptt
G	4	public service , labour and social welfare
G	4	public service association
G	4	public service commission
G	4	public transport corporation
G	4	puchon
G	2	pudong new area
G	1	pudvah
G	68	puebla
G	1032	puerto rican
G	1024	puerto ricans
G	130	puerto rico
G	2	puertollano
G	2048	puff daddy
G	1	puglisi
G	4	puk
G	8	puk-kdp
G	8	puk-run
G	4	pulpex
G	258	punjab
G	4	punr
G	4	purdue frederick co
G	4	purefoods hotdogs
G	4	purepac
G	4	purepac pharamceutical
G	4	pusan
G	1	pushpakumara
G	16	puteri
G	32	putin
G	256	putnam
G	64	puyang
G	4096	pvt
G	64	pyongyang
G	16	pyotr
G	4	qadissiya
G	2	qasri
G	128	qatar
G	1024	qatari
G	1024	qataris
G	1	qian qichen
G	1	qiang hong
G	1	qidra
G	64	qingdao
G	256	qinghai
G	1	qotbuddin hilal
G	512	quantas
G	1	quarracino
G	256	quebec
G	4096	queen
G	4	queen 's park
G	4	queen 's park rangers
G	4	queen of the
G	4	queen of the south
G	16	queenie
G	516	queens park rangers
G	258	queensland
G	16	quentin
G	2	quepos
G	256	queretaro
G	2	quetta
G	64	quezon
G	16	quiana
G	1	quigley
G	16	quincy
G	16	quinn
G	256	quintana roo
G	16	quinton
G	32	quispe
G	66	quito
G	512	quiznos
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
G	66	rabat
G	1	rabbani
G	16	rabina
G	1	rabinovich
G	4	rabobank
G	4	rabobank nederland ba
G	16	rachael
G	16	rachel
G	16	rachele
G	16	rachelle
G	16	rachid
G	16	rachida
G	2048	rachmaninoff
G	4	racing club
G	4	rad
G	1	radek bonk
G	32	radic
G	4	radical cause
G	4	radio new zealand
G	512	radiohead
G	1	radka bobkova
G	1	radka zrubakova
G	4	radnicki
G	4	radnicki ( n )
G	32	radu
G	16	rae
G	4	raf riga
G	16	rafael
G	1	rafael moreno turrent
G	1	rafael palmeiro
G	2048	raffi
G	1	rafiqul islam
G	1	rafter
G	16	rahul
G	1	rahul dravid
G	1	raichev
G	16	raina
G	16	rainer
G	1	rainier
G	64	raipur
G	2048	raisa
G	4	raith
G	4	raith rovers
G	4	raith rovers fc
G	4	raja casablanca
G	4	rajapat institute
G	256	rajasthan
G	8	rajavi
G	16	rajesh
G	256	rajshahi
G	4	rakow czestochowa
G	64	raleigh
G	16	ralf
G	1	ralf kelleners
G	8	rally
G	4	rally for the return of refugees and democracy in rwanda
G	16	ralph
G	2	ramallah
G	8	rambo
G	2	rameswaram
G	32	ramirez
G	16	ramiro
G	2	ramle
G	16	ramon
G	1	ramon delgado
G	1	ramon machuca
G	1	ramon vega
G	16	ramona
G	32	ramos
G	1	rana sabbagh
G	1	ranatunga
G	64	ranchi
G	16	randal
G	17	randall
G	16	randi
G	16	randolph
G	1	randy johnson
G	1	rangarajan
G	4	rangers
G	2	rangoon
G	256	rangpur
G	16	rania
G	1	raniero iacomella
G	2	ransart
G	32	rantanen
G	4	rao gazprom
G	16	raoul
G	16	raphael
G	1	raphael lakpe
G	1	raphael lapke
G	1	raphael riel
G	1	raphael wicky
G	1	raphanel
G	4	rapid bucharest
G	4	rapid vienna
G	4	rapid wien
G	16	raquel
G	16	rashad
G	2048	rashid
G	1	rashid latif
G	16	rasmus
G	32	rasmussen
G	2	ratlam
G	16	raul
G	1	ravanelli
G	32	ravelli
G	4	ravenna
G	2	ravi
G	1	ravindra pushpakumara
G	64	rawalpindi
G	2	rawandouz
G	16	rawiri
G	1	ray belim
G	1	ray durham
G	1	ray houghton
G	2048	ray romano
G	16	rayan
G	256	rayleigh
G	16	raymond
G	1	raymond atteveld
G	1	raymond mabus
G	1	raymond russell
G	16	rayna
G	4	rba
G	512	rbc
G	12	rbi
G	512	rbs
G	4	rdr
G	4	re
G	512	readers digest
G	4	reading
G	33	reagan
G	516	real madrid
G	512	real salt lake
G	16	reanna
G	4096	rear admiral
G	16	reba
G	16	rebeca
G	16	rebecca
G	1	rebecca weinstein
G	16	rebeka
G	16	rebekah
G	16	recep
G	64	recife
G	4	red brigade
G	512	red bull
G	516	red cross
G	512	red hot chili peppers
G	8	red indian
G	4	red lion hotels inc
G	512	red lobster
G	2	red river
G	258	red sea
G	4	red sox
G	4	red star
G	4	red star belgrade
G	256	redcliffe
G	1	redgrave
G	256	redhill
G	1	redmond
G	4	reds
G	16	reece
G	16	reem
G	16	reema
G	32	rees
G	2048	reese witherspoon
G	1	reeve
G	4	reform party
G	8	reform ticket-cnn
G	16	regan
G	4	reggiana
G	16	reggie
G	16	regina
G	1	regina jacobs
G	16	reginald
G	16	regis
G	1	regula susana siegfried
G	8	regulation
G	16	reid
G	1	reiffel
G	16	reihaneh
G	2048	reilley
G	2048	reilly
G	64	reims
G	16	reina
G	2048	reinhold
G	32	reis
G	32	reiter
G	512	remax
G	2048	rembrandt
G	8	remington
G	1	remmy mushota
G	8	ren a ren
G	16	rena
G	16	renae
G	16	renata
G	24	rene
G	1	rene eijkelkamp
G	1	rene schneider
G	16	renee
G	1	rennae stubbs
G	68	rennes
G	1	renzo furlan
G	4104	rep
G	8	rep .
G	1	reppas
G	4096	reps
G	4	repsol
G	10	republic
G	130	republic of ireland
G	8192	republican
G	4	republican front
G	4	republican house
G	8	republican national convention
G	4	republican party
G	8	republican-controlled
G	8	republican-initiated
G	8	republican-led
G	8	republican-written
G	8192	republicans
G	2	republika srbska
G	2	republika srpska
G	4096	res
G	4	resalat
G	4	reserve bank of australia
G	4	reserve bank of india
G	4	resistance
G	16	reta
G	1	retief
G	1	retief goosen
G	16	reuben
G	1	reuf mehemdagic
G	33	reuter
G	4	reuter london newsroom
G	4	reuters
G	4	reuters chicago newsdesk
G	4	reuters ottawa burea
G	4	reuters television
G	4	reuters toronto bureau
G	4096	rev
G	512	revlon
G	4	revolutionary armed forces of colombia
G	4	revolutionary united front
G	4	revolutionary workers ' party
G	4	rewe
G	4	rewe-handelsgruppe
G	16	reyansh
G	32	reyes
G	64	reykjavik
G	16	reyna
G	16	reynaldo
G	32	reynolds
G	16	reza
G	16	rhea
G	16	rhett
G	16	rhiannon
G	8	rhineside
G	16	rhoda
G	256	rhode island
G	16	rhona
G	16	rhonda
G	4	rhone poulenc
G	20	ria
G	32	ribeiro
G	16	ricardo
G	1	ricardo rosset
G	1	ricardo sa pinto
G	16	riccardo
G	32	ricci
G	17	richard
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
G	32	richards
G	32	richardson
G	1	richardt
G	16	richelle
G	1	richey reneberg
G	16	richie
G	262	richmond
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
G	16	rico
G	1	riedle
G	2	riel
G	32	ries
G	4	rif
G	1	rifkind
G	64	riga
G	2048	rihanna
G	1	rika hiraki
G	16	rikki
G	16	riko
G	17	riley
G	16	rimas
G	1	rimma maslova
G	16	rin
G	16	rina
G	2048	ringo starr
G	66	rio
G	66	rio de janeiro
G	256	rio grande
G	1	rios
G	1	ripken
G	4	rishon
G	2	rishon-lezion
G	16	rita
G	1	rita grande
G	2048	rivaldo
G	32	rivas
G	4	river medical inc.
G	4	river plate
G	32	rivera
G	256	riverbend
G	256	riverfront
G	256	riverside
G	2	riviera
G	16	riya
G	66	riyadh
G	1	riza altun
G	1	rizzitelli
G	32	rizzo
G	4	rkc
G	4	rkc waalijk
G	4	rkc waalwijk
G	4	rmt
G	1	ro gajadhar
G	4	road alert
G	16	roan
G	16	rob
G	1	rob enderle
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
G	32	robertson
G	1	robin brooke
G	2048	robin hood
G	32	robinson
G	1	robson
G	16	robyn
G	16	rocco
G	32	rocha
G	4	rochdale
G	1	roche
G	16	rochele
G	16	rochelle
G	256	rochester
G	16	rocio
G	8	rocky
G	1	rocky coppinger
G	2048	rod stewart
G	4	roda jc
G	4	roda jc kerkrade
G	16	roderick
G	16	rodger
G	1	rodica matescu
G	16	rodney
G	1	rodney eyles
G	1	rodney mosier
G	16	rodolfo
G	16	rodrigo
G	1	rodrigo carneiro
G	32	rodrigues
G	33	rodriguez
G	1	roe
G	16	roel
G	1	roelofsen
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
G	32	rogers
G	16	roghayyeh
G	16	rohan
G	1	rohan robinson
G	1	rohrabacher
G	32	rojas
G	16	roland
G	16	rolanda
G	16	rolando
G	16	rolf
G	1	rolf ekeus
G	1	rolf fringer
G	1	rolf sorensen
G	4	roma
G	16	roman
G	8	roman catholic
G	512	roman empire
G	130	romania
G	8	romania-hungary
G	9216	romanian
G	4	romanian soccer federation
G	8	romanian-registered
G	1024	romanians
G	32	romano
G	1	romano prodi
G	1	romano sion
G	66	rome
G	16	romeo
G	1	romeo wouden
G	32	romero
G	1	romesh kaluwitharana
G	1	romina nicaretta
G	16	ron
G	1	ron wright
G	1	rona young
G	16	ronald
G	1	ronald brunmayr
G	1	ronald de boer
G	1	ronald goldman
G	1	ronald reagan
G	1	ronald waterreus
G	2048	ronaldinho
G	2049	ronaldo
G	1	ronaldo gonzalez
G	16	ronan
G	1	ronan rafferty
G	16	ronda
G	16	roni
G	16	ronna
G	16	ronnie
G	1	ronnie irani
G	16	ronny
G	1	ronny brunswijk
G	32	roosevelt
G	1	roosevelts
G	16	rory
G	1	rory underwood
G	16	rosa
G	1	rosado
G	16	rosalie
G	16	rosalina
G	16	rosalind
G	16	rosalinda
G	16	rosalyn
G	16	rosanna
G	16	rosanne
G	16	rosario
G	4	rosario central
G	1	rosati
G	16	roscoe
G	16	roseann
G	16	roseanne
G	16	rosella
G	16	roselle
G	16	rosemarie
G	16	rosemary
G	1	rosemary bennett
G	32	rosenberg
G	4	rosenborg
G	16	rosetta
G	1	roshan mahanama
G	16	rosie
G	16	roslyn
G	17	ross
G	4	ross county
G	1	ross mcfarlane
G	1	ross perot
G	1	rosset
G	32	rossi
G	4	rostelekom
G	1	rostislav khotin
G	4	rostselmash rostov
G	32	rotari
G	32	roth
G	4	rotherham
G	2048	rothko
G	4	rothschild & cie
G	4	rotor volgograd
G	66	rotterdam
G	8	rottweiler
G	2	rousse
G	32	roux
G	1	rouxel
G	2	rovereto
G	8	rovereto international
G	4	rovers
G	16	rowan
G	32	rowe
G	16	rowena
G	32	rowling
G	16	roxana
G	16	roxane
G	16	roxanna
G	16	roxanne
G	2	roxbury
G	16	roxie
G	16	roxy
G	17	roy
G	1	roy aitken
G	1	roy keane
G	4	royal armed forces
G	1	royal ascot
G	512	royal bank
G	512	royal dutch shell
G	2	royal free hospital school of medicine
G	4	royal meteorological institute
G	4	royal oak
G	4	royal oak mines inc
G	4	royals
G	16	royce
G	1	royce clayton
G	4	rsa data security
G	4	rsr
G	4	rtrs
G	16	ruben
G	1	ruben amaro
G	1	ruben kruger
G	1	rubens barrichello
G	17	rubin
G	32	rubio
G	1	ruch
G	4	ruch chorzow
G	4	rudar
G	1	rudi thiel
G	16	rudolf
G	1	rudolf gajdos
G	16	rudolph
G	16	rudy
G	2	rudyard
G	1	ruehe
G	4	ruf
G	16	rufus
G	4	rugby football union
G	8	rugby league
G	4	rugby union
G	1	ruggiero rizzitelli
G	4	ruhunu university
G	1	rui barros
G	1	rui correia
G	1	rui costa
G	1	rui madeira
G	32	ruiz
G	2	rumbek
G	2048	rumi
G	2048	run dmc
G	1	rune hansen
G	1	rupam banerjee
G	2048	rupaul
G	16	rupert
G	1	rupert murdoch
G	2048	rush limbaugh
G	16	russ
G	16	russel
G	16	russell
G	1	russell claydon
G	130	russia
G	9216	russian
G	2	russian federation
G	8	russian national olympic committee
G	8	russian trading system
G	4	russian weather service
G	8	russian-built
G	8	russian-chechen
G	8	russian-made
G	9216	russians
G	32	russo
G	1	rusty greer
G	32	rusu
G	17	ruth
G	1	ruth collin
G	1	ruth perry
G	16	ruthie
G	1	ruutel
G	1	ruxandra dragomir
G	130	rwanda
G	9216	rwandan
G	8	rwandan hutu
G	1024	rwandans
G	16	ryan
G	512	ryanair
G	32	ryang
G	8	ryder cup
G	1	ryo
G	32	ryoo
G	16	ryou
G	1	ryszard hincza
G	1	ryszard wieczorek
G	32	ryu
G	1	ryutaro hashimoto
G	2048	rza
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
G	16	saanvi
G	2	saarbruecken
G	32	saarinen
G	16	sabina
G	16	sabine
G	1	sabine appelmans
G	1	sabine hack
G	3	sabourin
G	16	sabrina
G	1	sachin tendulkar
G	64	sacramento
G	512	sacramento kings
G	1	saddam
G	2048	saddam hussain
G	1	saddam hussein
G	16	sade
G	16	sadie
G	1	sadiki
G	17	saeed
G	1	saeed anwar
G	1	saeed hasan
G	512	safeway
G	16	sahar
G	8	sahara cup
G	32	sahin
G	1	said
G	16	saida
G	512	sainsburys
G	128	saint helena
G	256	saint lawrence river
G	64	saint louis
G	128	saint lucia
G	128	saint martin
G	1	saint of the gutters
G	64	saint petersburg
G	1	sainz
G	8	sairyu maru no : 2
G	32	saito
G	2	sakai
G	32	sakamoto
G	1	sake
G	16	sakeena
G	256	sakhalin
G	4	sakigake
G	16	sakineh
G	16	sakura
G	16	sal
G	1	salah hissou
G	2	salahuddin
G	2	salamanca
G	2	salang
G	32	salas
G	1	saleh
G	64	salem
G	512	salesforce
G	1	sali berisha
G	32	salihovic
G	16	salik
G	1	salim malik
G	1	salisbury
G	16	sallie
G	16	sally
G	1	sally barsosio
G	1	sally boyden
G	16	salma
G	32	salminen
G	32	salo
G	16	salome
G	4	salomon
G	4	salomon & taylor
G	4	salomon & taylor made co ltd
G	4	salomon brothers
G	4	salomon brothers inc
G	32	salonen
G	1	salou
G	1	salou bachirou
G	64	salt lake city
G	2050	salvador
G	16	salvatore
G	1	salvatore botta
G	64	salzburg
G	16	sam
G	1	sam nelson
G	1	sam victor malu
G	1	sam wilson
G	16	samantha
G	2048	samara
G	1	sameh haj yihye
G	16	sami
G	16	samir
G	1	samir arnaut
G	16	samira
G	16	samkelo
G	16	sammie
G	16	sammy
G	1	sammy sosa
G	128	samoa
G	1024	samoan
G	1024	samoans
G	1	samokhalova
G	4	sampdoria
G	1	samper
G	1	sampras
G	1	samson
G	1	samson kitur
G	516	samsung
G	16	samuel
G	1	samuel graham
G	1	samuel matete
G	64	san antonio
G	512	san antonio spurs
G	70	san diego
G	512	san diego chargers
G	516	san diego padres
G	8	san diego-based
G	70	san francisco
G	516	san francisco giants
G	66	san jose
G	512	san jose earthquakes
G	64	san juan
G	4	san lorenzo
G	256	san luis potosi
G	130	san marino
G	2	san mateo
G	64	san pedro
G	64	san salvador
G	64	sanaa
G	1	sanath jayasuriya
G	33	sanchez
G	1	sanchez vicario
G	1	sanchez zarraga
G	32	sandberg
G	16	sandeep
G	32	sanders
G	1	sandon stolle
G	17	sandra
G	1	sandra cacic
G	1	sandra cecchini
G	1	sandra dopfer
G	1	sandra o'neal
G	1	sandrine testud
G	16	sandro
G	2	sandusky
G	16	sanjay
G	64	santa ana
G	2	santa barbara
G	256	santa catarina
G	2048	santa claus
G	64	santa fe
G	2	santa maria de pocosol
G	64	santa marta
G	1	santa puglisi
G	32	santana
G	32	sante
G	2048	santiago
G	2	santiago bernabeu
G	2048	santigold
G	16	santino
G	64	santo domingo
G	36	santos
G	32	sanz
G	71	sao paulo
G	4	sao paulo-santos
G	64	sapporo
G	16	saqib
G	1	saqlain mushtaq
G	16	sara
G	17	sarah
G	1	sarah brady
G	1	sarah pitkowski
G	1	sarah thorsett
G	66	sarajevo
G	256	sarawak
G	2	sardinia
G	32	saric
G	16	sarina
G	1	sarka kasparkova
G	32	sasaki
G	16	sasha
G	258	sask
G	258	saskatchewan
G	4	saskatchewan pork international marketing group
G	4	saskatchewan wheat pool
G	32	sato
G	16	satoshi
G	1	satoshi higashi
G	4	sauber
G	9216	saudi
G	130	saudi arabia
G	4	saudi press agency
G	9216	saudis
G	16	saul
G	32	saunders
G	16	savanna
G	16	savannah
G	32	savic
G	258	saxony
G	1	sayed salahuddin
G	4	sbc communications
G	4	sbc warburg
G	8	sbf-120
G	4	sc
G	4	sc espinho
G	4	scac delmas vileujeux
G	4	scarborough
G	16	scarlett
G	2048	scarlett johansson
G	4	schalke
G	4	schalke 04
G	1	schein
G	4	schering ag
G	32	scheving
G	32	schiltz
G	32	schmid
G	32	schmidt
G	32	schmit
G	32	schmitt
G	32	schmitz
G	32	schneider
G	2	schoenefeld
G	1	schreuder
G	32	schroeder
G	32	schubert
G	1	schultz
G	33	schulz
G	1	schumacher
G	1	schutte
G	1	schwabl
G	32	schwarz
G	512	scientology
G	1	scifo
G	4	scor
G	8	scoreboard-australia
G	4	scorpion
G	4	scorpion minerals inc
G	16	scot
G	130	scotland
G	16	scott
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
G	16	scottie
G	9216	scottish
G	8	scottish league cup
G	1024	scottishes
G	256	scotts bluff
G	16	scotty
G	4	scunthorpe
G	4	sda
G	4	sdv
G	2	seaford union
G	256	seaforth
G	512	seagate
G	16	seamus
G	16	sean
G	1	sean dundee
G	1	sean fitzpatrick
G	512	sears
G	4	seasongood & mayer
G	4	seat
G	256	seaton
G	70	seattle
G	516	seattle mariners
G	512	seattle seahawks
G	512	seattle sounders
G	16	sebastian
G	1	sebastian lindholm
G	16	sebastien
G	1	sebastien fournier
G	1	sebastien lareau
G	1	sebastien tortelli
G	4	sec
G	8	second empire
G	4096	secretary
G	4	securities and exchange commission
G	4	securities and exchnage commission
G	4	securities products business
G	4	security council
G	4	security dynamics technologies inc.
G	4	security ministry
G	1	seeliger
G	1	seguin
G	32	segura
G	1	seguy
G	1	seiki okuda
G	256	seine
G	32	seinfeld
G	16	sekou
G	256	selangor
G	4	selection committee
G	16	selena
G	16	selene
G	1	seles
G	1	seles has
G	4	seliko
G	16	selim
G	16	selina
G	16	selma
G	32	semjonov
G	32	semyonov
G	4098	sen
G	4	senate
G	4096	senator
G	1	seneferu
G	130	senegal
G	9216	senegalese
G	1024	senegaleses
G	4096	sens
G	32	seoh
G	66	seoul
G	4	seoul newsroom
G	16	sepp
G	32	sepulveda
G	8192	serb
G	8	serb-controlled
G	8	serb-held
G	130	serbia
G	9216	serbian
G	1024	serbians
G	8192	serbs
G	16	serena
G	16	serge
G	4096	sergeant major
G	16	sergei
G	1	sergei mironov
G	1	sergei rogachev
G	1	sergei yastrzhembsky
G	16	sergey
G	1	sergey makarov
G	1	sergi barjuan
G	1	sergi bruguera
G	17	sergio
G	8	serie a
G	8	series
G	16	serife
G	32	serrano
G	1	servais knaven
G	1	servet pellumbi
G	4	servette
G	16	setayesh
G	16	seth
G	4	settat
G	4	setubal
G	16	sevda
G	1	seve ballesteros
G	1	severin konan kouame
G	66	seville
G	16	sevinj
G	1	sewa
G	512	sex pistols
G	130	seychelles
G	8	seychellois
G	16	seymour
G	4096	sfc
G	1	sfeir
G	4096	sgt
G	2	shaba
G	1	shabir ahmad muhammad jalil
G	2	shabwa
G	8	shabwa block no .
G	1	shadab kabir
G	1	shah
G	16	shahd
G	16	shahid
G	1	shahid hasan khan
G	16	shaikha
G	16	shaim
G	16	shaimaa
G	2048	shakespeare
G	4	shakhtar
G	4	shakhtar donetsk
G	16	shakira
G	32	shala
G	16	shana
G	16	shanaya
G	16	shanda
G	16	shane
G	1	shane drew
G	1	shane kelly
G	1	shane reynolds
G	66	shanghai
G	4	shanghai automobile corporation
G	4	shanghai ek chor
G	4	shanghai post and telecomm
G	4	shanghai posts and telecommunications equipment co
G	4	shanghai-ek chor
G	4	shanghai-ek chor motorcycle co
G	16	shania
G	16	shanna
G	16	shannon
G	16	shanon
G	64	shantou
G	16	shaquille
G	16	shari
G	1	sharif
G	2	sharjah
G	16	sharlene
G	32	sharma
G	16	sharon
G	1	sharpe
G	16	sharron
G	16	sharyn
G	2	shatoi
G	16	shaun
G	1	shaun pollock
G	16	shauna
G	16	shawn
G	16	shawna
G	16	shay
G	1	shay given
G	16	shayla
G	16	shayma
G	16	shayna
G	16	shayne
G	1	shayne king
G	16	shea
G	16	sheba
G	16	sheena
G	71	sheffield
G	4	sheffield united
G	4	sheffield wednesday
G	33	shehu
G	4096	sheikh
G	16	sheila
G	4	shelbourne
G	16	shelby
G	16	sheldon
G	16	shelia
G	4	shell
G	16	shelley
G	16	shelly
G	16	shelton
G	4	shen
G	1	shen guofang
G	64	shenyang
G	64	shenzhen
G	256	sherbrooke
G	16	sheri
G	16	sheridan
G	16	sherifa
G	2048	sherlock holmes
G	16	sherman
G	16	sherri
G	16	sherrie
G	16	sherry
G	16	sheryl
G	1	sheu
G	1	sheu yuan-dong
G	33	shevchenko
G	32	shevchuk
G	1	shi-ting wang
G	2048	shia labeouf
G	1	shigeki
G	1	shigeki maruyama
G	64	shijiazhuang
G	64	shillong
G	16	shiloh
G	1	shimaponda
G	32	shimizu
G	64	shimla
G	1	shimon peres
G	1	shinichi itoh
G	4	shining path
G	16	shira
G	2	shiraz
G	16	shirley
G	16	shirli
G	16	shirly
G	4	shishu bhavan
G	1	shiya takeishi
G	64	shiyan
G	1	shkirko
G	16	shlomo
G	16	shona
G	256	shopping district
G	4	shrewsbury
G	16	shristi
G	1	shumer
G	1	shuzo matsuoka
G	16	shyla
G	4	siam commercial
G	4	siam commercial bank
G	4	siam commercial bank plc
G	2	siauliai
G	256	siberia
G	4	sibonina
G	256	sichuan
G	8	sicilian
G	258	sicily
G	16	sid
G	16	siddhartha
G	1	sidhu
G	4	sidi kacem
G	1	sidia toure
G	16	sidney
G	4	sidor
G	4	sidwell friends school
G	1	sieg
G	2048	siegfried
G	512	siemens
G	2	sierakowice
G	22	sierra
G	130	sierra leone
G	8	sierra leonean
G	4	sierra semiconductor
G	4	sierra semiconductor corp
G	4	sietco
G	1	sigeki maruyama
G	4	sigma olomouc
G	16	sigmund
G	1	sigurd njerve
G	256	sikkim
G	16	silas
G	2	silicon valley
G	1	silke renk
G	16	sillin
G	32	silva
G	16	silvia
G	1	silvia farina
G	16	silvio
G	1	silvio berlusconi
G	1	silvio martinelli
G	4	simex
G	4	simex brent
G	8	simex nikkei
G	1	simitis
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
G	1	simpson
G	256	sinaloa
G	32	sinatra
G	2048	sinbad
G	32	sinclair
G	4	sindh high court
G	16	sindy
G	1	sinead delahunty
G	130	singapore
G	4	singapore international monetary exchange
G	4	singapore newsroom
G	4	singapore petroleum company
G	4	singapore refining company
G	8	singapore-listed
G	1024	singaporean
G	1024	singaporeans
G	8	singer
G	8	singer cup
G	8	singer world
G	8	singer world series
G	32	singh
G	4	sino-thai
G	128	sint maarten
G	4	sint truiden
G	16	siobhan
G	4	siofok
G	4	sion
G	4096	sir
G	1	siraj mia
G	32	sirbu
G	2	sirnak
G	16	sita
G	1	sitanyi
G	16	siti
G	2	sivas
G	16	siyabonga
G	1	sjeng schalken
G	4	sk ceske budejovice
G	4	sk hradec kralove
G	4	sk slavia praha
G	1	skandalidis
G	4	skeid
G	2	skeleton canyon
G	2	skhirat
G	16	skip
G	4	skoda plzen
G	66	skopje
G	4	sks tana
G	4	sky
G	16	skye
G	4	slask wroclaw
G	1	slawomir wojciechowski
G	2	sliema
G	1	slight
G	4	sloboda
G	16	slobodan
G	2049	slobodan milosevic
G	4	sloga jugomagnat
G	4	slough
G	4	slough estates
G	4	slough estates plc
G	9216	slovak
G	130	slovakia
G	1024	slovaks
G	4	slovan bratislava
G	4	slovan liberec
G	130	slovenia
G	8	slovenian
G	8	small is beautiful
G	1	smets
G	1	smicer
G	512	smirnoff
G	33	smirnov
G	32	smit
G	33	smith
G	1	smoltz
G	33	smyth
G	4	sncf
G	4	snet
G	16	snezana
G	2048	snoop dogg
G	2048	snow white
G	512	snp
G	1	snyman
G	16	sobia
G	1	sobotzik
G	4	socal edison
G	4	social democratic party
G	8	social democrats
G	4	socialist party
G	2048	socrates
G	18	sofia
G	4	sofia newsroom
G	16	sofie
G	16	sofija
G	4	softbank
G	4	softbank corp
G	1	sohail
G	256	soho
G	4	sokol tychy
G	32	sokolov
G	4	sokolovska uhelna
G	2	sokoto
G	4	solidere
G	16	solomon
G	128	solomon islands
G	32	solovyov
G	1	solskjaer
G	130	somalia
G	1024	somalian
G	1024	somalians
G	16	somayyeh
G	260	somerset
G	4	somerset jewellers
G	2	son sen
G	16	sondra
G	16	sonia
G	16	sonja
G	256	sonora
G	512	sony
G	16	sonya
G	16	sophia
G	1	sophia rose
G	16	sophie
G	1	soprun
G	16	soren
G	1	soren jessen-petersen
G	1	soren lausberg
G	1	soren lausgberg
G	33	sorensen
G	1	sorrento
G	33	sosa
G	32	soto
G	16	souleymane
G	512	soundgarden
G	4	soundview financial group
G	32	soung
G	1	sourav ganguly
G	32	sousa
G	16	souta
G	6	south
G	130	south africa
G	8	south african
G	4	south african hockey association
G	8	south africans
G	2	south america
G	256	south carolina
G	4	south china morning post
G	258	south dakota
G	256	south end
G	2	south island
G	2	south kivu
G	130	south korea
G	8	south korea-based
G	8	south korean
G	8	south korean-related
G	2	south miami hospital
G	4	south queensland
G	256	south side
G	128	south sudan
G	4	south sydney
G	2	south yemen
G	262	southampton
G	2	southeastern bulgaria
G	4	southend
G	8	southern
G	4	southern california edison co
G	4	southern illinois university at carbondale
G	4	southern new england
G	4	southern new england telecommunciations corp
G	4	southern new england telecommunications corp.
G	4	southland life
G	4	southland life insurance co
G	256	southwold
G	8192	soviet
G	2	soviet union
G	8	soviet-era
G	8	soviet-style
G	64	soweto
G	2	spa-francochamps
G	2	spa-francorchamps
G	130	spain
G	4	spal
G	9216	spaniard
G	1024	spaniards
G	8	spanish
G	8	spanish supercup
G	4	spar ag
G	4	sparta
G	4	sparta prague
G	4	sparta rotterdam
G	4	spartak
G	4	spartak moscow
G	4	spartak trnava
G	4	spd
G	4	specia
G	1	specter
G	1	spence
G	16	spencer
G	512	spice girls
G	2048	spider man
G	2048	spiderman
G	4	spif cesky
G	16	spike
G	2	spitzbergen
G	4	spla
G	2	split
G	4096	spokesman
G	4096	spokeswoman
G	4	sport recife
G	4	sporting
G	512	sporting kansas city
G	4	sporting sale
G	4	sportul studentesc
G	1	spot thomson
G	2	sprague
G	2	spring
G	4	springbok
G	4	springboks
G	1	springer
G	2	springfield
G	256	springhill
G	256	springwood
G	4	spt telecom
G	512	squarespace
G	4096	sr
G	4	src
G	2	srebrenica
G	16	sri
G	130	sri lanka
G	8	sri lankan
G	8	sri lankans
G	2	srinagar
G	1	srinath
G	1	srutwa
G	4	ssangbangwool
G	2	st ansgar
G	2	st croix
G	4	st gallen
G	4	st george
G	6	st helens
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
G	2	st. christopher children 's hospital
G	2	st. louis
G	4	st. louis cardinals
G	2	st. matthew 's
G	2	st. matthews missionary baptist church
G	4	stabaek
G	16	stacey
G	16	staci
G	16	stacie
G	16	stacy
G	2	stadium court
G	4	stadler
G	256	stafford
G	256	staffordshire
G	4	stagecoach
G	4	stagecoach holdings plc
G	8	stainless fighter
G	32	stalin
G	8	stalinist
G	1	stallone
G	16	stan
G	4	standard liege
G	16	stanislav
G	16	stanislaw
G	17	stanley
G	1	stanojlovic
G	2	stansted
G	4	star magazine
G	512	starbucks
G	16	starla
G	32	starmer
G	4	start
G	4	state ( central ) bank
G	4	state council
G	4	state customs committee
G	4	state department
G	4	state national bank of greece
G	2	state of ohio
G	4	state planning commission
G	64	staten island
G	4	statistics canada
G	516	statoil
G	4	status weekly
G	1	steady eddie
G	4	steaua bucharest
G	4	steel industry center
G	32	steele
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
G	1	stefka kostadinova
G	32	stein
G	2	steinberg
G	32	steiner
G	16	stela
G	16	stella
G	4	stenhousemuir
G	1	stenning
G	4	stentex
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
G	4	steptoe & johnson
G	1	sterling hitchcock
G	1	stevanin
G	16	steve
G	1	steve backley
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
G	32	stevens
G	32	stevenson
G	16	stevie
G	16	stew
G	17	stewart
G	1	stewart ginn
G	2	steyr
G	1	stich
G	4	stinnes
G	4	stirling
G	4	stock exchange
G	66	stockholm
G	4	stockport
G	256	stockwell
G	32	stoica
G	32	stojanovic
G	4	stoke
G	512	stoke city
G	1	stoltenberg
G	4	stomil olsztyn
G	4	stork
G	32	stoyanov
G	32	stoyanova
G	1	stranksy
G	4	stranraer
G	68	strasbourg
G	256	stratford
G	1	streak
G	1	strobe talbott
G	1	stromme
G	4	stromsgodset
G	256	stroud
G	16	stu
G	16	stuart
G	1	stuart cage
G	1	stuart law
G	2	stung treng
G	4	sturm graz
G	70	stuttgart
G	32	suarez
G	516	subaru
G	8	subaru impreza
G	32	subotic
G	8	sud-ptt
G	130	sudan
G	4	sudan airways
G	4	sudan people 's liberation army
G	9216	sudanese
G	1024	sudaneses
G	256	sudbury
G	1	sudradjat djiwandono
G	16	sue
G	4	suedwest lb
G	256	suffolk
G	2	sugo
G	16	suha
G	1	suharto
G	4	sui northern gas
G	4	sui southern gas
G	2	suleimaniya
G	1	suleyman demirel
G	32	sullivan
G	2	sullivan 's island
G	1	sultan
G	16	sumayah
G	16	sumit
G	4	sumitomo
G	4	sumitomo corp
G	4	sun co
G	1	sun jian
G	4	sun microsystems
G	4	sun microsystems inc.
G	8	sun-ho
G	1	sunday bada
G	260	sunderland
G	1	sung-hee park
G	4	sungard
G	4	sungard data systems inc
G	4	sungard shareholder systems inc
G	16	sunita
G	256	sunset hills
G	8	super cup
G	4	super indah makmur
G	8	super league
G	8	supercup
G	2049	superman
G	4	supreme coordination council alliance
G	4	supreme court
G	4	supreme federal tribunal
G	4096	supt
G	66	surabaya
G	16	suraj
G	64	surat
G	16	suresh
G	4096	surg
G	2	surinam
G	128	suriname
G	8	surinamese
G	8	surinamese-born
G	262	surrey
G	16	susan
G	1	susan nadeau
G	1	susan roosevelt weld
G	1	susan smith
G	16	susana
G	16	susane
G	16	susanna
G	16	susannah
G	16	susanne
G	16	susi
G	16	susie
G	260	sussex
G	4	sutjeska
G	1	suvit
G	1	suvit maenmuan
G	4	suwon
G	16	suzan
G	16	suzana
G	16	suzane
G	16	suzanna
G	16	suzanne
G	16	suzette
G	64	suzhou
G	16	suzie
G	2	suzuka
G	36	suzuki
G	16	suzy
G	4	sv hamburg
G	4	sv ried
G	4	sv salzburg
G	4	svcd bulgaria
G	16	sven
G	1	sven pieters
G	1	sven struver
G	1	sven teutenberg
G	16	svend
G	32	svensson
G	1	svetlana goncharova
G	1	svetlana masterkova
G	1	svetlana samokhalova
G	1	svetlana zalevskaya
G	32	svoboda
G	32	svobodova
G	2048	swami
G	4	swansea
G	128	swaziland
G	2	swe
G	4	swebus
G	4	swebus ab
G	9216	swede
G	130	sweden
G	1024	swedes
G	8	swedish
G	2	swerford
G	1	swift
G	4	swindon
G	9216	swiss
G	4	swiss bank corp
G	8	swiss-based
G	1024	swisses
G	130	switzerland
G	4	swp
G	16	sybil
G	16	syd
G	256	sydenham
G	2054	sydney
G	4	sydney bulldogs
G	4	sydney city
G	4	sydney newsroom
G	4	sydney tigers
G	16	syed
G	256	sylhet
G	16	sylvester
G	1	sylvester stallone
G	16	sylvia
G	16	sylvie
G	1	sylvie florence
G	4	symantec corp.
G	130	syria
G	9216	syrian
G	8	syrian-lebanese
G	9216	syrians
G	32	szabo
G	16	szymon
G	512	t mobile
G	8	t$
G	4	t&n
G	4	t&n plc
G	8	t-72
G	1	t. munton
G	1	ta mok
G	4	tabak
G	256	tabasco
G	16	tabatha
G	16	tabitha
G	64	tabriz
G	8	tacis
G	512	taco bell
G	1	tadayuki okada
G	1	tadeusz awdankiewicz
G	16	tadgh
G	4	tafawa balewa university
G	17	taha
G	32	tahirovic
G	256	tahiti
G	64	taian
G	6	taibe
G	16	taichi
G	64	taichung
G	4	taichung division
G	16	taika
G	64	tainan
G	66	taipei
G	4	taipei newsroom
G	2	taipei university hospital
G	130	taiwan
G	4	taiwan flour mills assn
G	2	taiwan strait
G	9216	taiwanese
G	1024	taiwaneses
G	64	taiyuan
G	256	taj mahal
G	130	tajikistan
G	32	takahashi
G	2048	takashi
G	1	takeda
G	1	takeishi
G	1	takemura
G	1	takuma aoki
G	16	tala
G	1	talabani
G	1	talbott
G	8192	taleban
G	16	talia
G	16	talitha
G	66	tallinn
G	4	tallinna sadam
G	16	tamar
G	16	tamara
G	1	tamas erdei
G	256	tamaulipas
G	1	tamer el sawy
G	16	tamera
G	16	tami
G	1	tami whitlinger jones
G	16	tamika
G	8192	tamil
G	258	tamil nadu
G	4	tamil tiger
G	8	tamil-speaking
G	8192	tamils
G	16	tammi
G	16	tammie
G	16	tammy
G	512	tampa bay buccaneers
G	512	tampa bay rays
G	66	tampere
G	16	tamra
G	1	tan fook
G	32	tanaka
G	2	tando allahyar
G	1	tang
G	1	tang jiaxuan
G	1	tang shubei
G	64	tangier
G	64	tangshan
G	16	tania
G	16	tanika
G	16	tanisha
G	4	tanjug
G	4	tankan
G	16	tanner
G	1	tansu ciller
G	16	tanya
G	1	tanya dubnicoff
G	130	tanzania
G	8	tanzanian
G	1	tapie
G	16	tara
G	1	tarak das
G	16	tarana
G	1	tarango
G	16	tareq
G	1	tareq aziz
G	4	tarmac
G	4	tarmac plc
G	2	tartous
G	64	tartu
G	16	taryn
G	16	tasha
G	64	tashkent
G	258	tasmania
G	4	tass
G	258	tatarstan
G	32	tate
G	16	tatiana
G	1	tatiana stiajkina
G	4	tatran presov
G	16	tatsuki
G	2048	tatum
G	2049	tatyana
G	1	tatyana dmitrieva
G	1	tatyana jecmenica
G	1	tatyana motkova
G	1	taument
G	256	taunton
G	2	tauranaga
G	2	tauranga
G	1	tauziat
G	32	tavares
G	1	tavarez
G	4	tavria
G	16	tawana
G	2049	taylor
G	4	taylor asset managers
G	4	tbc
G	64	tbilisi
G	4	tbn
G	512	td bank
G	1	tea vikstedt-nyman
G	16	ted
G	16	teddy
G	1	teemu selanne
G	16	tegan
G	2	tegel
G	66	tegucigalpa
G	66	tehran
G	32	teixeira
G	4	tekstilshchik kamyshin
G	4	tekstilshik kamyshin
G	70	tel aviv
G	256	telangana
G	512	telefonica
G	4	telekom
G	4	television new zealand
G	3	telfer
G	4	telo
G	4	telstra
G	512	telus
G	2	tempelhof
G	8	ten commandments
G	4	tenacity
G	512	tencent
G	2	tender heart
G	1	tendulkar
G	256	tenn
G	256	tennessee
G	512	tennessee titans
G	16	teodora
G	256	teotihuacan
G	1	teravainen
G	17	terence
G	17	teresa
G	16	tereza
G	16	teri
G	16	terrance
G	16	terrell
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
G	512	tesco
G	512	tesla motors
G	16	tess
G	16	tessa
G	16	tessie
G	4	tetouan
G	1	teutenberg
G	4	texaco inc
G	1024	texan
G	1024	texans
G	262	texas
G	4	texas agricultural statistics service
G	512	texas instruments
G	2	texas panhandle
G	516	texas rangers
G	4	texas wheat producers
G	512	tgi fridays
G	1	thabo mbeki
G	16	thad
G	16	thaddeus
G	9216	thai
G	130	thailand
G	1024	thais
G	16	thalia
G	256	thames
G	16	thandolwethu
G	32	thatcher
G	4	thawra
G	2	the
G	512	the beach boys
G	512	the beatles
G	512	the black eyed peas
G	256	the bronx
G	512	the byrds
G	4	the canaries
G	512	the carpenters
G	512	the daily mail
G	512	the guess who
G	64	the hague
G	256	the hamptons
G	512	the hollies
G	4	the island
G	4	the land is ours
G	4	the muslim
G	4	the nation
G	4	the natural law party
G	2	the netherlands
G	4	the new york times
G	4	the news
G	2	the oval
G	512	the smashing pumpkins
G	4	the statesman
G	4	the sun
G	512	the supremes
G	4	the times
G	2	the town of our lady the queen of the angels
G	8	the vermonter
G	4	the wall street journal
G	4	the walt disney co
G	4	the washington post
G	512	the who
G	16	thea
G	16	thelma
G	16	theo
G	16	theodor
G	16	theodora
G	16	theodore
G	1	theodore roosevelt
G	1	theodoros pangalos
G	16	theresa
G	2048	theresa may
G	17	therese
G	66	thessaloniki
G	1	theybers
G	16	thiago
G	1	thiel
G	1	thierry dehaan
G	1	thierry henry
G	32	thill
G	512	thin lizzy
G	4	thinakaran
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
G	33	thompson
G	32	thomsen
G	33	thomson
G	4	thomson bankwatch
G	1	thon
G	2048	thor
G	32	thorarensen
G	32	thorlacius
G	256	thornhill
G	1	thorpe
G	16	tia
G	32	tian
G	16	tiana
G	66	tianjin
G	16	tianna
G	64	tianshui
G	8	tiantan
G	16	tiara
G	4	tiber
G	2	tibet
G	8	tibetan
G	16	tiffany
G	2048	tiger woods
G	4	tigers
G	1	tijjani babangida
G	66	tijuana
G	8	tikhomirov-maskhadov
G	64	tilburg
G	4	tilcon inc
G	1	tillekeratne
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
G	2048	timbaland
G	4	times of london
G	64	timisoara
G	16	timmy
G	128	timor leste
G	16	timothy
G	1	timothy reid
G	16	tina
G	1	tina kirzan
G	1	tina krizan
G	16	tingting
G	66	tirana
G	16	tisha
G	16	titus
G	256	tiverton
G	32	tjin
G	32	tkachenko
G	256	tlaxcala
G	12	tm
G	512	tmz
G	16	tobias
G	16	toby
G	16	tod
G	16	todd
G	1	todd hollandsworth
G	1	todd martin
G	1	todd stottlemyre
G	1	todd woodbridge
G	1	todor zhivkov
G	32	todorov
G	32	todorova
G	130	togo
G	128	tokelau
G	66	tokyo
G	4	tokyo commodities desk
G	4	tokyo soir
G	4	tokyo soir co ltd
G	4	tokyo-mitsubishi bank
G	32	tolstoy
G	4	toluca
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
G	16	tomas
G	1	tomas carbonell
G	1	tomas cibola
G	1	tomas post
G	16	tomasz
G	1	tomasz moskal
G	32	tomic
G	16	tommaso
G	1	tommi makinen
G	16	tommie
G	16	tommy
G	1	tommy haas
G	1	tommy martyn
G	1	tommy thompson
G	16	tomoharu
G	64	tomsk
G	130	tonga
G	2	tongo field
G	16	toni
G	16	tonia
G	256	tonto
G	17	tony
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
G	1	toomas savi
G	2	topolcany
G	16	tora
G	16	tori
G	4	torino
G	70	toronto
G	516	toronto blue jays
G	1	toronto dominion
G	512	toronto raptors
G	8	toronto-based
G	4	torpedo
G	4	torpedo moscow
G	4	torpedo zaporizhya
G	260	torquay
G	1	torrance zellner
G	32	torres
G	2	torshavn
G	1	tortelli
G	4	tosco corp
G	512	toshiba
G	8	toshiba classic
G	4	total petroleum ( north america ) ltd
G	32	toth
G	260	tottenham
G	516	tottenham hotspur
G	4	touchstone software corp.
G	64	toulon
G	64	toulouse
G	8	tour
G	8	tour de france
G	8	tour of netherlands
G	8	tour of switzerland
G	8	tour of the netherlands
G	1	toure
G	4	towers perrin
G	516	toyota
G	4	toyota australia
G	8	toyota celica
G	512	toys r us
G	16	tracey
G	16	traci
G	16	tracie
G	17	tracy
G	1	tracy roosevelt
G	4	trade and industry
G	32	tran
G	4	tranmere
G	8	transcendental meditation
G	4	transkaryotic therapies inc
G	4	transportation ministry
G	1	traore
G	16	travis
G	1	travis fryman
G	2	trax
G	8	trax et al morinville 10-23
G	8	trax et al morinville 2-25
G	4	trax petroleums ltd
G	4	treasuries
G	4	treasury
G	4	treasury department
G	32	tremblay
G	1	trenidad hubbard
G	16	trent
G	2	trent bridge
G	16	trenton
G	2	trepca
G	1	tretschok
G	16	trevor
G	16	trey
G	16	tricia
G	8	trident seven
G	64	trieste
G	16	trina
G	8	trinations
G	2	trincomalee
G	4	trinecke zelezarny
G	2	trinidad
G	130	trinidad and tobago
G	128	trinidad tobago
G	1024	trinidadian
G	1024	trinidadians
G	8	trip-canada
G	4	triple-a columbus
G	66	tripoli
G	2048	tripp
G	256	tripura
G	16	trish
G	16	trisha
G	16	trista
G	16	tristan
G	1	tristan hoffman
G	1	tritan shehu
G	4	tromso
G	1	trond bathel
G	64	trondheim
G	16	troy
G	1	troy corser
G	1	troy o'leary
G	16	trudy
G	1	trulsen
G	16	truman
G	256	truro
G	4	truth and reconciliation commission
G	32	tryniski
G	1	tsang
G	256	tsarskoe selo
G	32	tsui
G	1	tuan quac phan
G	2	tubmanburg
G	16	tui
G	16	tula
G	1	tulio
G	2048	tully
G	64	tulsa
G	256	tulum
G	16	tunar
G	2	tunbridge wells
G	2	tunceli
G	1	tungky ariwibowo
G	66	tunis
G	130	tunisia
G	9216	tunisian
G	1024	tunisians
G	32	tuominen
G	2048	tupac shakur
G	8	tupolev 154
G	1	turabi
G	32	turcan
G	66	turin
G	130	turkey
G	16	turki
G	8	turkish
G	8	turkish cypriot
G	8	turkish kurd
G	1024	turkmen
G	128	turkmenistan
G	1024	turkmens
G	128	turks and caicos islands
G	64	turku
G	34	turner
G	2	turnhout
G	32	turunen
G	258	tuscany
G	8192	tutsi
G	8	tutsi-dominated
G	8	tutsi-run
G	8192	tutsis
G	1	tutu
G	256	tuva
G	128	tuvalu
G	256	tuzigoot
G	4	tv globo
G	4	tv guide
G	4	tvm
G	4	tvx
G	4	tvx gold inc
G	4	twa
G	4	twente enschede
G	4	twins
G	512	twitter
G	8	two
G	2	twyford down
G	2	tx
G	16	ty
G	16	tyler
G	1	tyler houston
G	4	tyndall australia ltd
G	16	tyra
G	2048	tyra banks
G	16	tyrone
G	4	tyrrell
G	16	tyson
G	2	u.k.
G	4	u.n.
G	4	u.n. department of humanitarian affairs
G	4	u.n. general assembly
G	4	u.n. human rights commission
G	4	u.n. security council
G	8	u.n.-sponsored
G	2	u.s
G	2	u.s.
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
G	512	u2
G	2	uae
G	4	uag
G	512	uber
G	2	ubimini
G	516	ubs
G	4	udinese
G	256	udmurtia
G	4	uefa
G	8	uefa cup
G	8	uefa fair play
G	4	ues
G	130	uganda
G	1024	ugandan
G	1024	ugandans
G	16	ughur
G	16	ugne
G	4	uic
G	2	ujjain
G	4	ujpest
G	4	ujpest te
G	130	uk
G	4	ukcm
G	512	ukip
G	2	ukraina palace
G	130	ukraine
G	9216	ukrainian
G	4	ukrainian academy of agrarian sciences
G	1024	ukrainians
G	1	ukyo katayama
G	256	ulaanbaatar
G	64	ulan bator
G	4	ulimo-j
G	16	ulrich
G	16	ulrik
G	6	ulsan
G	4	ulster petroleums ltd
G	16	ulysses
G	1	ulysses grant
G	1	umar shelling
G	16	umberto
G	1	umberto bossi
G	2	umbria
G	4	uml
G	2	umm qasr
G	4	un
G	4	un security council
G	4	unam
G	16	unax
G	512	unesco
G	4	uniceramic
G	512	unilever
G	4	union
G	8	union-england
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
G	130	united states
G	128	united states of america
G	4	unitog co
G	4	universitatea cluj
G	4	universitatea craiova
G	2	university hospital
G	4	university of oklahoma
G	4	university of pennsylvania
G	4	university of the witwatersrand
G	4	unp
G	4	unscom
G	2	uppsala
G	512	ups
G	256	upton
G	256	uptown
G	4	uralmash yekaterinburg
G	8	urals
G	8	urdu-speaking moslems
G	16	uri
G	16	ursula
G	16	urte
G	130	uruguay
G	8	uruguayan
G	64	urumqi
G	2	us
G	4	us luxembourg
G	4	us postal
G	128	us virgin islands
G	8	us$
G	130	usa
G	512	usa today
G	2	usac
G	256	usafa
G	2048	usain bolt
G	4	usda
G	8	usda-sponsored
G	16	usha
G	16	usman
G	512	usps
G	128	ussr
G	4	usta
G	258	utah
G	512	utah jazz
G	4	uti bank
G	1	utomo
G	68	utrecht
G	256	uttar pradesh
G	256	uttarakhand
G	256	uxbridge
G	16	uxue
G	128	uzbekistan
G	8	uzi
G	1	v. drakes
G	1	v. kambli
G	1	v. prasad
G	1	v. solanki
G	2	va
G	4	vac
G	1	vaclav havel
G	1	vaclavas kidikas
G	2	vaduz
G	1	vairelles
G	16	val
G	1	valdo
G	4	vale
G	4	vale do rio doce
G	66	valencia
G	16	valentin
G	1	valentin valkov
G	16	valentina
G	16	valentine
G	2048	valentino rossi
G	32	valenzuela
G	4	valerenga
G	16	valeria
G	16	valerie
G	4	valero energy corp
G	16	valery
G	1	valkov
G	1	valkucak
G	2	valletta
G	32	valverde
G	2	van
G	1	van arum
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
G	1	van wanrooy
G	16	vance
G	66	vancouver
G	4	vancouver sun
G	512	vancouver whitecaps
G	8	vancouver-based
G	2	vanderbijlpark
G	16	vanesa
G	16	vanessa
G	1	vanlandingham
G	128	vanuatu
G	32	vargas
G	64	varna
G	4	varteks varazdin
G	4	vasas
G	4	vasco da gama
G	1	vasilopoulos
G	16	vasily
G	32	vasilyev
G	32	vasquez
G	1	vass
G	1	vassiliy kaptyukh
G	32	vassiljev
G	2	vatican
G	128	vatican city
G	64	vaughn
G	256	vauxhall
G	2	vavuniya
G	32	vazquez
G	16	veda
G	4	veerakesari
G	1	veerle de jaeghere
G	1	vega
G	32	velasquez
G	1	veldman
G	4	velez sarsfield
G	2	veliko tarnovo
G	16	velma
G	4	venalum
G	4	venantius
G	4	venantius ab
G	130	venezuela
G	9216	venezuelan
G	8	venezuelan agenda
G	1024	venezuelans
G	64	venice
G	1	venkatesh prasad
G	2	venray
G	2	ventura
G	16	vera
G	260	veracruz
G	1	verbjorn rodal
G	4	verisign
G	512	verizon
G	258	vermont
G	2	vermont central hospital
G	16	vern
G	16	verna
G	16	vernice
G	16	vernon
G	71	verona
G	16	veronica
G	64	versailles
G	32	vesela
G	32	vesely
G	16	vesna
G	4	vfb stuttgart
G	4	vfl bochum
G	512	vh1
G	4	viacom
G	8	viacom inc-owned
G	1	vialle
G	16	vic
G	4096	vice admiral
G	17	vicente
G	1	vicente solano lima
G	4	vicenza
G	16	vicki
G	16	vickie
G	16	vicky
G	4	vicorp restaurants
G	4	vicorp restaurants inc
G	16	victor
G	2	victor babes
G	2050	victoria
G	2	victoria falls
G	32	vidal
G	4	videoton
G	4	videoton(*
G	32	vidovic
G	66	vienna
G	1	vierklau
G	128	vietnam
G	8	vietnam war
G	9216	vietnamese
G	1024	vietnameses
G	16	vihaan
G	4	viking
G	16	vikky
G	16	viktor
G	1	viktor chernomyrdin
G	16	viktoria
G	4	viktoria plzen
G	4	viktoria zizkov
G	16	viktorie
G	16	viktorija
G	1	villa
G	32	villalba
G	32	villalobos
G	1	ville peltonen
G	64	vilnius
G	16	vilte
G	2048	vin diesel
G	16	vince
G	1	vince spadea
G	1	vince wells
G	16	vincent
G	1	vincent malakwen
G	1	vincent pamire
G	16	vincenzo
G	8	vinko marinovic
G	1	vinny castilla
G	2	vinnytsya
G	1	vinod kambli
G	32	vinogradov
G	16	violeta
G	1	violeta chamorro
G	16	virgil
G	1	virgilius alekna
G	256	virgin islands
G	2050	virginia
G	1	virginia ruano-pascual
G	2048	virginia woolf
G	1	virna de angeli
G	32	virtanen
G	512	visa
G	32	visser
G	4	vital information system
G	1	vitaly smirnov
G	4	vitesse
G	4	vitesse arnhem
G	1	vitor baia
G	4	vitoria
G	16	vivaan
G	32	vivaldi
G	16	vivek
G	16	vivian
G	16	viviana
G	16	vivien
G	16	vivienne
G	1	vivit chatuparisut
G	16	vlad
G	16	vladimir
G	1	vladimir dubrovshchik
G	1	vladimir smicer
G	1	vladimir zhirinovsky
G	16	vladislav
G	1	vladislav rodimov
G	64	vladivostok
G	4	vnu
G	4	vnukovo airlines
G	512	vodafone
G	4	vodni stavby praha
G	32	vogt
G	1	vogts
G	4	vogue
G	16	vojtech
G	4	vojvodina
G	6	volendam
G	64	volgograd
G	1	volker ruehe
G	32	volkov
G	1	volkova
G	516	volkswagen
G	4	volkswagen ag
G	16	volodymyr
G	2048	voltaire
G	512	volvo
G	1	von heesen
G	32	vorobyov
G	4	vorskla
G	4	vorskla poltava
G	1	voskamp
G	256	vostok
G	1	votava
G	2	vt
G	4	vtm
G	1	vukasin filipovic
G	32	vukovic
G	1	vurens
G	16	vusala
G	4	vw
G	8	vw passat
G	1	vyacheslav ekimov
G	1	vyacheslav tikhomirov
G	8	w-2
G	1	w. athey
G	1	w. khan
G	1	w. noon
G	2	w. va
G	1	w. weston
G	2	w.c. india
G	1	w.n.f. chandraratne
G	2	wa
G	32	waage
G	4	waalwijk
G	16	wade
G	1	wafa amr
G	32	wagner
G	2	waiau
G	16	wakana
G	256	wake island
G	257	wakefield
G	8	waldbaum hamlet cup
G	130	wales
G	512	walgreens
G	32	walker
G	1	wall
G	6	wall street
G	4	wall street bureau
G	516	wall street journal
G	16	wallace
G	128	wallis and futuna
G	16	wally
G	1	wally joyner
G	1	wally whitehurst
G	512	walmart
G	4	walsall
G	32	walsh
G	16	walt
G	2048	walt disney
G	16	walter
G	1	walter little
G	32	walters
G	32	walton
G	16	wanda
G	1	wang chen
G	1	wang shi-ting
G	1	waqar
G	1	waqar younis
G	2048	warhol
G	1	warhurst
G	512	warner bros
G	2048	warren
G	1	warren buffett
G	4	warrington
G	66	warsaw
G	4	warsaw newsroom
G	256	warwick
G	260	warwickshire
G	2	wash
G	8	wash.-based
G	259	washington
G	2	washington , d.c.
G	256	washington dc
G	512	washington nationals
G	4	washington post
G	512	washington redskins
G	512	washington wizards
G	1	wasim
G	1	wasim akram
G	32	watanabe
G	1	wataru kubo
G	1	wataru yoshikawa
G	8	water district 1
G	256	waterford
G	2	waterville
G	4	waterworks authority
G	260	watford
G	32	watson
G	1	watts
G	16	waylon
G	17	wayne
G	1	wayne ferreira
G	1	wayne jordan
G	1	wayne riley
G	1	wayne westner
G	4	wbur-fm
G	4	weather services corporation
G	1	weaver
G	32	webb
G	32	weber
G	32	webster
G	4	wednesday
G	2048	wednesday adams
G	256	weedon
G	16	wei
G	1	weinstein
G	33	weiss
G	1	weizman
G	1	welch
G	1	weld
G	2	welikanda
G	66	wellington
G	512	wells fargo
G	9216	welsh
G	4	welsh national farmers ' union
G	1024	welshes
G	4	welspun
G	4	welspun stahl rohren ltd
G	32	welter
G	2	wembley
G	4	wen wei po
G	2	wenatchee
G	16	wendell
G	16	wendi
G	16	wendy
G	1	wengert
G	256	wentworth
G	4	werder bremen
G	16	werner
G	1	werner zwingmann
G	16	wes
G	4	wesbanco bank
G	16	wesley
G	1	wessels
G	10	west
G	8	west african
G	2	west azerbaijan
G	2	west bank
G	258	west bengal
G	4	west bromwich
G	4	west coast
G	256	west end
G	4	west ham
G	2	west indies
G	8	west mclaren
G	256	west side
G	2	west south central
G	258	west virginia
G	8	western
G	8	western australian
G	8	western division
G	4	western european union
G	2	western hemisphere
G	4	western province
G	4	western reds
G	4	western suburbs
G	2	western ukraine
G	8	western-organised
G	8	westerners
G	8	westernising
G	512	westfield
G	512	westinghouse
G	1	westlake
G	16	weston
G	2	weston-super-mare
G	64	wexford
G	256	whitby
G	256	whitchurch
G	1	white
G	2	white house
G	516	white sox
G	1	whitehurst
G	16	whitney
G	16	whitni
G	16	whitny
G	1	whittall
G	2	whittier
G	64	wichita
G	256	wickham
G	64	wicklow
G	4	widad casablanca
G	4	widad fes
G	16	widelene
G	1	widness
G	4	widzew
G	4	widzew lodz
G	4	wigan
G	1	wijaya indra
G	1	wijffels
G	512	wikileaks
G	512	wikipedia
G	16	wila
G	16	wilbert
G	16	wilbur
G	16	wiley
G	16	wilfred
G	16	wilfredo
G	16	wilfrid
G	16	wilfried
G	1	wilfried peeters
G	16	wilhelm
G	17	wilhelmina
G	32	wilkinson
G	1	will carling
G	2048	will ferrell
G	16	willa
G	16	willard
G	4	willem ii tilburg
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
G	32	williamson
G	16	willie
G	1	willie blair
G	1	willie wood
G	16	willis
G	16	willow
G	256	willowbrook
G	16	willy
G	16	wilma
G	1	wilmots
G	33	wilson
G	2	wiltshire
G	1	wim jonk
G	1	wim omloop
G	14	wimbledon
G	32	wimmer
G	256	winchester
G	66	windhoek
G	8	windows
G	8	windows 95
G	8	windows nt
G	8	windows nt 4.0
G	64	windsor
G	16	winfried
G	256	wingham
G	16	winifred
G	33	winkler
G	16	winnie
G	16	winnifred
G	66	winnipeg
G	16	winona
G	16	winslow
G	16	winston
G	1	winston bogarde
G	64	winterthur
G	2	wis
G	256	wisc
G	2	wisc .
G	258	wisconsin
G	1	wisinga
G	4	wisla krakow
G	32	wisniewski
G	1	witechek
G	1	witschge
G	2048	wiz khalifa
G	16	wojciech
G	32	wojcik
G	1	wojtek lazarek
G	256	woking
G	1	wolf
G	2	wolf point
G	32	wolff
G	16	wolfgang
G	1	wolfgang ischinger
G	1	wolfgang kotzmann
G	1	wolfgang kreissig
G	2048	wolfram
G	4	wolverhampton
G	32	wong
G	256	woodbridge
G	2048	woode
G	1	woodforde
G	2	woodlands nursing home
G	2	woodridge
G	16	woodrow
G	256	woodside
G	256	woodstock
G	1	woolmer
G	256	woolwich
G	1	woosnam
G	2	worcester
G	4	worcestershire
G	4	workington
G	1	worku bekila
G	4	world bridge
G	8	world congress against sexual exploitation of children
G	8	world cup
G	8	world series
G	8	world series of golf
G	512	world trade organization
G	8	world war ii
G	8	world war two
G	8	world wars one
G	4	world xi
G	4	worldcom
G	4	worldcom inc
G	1	wouden
G	16	wout
G	16	wouter
G	1	wreh
G	4	wrexham
G	32	wright
G	4	writers association
G	66	wroclaw
G	4	wsc-india
G	4	wsrl
G	32	wu
G	64	wuhan
G	256	wupatki
G	64	wuxi
G	64	wuzhou
G	16	wyatt
G	260	wycombe
G	256	wyoming
G	4	x-aek athens
G	4	x-anderlecht
G	4	x-cercle brugge
G	4	x-club brugge
G	4	x-olympiakos
G	4	x-pao
G	16	xavier
G	1	xavier gravelaine
G	1	xhelili
G	16	xhoel
G	8	xhosa
G	64	xiamen
G	64	xian
G	32	xiao
G	16	xiaomei
G	512	xiaomi
G	16	xiaoyan
G	16	ximena
G	8	xingfu
G	4	xinhua
G	64	xinyang
G	16	xinyi
G	32	xu
G	2048	xzibit
G	16	yael
G	16	yagmur
G	16	yahli
G	256	yakutia
G	256	yakutsk
G	32	yamada
G	32	yamaguchi
G	516	yamaha
G	32	yamamoto
G	32	yamasaki
G	32	yamashita
G	32	yamazaki
G	16	yan
G	32	yang
G	64	yangon
G	256	yangtze
G	16	yanis
G	8	yankee
G	516	yankees
G	16	yann
G	2048	yanni
G	16	yannick
G	1	yannos papandoniou
G	1	yap kim hock
G	16	yarin
G	16	yaroslav
G	16	yasmin
G	16	yasmine
G	1	yasser arafat
G	17	yassin
G	16	yassine
G	1	yastrezhembsky
G	1	yasushi akashi
G	1	yayuk basuki
G	4	yedioth
G	4	yedioth ahronoth
G	1	yehiel amitai
G	1	yekaterina podkopayeva
G	64	yekaterinburg
G	17	yelena
G	1	yelena gulyayeva
G	8	yellow black
G	1	yeltsin
G	130	yemen
G	8	yemeni
G	64	yerevan
G	16	yesenia
G	32	yeun
G	32	yeung
G	16	yevgeni
G	16	yevgeny
G	1	yevgeny kafelnikov
G	1	yevgeny primakov
G	32	yi
G	1	yi jing-qian
G	32	yildirim
G	32	yildiz
G	32	yilmaz
G	16	ying
G	2	yingkou
G	1	yitzhak mordechai
G	516	ymca
G	1	yoelvis quesada
G	1	yoka lye mudaba
G	2048	yoko onen
G	2048	yoko ono
G	64	yokohama
G	32	yokoyama
G	16	yolanda
G	16	yonas
G	16	yonatan
G	16	yonathan
G	1	yone kamio
G	16	yong
G	4	yonsei university
G	262	york
G	260	yorkshire
G	16	yosef
G	32	yoshida
G	1	yoshikawa
G	2	yosu
G	512	yougov
G	1	younes el aynaoui
G	4	young boys
G	1	younis
G	1	younnes el aynaoui
G	16	yousouf
G	16	youssef
G	512	youtube
G	256	yucatan
G	16	yuen
G	4	yugo zastava
G	8192	yugoslav
G	2	yugoslavia
G	16	yuina
G	2048	yuji
G	1	yukio hatoyama
G	256	yukon
G	1	yulia graudin
G	32	yun
G	16	yuna
G	64	yunfu
G	16	yuri
G	1	yuri nikiforov
G	16	yuriy
G	16	yury
G	16	yusif
G	16	yusuf
G	1	yuuchi takeda
G	1	yuuichi takeda
G	16	yuuma
G	16	yuval
G	2048	yvan
G	1	yvan quentin
G	1	yvegeny kafelnikov
G	2048	yves
G	16	yvette
G	16	yvona
G	16	yvone
G	16	yvonna
G	16	yvonne
G	512	ywca
G	8	z$
G	2	zabrze
G	16	zac
G	256	zacatecas
G	16	zach
G	16	zachariah
G	16	zachary
G	16	zachery
G	16	zack
G	16	zackary
G	16	zada
G	2	zadar
G	1	zagalo
G	4	zaglebie lubin
G	66	zagreb
G	4	zagreb money market
G	4	zagreb newsroom
G	16	zahid
G	16	zahra
G	16	zainab
G	2	zaire
G	8	zairean
G	16	zakaria
G	32	zakharov
G	130	zambia
G	1024	zambian
G	1024	zambians
G	16	zan
G	16	zane
G	64	zanzibar
G	4	zapatista
G	16	zara
G	1	zarak jahan khan
G	1	zardari
G	4	zastava
G	32	zaytsev
G	1	zbigniew siemiatkowski
G	1	zdenek svoboda
G	4	zdf
G	16	zehra
G	16	zeinab
G	16	zelda
G	4	zelesnik
G	4	zeleznik
G	1	zeljko petrovic
G	16	zelma
G	4	zemun
G	16	zena
G	4	zeneca group plc
G	1	zeng yaqiong
G	4	zenit st petersburg
G	4	zenith
G	4	zeri i popullit
G	2	zevenaar
G	1	zeyer
G	16	zeynab
G	16	zeynep
G	32	zhang
G	1	zhang ning
G	64	zhangzhou
G	1	zhanna pintusevich
G	32	zhao
G	4	zhemchuzhina sochi
G	64	zhengzhou
G	1	zhirinovsky
G	64	zhongshan
G	32	zhou
G	32	zhu
G	64	zibo
G	1	zickler
G	1	zicot
G	1	zieger
G	4	zifa
G	130	zimbabwe
G	4	zimbabwe football association
G	9216	zimbabwean
G	1024	zimbabweans
G	32	zimmermann
G	1	zina garrison jackson
G	16	zineb
G	1	zinzan brooke
G	8192	zionists
G	4	zirka-nibas
G	4	zirka-nibas kirovohrad
G	1	zitelli
G	16	zoe
G	16	zoey
G	16	zofia
G	16	zola
G	16	zora
G	16	zoran
G	1	zoran kundic
G	1	zorc
G	16	zsofia
G	4	zte
G	1	zubair jahan khan
G	1	zundra feagin
G	70	zurich
G	4	zurich editorial
G	2	zvornik
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
L	1	a.m.
L	1	a.s.
L	4	a310
L	4	aalst
L	4	aamir
L	4	aaron
L	4	ab
L	4	ababa
L	1	abandon
L	1	abandoned
L	1	abandoning
L	5	abandonings
L	5	abandons
L	4	abbey
L	4	abbott
L	4	abc
L	5	abduct
L	1	abducted
L	5	abducting
L	1	abduction
L	5	abducts
L	4	abdul
L	4	abdul-karim
L	4	aberdeen
L	5	aberrant
L	5	abet
L	5	abets
L	1	abide
L	5	abides
L	1	abiding
L	4	abidjan
L	1	ability
L	5	abject
L	1	ablaze
L	1	able
L	1	aboard
L	5	abolish
L	1	abolished
L	5	abolishes
L	5	abolishing
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
L	1	abreast
L	1	abroad
L	5	abrupt
L	5	abscond
L	5	absconded
L	5	absconding
L	5	absconds
L	1	absence
L	5	absent
L	1	absolute
L	5	absolve
L	5	absolved
L	5	absolves
L	5	absolving
L	5	absorb
L	5	absorbed
L	5	absorbing
L	5	absorbs
L	1	abstentions
L	5	abstract
L	5	abstruse
L	5	absurd
L	5	absurder
L	5	absurdest
L	4	abu
L	4	abuja
L	5	abundant
L	1	abuse
L	5	abused
L	1	abuses
L	1	abusing
L	4	ac
L	1	academic
L	1	academics
L	4	academy
L	4	acc
L	1	accelerate
L	5	accelerated
L	5	accelerates
L	5	accelerating
L	5	accent
L	5	accented
L	5	accenting
L	5	accents
L	1	accept
L	1	acceptable
L	1	acceptance
L	1	accepted
L	1	accepting
L	5	accepts
L	1	access
L	5	accessed
L	5	accesses
L	5	accessing
L	1	accident
L	1	accidental
L	5	accidents
L	5	acclimate
L	5	acclimated
L	5	acclimates
L	5	acclimating
L	5	accommodate
L	5	accommodated
L	5	accommodates
L	5	accommodating
L	1	accompanied
L	5	accompanies
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
L	1	accords
L	5	accost
L	5	accosted
L	5	accosting
L	1	accosts
L	1	account
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
L	1	accuse
L	1	accused
L	1	accuses
L	1	accusing
L	5	accustom
L	5	accustomed
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
L	5	achieves
L	1	achieving
L	5	aching
L	5	acid
L	5	acing
L	1	acknowledge
L	1	acknowledged
L	5	acknowledges
L	5	acknowledging
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
L	4	acre
L	1	acreage
L	1	acres
L	5	acrobat
L	5	acrobats
L	2	across
L	2	act
L	5	acted
L	1	acting
L	5	actings
L	2	action
L	1	actions
L	5	activate
L	5	activated
L	5	activates
L	5	activating
L	1	active
L	1	actively
L	1	activist
L	1	activists
L	1	activities
L	1	activity
L	1	actor
L	5	actors
L	1	actress
L	5	actresses
L	1	acts
L	1	actual
L	1	actually
L	5	acute
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
L	5	adds
L	4	adel
L	5	adept
L	1	adequate
L	5	adjective
L	5	adjectives
L	5	adjourn
L	1	adjourned
L	5	adjourning
L	5	adjourns
L	1	adjust
L	1	adjusted
L	1	adjusting
L	5	adjusts
L	4	adkins
L	1	administer
L	1	administered
L	5	administering
L	5	administers
L	2	administration
L	1	administrative
L	2	administrator
L	5	administrators
L	5	admiral
L	5	admirals
L	5	admit
L	5	admits
L	1	admitted
L	1	admitting
L	5	adolescent
L	5	adolescents
L	1	adopt
L	1	adopted
L	5	adopting
L	1	adopts
L	5	adorn
L	5	adorned
L	5	adorning
L	5	adorns
L	4	adrian
L	5	adsorb
L	5	adsorbed
L	5	adsorbing
L	5	adsorbs
L	1	adult
L	1	adults
L	1	advance
L	2	advanced
L	1	advances
L	1	advancing
L	1	advantage
L	5	advantages
L	5	adventurer
L	1	adventurers
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
L	1	advising
L	5	advisor
L	5	advisors
L	1	advocate
L	1	advocated
L	5	advocates
L	5	advocating
L	5	aerobics
L	5	aerodynamics
L	5	aeronautics
L	1	affair
L	3	affairs
L	1	affect
L	1	affected
L	1	affecting
L	5	affectionate
L	1	affects
L	5	affiliate
L	1	affiliated
L	5	affiliates
L	5	affiliating
L	5	affix
L	5	affixed
L	5	affixes
L	5	affixing
L	5	affluent
L	5	afford
L	5	afforded
L	5	affording
L	5	affords
L	4	afghan
L	4	afghanistan
L	1	afraid
L	4	africa
L	4	african
L	4	africans
L	1	after
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
L	5	ages
L	1	aggregate
L	1	aggressive
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
L	5	aiding
L	4	aids
L	1	ailing
L	1	aim
L	1	aimed
L	1	aiming
L	1	aims
L	2	air
L	4	airbus
L	1	aircraft
L	5	aired
L	4	aires
L	5	airing
L	1	airliner
L	3	airlines
L	1	airport
L	1	airports
L	5	airs
L	1	airspace
L	4	airways
L	4	ajax
L	5	aka
L	4	akam
L	4	akashi
L	4	akbel
L	4	aki
L	4	akram
L	4	akron
L	2	al
L	1	al-kabariti
L	4	ala
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
L	4	albert
L	4	alberta
L	4	alberto
L	4	albion
L	5	alcoholic
L	4	alec
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
L	5	aliens
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
L	5	alike
L	4	alistair
L	4	aliuska
L	1	alive
L	5	alkaline
L	4	alkmaar
L	2	all
L	1	all-rounder
L	4	allan
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
L	5	allows
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
L	1	almost
L	1	alone
L	1	along
L	1	alongside
L	5	aloof
L	1	already
L	5	alright
L	1	also
L	1	alter
L	1	altered
L	5	altering
L	1	alternate
L	5	alternative
L	5	alternatives
L	5	alters
L	1	although
L	1	altogether
L	1	aluminum
L	5	alumna
L	5	alumnae
L	5	alumni
L	5	alumnus
L	1	always
L	1	am
L	5	amalgamate
L	5	amalgamated
L	5	amalgamates
L	5	amalgamating
L	4	amanda
L	5	amaze
L	1	amazed
L	5	amazes
L	1	amazing
L	2	ambassador
L	1	ambitions
L	5	amen
L	1	amends
L	4	america
L	4	american
L	4	american-style
L	4	americans
L	4	ames
L	4	amica
L	1	amid
L	1	amidst
L	4	amman
L	1	ammunition
L	1	amnesty
L	1	among
L	5	amongst
L	2	amount
L	1	amounted
L	1	ample
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
L	5	analyse
L	5	analysed
L	5	analyses
L	5	analysing
L	1	analysis
L	1	analyst
L	1	analysts
L	5	anarchist
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
L	4	angels
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
L	5	annuls
L	5	anomalies
L	5	anomaly
L	1	anonymous
L	1	another
L	1	answer
L	5	answered
L	5	answering
L	1	answers
L	5	antarctic
L	5	antarctics
L	5	antenna
L	5	antennae
L	4	anthony
L	5	anticipate
L	1	anticipated
L	5	anticipates
L	5	anticipating
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
L	1	any
L	4	anyang
L	5	anybodies
L	1	anybody
L	5	anymore
L	1	anyone
L	1	anything
L	5	anyway
L	1	anywhere
L	4	aoki
L	4	apache
L	1	apart
L	1	apartheid
L	1	apartheid-era
L	1	apartment
L	1	apiece
L	1	apologised
L	5	apostle
L	5	apostles
L	5	appalled
L	5	appalling
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
L	5	appeases
L	5	appeasing
L	5	appendices
L	5	appendix
L	5	appetite
L	5	appetites
L	5	appetizing
L	1	application
L	1	applications
L	1	applied
L	5	applies
L	1	apply
L	5	applying
L	1	appoint
L	1	appointed
L	5	appointing
L	1	appoints
L	5	appraise
L	5	appraised
L	5	appraises
L	5	appraising
L	1	appreciate
L	5	appreciated
L	5	appreciates
L	5	appreciating
L	1	appreciation
L	5	apprentice
L	5	apprentices
L	1	approach
L	1	approached
L	5	approaches
L	1	approaching
L	5	approachings
L	5	appropriate
L	1	approval
L	1	approve
L	1	approved
L	1	approves
L	5	approving
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
L	4	ara
L	4	arab
L	4	arabia
L	4	arabic
L	1	arable
L	4	arabs
L	4	arafat
L	4	arantxa
L	4	aravinda
L	4	arazi
L	5	arbitrary
L	4	arbroath
L	3	arc
L	4	arch
L	1	arch-rivals
L	4	archbishop
L	5	archbishops
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
L	4	arendt
L	4	argentina
L	4	argentine
L	5	argh
L	1	argue
L	1	argued
L	5	argues
L	1	arguing
L	5	arguings
L	1	argument
L	1	arise
L	5	arisen
L	5	arises
L	1	arising
L	5	aristocrat
L	5	aristocrats
L	5	arithmetic
L	4	arjuna
L	1	arm
L	2	armed
L	4	armenia
L	5	arming
L	4	arminia
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
L	5	array
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
L	4	arsenal
L	1	arsenals
L	5	arsenic
L	4	art
L	1	arthritis
L	4	arthur
L	1	article
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
L	5	arts
L	5	artsy
L	4	artur
L	4	arum
L	2	as
L	4	asa
L	4	asanka
L	5	ascent
L	5	ascents
L	5	ashen
L	4	asia
L	4	asian
L	5	aside
L	4	asif
L	2	ask
L	1	asked
L	1	asking
L	1	asks
L	4	aslan
L	1	asleep
L	1	aspect
L	5	aspects
L	5	aspire
L	5	aspired
L	5	aspires
L	5	aspirin
L	5	aspiring
L	5	assail
L	5	assailed
L	5	assailing
L	5	assails
L	1	assassination
L	1	assault
L	1	assemble
L	1	assembled
L	5	assembles
L	1	assemblies
L	5	assembling
L	2	assembly
L	5	assert
L	5	asserted
L	5	asserting
L	1	assertions
L	5	asserts
L	5	assess
L	1	assessed
L	5	assesses
L	5	assessing
L	1	assessment
L	3	asset
L	2	assets
L	5	assign
L	5	assigned
L	5	assigning
L	1	assigns
L	5	assist
L	2	assistant
L	5	assistants
L	1	assisted
L	5	assisting
L	5	assists
L	1	associate
L	2	associated
L	4	associates
L	5	associating
L	3	association
L	5	assume
L	5	assumed
L	5	assumes
L	1	assuming
L	5	assumings
L	3	assurance
L	1	assure
L	1	assured
L	5	assures
L	5	assuring
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
L	5	astronomer
L	5	astronomers
L	4	astros
L	5	astute
L	1	asylum
L	2	at
L	4	ata-ur-rehman
L	4	atagi
L	1	ate
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
L	5	atop
L	4	atp
L	5	attach
L	1	attache
L	1	attached
L	5	attaches
L	1	attaching
L	1	attack
L	1	attacked
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
L	1	attorney
L	5	attorneys
L	5	attosecond
L	5	attoseconds
L	1	attract
L	1	attracted
L	5	attracting
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
L	5	auditory
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
L	5	authentic
L	1	author
L	1	authorities
L	3	authority
L	5	authorize
L	5	authorized
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
L	1	autonomy
L	5	autopsies
L	5	autopsy
L	1	autumn
L	4	auxerre
L	1	available
L	1	avenged
L	1	average
L	1	averages
L	5	avert
L	1	averted
L	5	averting
L	5	averts
L	2	aviation
L	4	aviv
L	5	avocado
L	5	avocados
L	1	avoid
L	1	avoided
L	1	avoiding
L	5	avoids
L	5	avril
L	5	await
L	5	awaited
L	1	awaiting
L	5	awaits
L	5	awake
L	5	awaken
L	4	awami
L	1	award
L	1	awarded
L	5	awarding
L	5	awards
L	1	aware
L	1	away
L	5	awesome
L	5	awesomer
L	5	awesomest
L	5	awhile
L	5	awkward
L	5	awoken
L	5	axes
L	5	axis
L	4	axworthy
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
L	1	backbone
L	1	backed
L	5	backfire
L	5	backfired
L	5	backfires
L	5	backfiring
L	1	background
L	1	backing
L	5	backings
L	1	backs
L	5	backward
L	1	backwards
L	1	bacteria
L	1	bacterial
L	1	bad
L	1	badly
L	1	badminton
L	4	baeron
L	5	baffle
L	5	baffled
L	5	baffles
L	5	baffling
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
L	1	bales
L	4	balkan
L	4	balkans
L	2	ball
L	4	ballanger
L	4	ballesteros
L	1	balloon
L	1	ballot
L	1	balloting
L	1	ballots
L	1	balls
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
L	1	bar
L	4	barbara
L	5	barber
L	5	barbers
L	4	barcelona
L	4	bare
L	5	bargain
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
L	1	barred
L	1	barrel
L	1	barrels
L	5	barren
L	4	barrichello
L	5	barrier
L	5	barriers
L	5	barring
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
L	5	bashed
L	5	bashes
L	5	bashing
L	2	basic
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
L	4	batistuta
L	1	batons
L	1	batsman
L	1	batter
L	1	battered
L	5	battering
L	1	batters
L	1	batting
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
L	1	be
L	2	beach
L	5	bean
L	5	beans
L	5	bear
L	1	bearing
L	5	bears
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
L	5	befriend
L	1	befriended
L	5	befriending
L	5	befriends
L	5	beg
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
L	5	behaved
L	5	behaves
L	5	behaving
L	1	behaviour
L	5	behead
L	1	beheaded
L	1	beheading
L	1	beheads
L	5	beheld
L	1	behind
L	5	behold
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
L	1	believe
L	1	believed
L	1	believes
L	5	believing
L	5	belittle
L	5	belittled
L	5	belittles
L	5	belittling
L	4	bell
L	5	bella
L	5	bellies
L	3	bells
L	5	belly
L	5	belong
L	1	belonged
L	1	belonging
L	1	belongings
L	1	belongs
L	5	beloved
L	1	below
L	5	belt
L	1	belted
L	5	belting
L	5	belts
L	4	ben
L	4	benazir
L	3	bench
L	1	benchmark
L	5	bend
L	5	bending
L	5	bends
L	1	beneath
L	4	benedict
L	5	benedicts
L	1	beneficial
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
L	5	bent
L	5	bequeath
L	5	bequeathed
L	5	bequeathing
L	5	bequeaths
L	4	berasategui
L	5	berg
L	4	bergen
L	4	berger
L	5	bergs
L	4	berkrot
L	4	berkshire
L	4	berlin
L	4	bernard
L	4	bernd
L	4	bernhard
L	4	berri
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
L	5	bet
L	4	betar
L	5	betray
L	5	betrayed
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
L	5	bias
L	5	biased
L	5	biases
L	5	biasing
L	5	bicyclist
L	5	bicyclists
L	1	bid
L	5	bidding
L	5	bide
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
L	5	bigtime
L	1	bike
L	5	biked
L	5	bikes
L	5	biking
L	1	bilateral
L	3	bill
L	5	billiards
L	1	billion
L	1	billions
L	5	billionth
L	5	billionths
L	2	bills
L	4	billy
L	1	bind
L	1	binding
L	5	binds
L	5	biopic
L	5	biopics
L	5	biopsies
L	5	biopsy
L	5	biopsying
L	5	bipartisan
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
L	5	bite
L	5	bites
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
L	1	blast
L	1	blasted
L	5	blasting
L	1	blasts
L	1	blaze
L	5	blazed
L	1	blazing
L	5	bled
L	5	bleed
L	5	bleeding
L	5	bleeds
L	5	blemish
L	5	blemishes
L	5	blend
L	5	blended
L	5	blending
L	5	blends
L	1	bless
L	1	blessed
L	5	blesses
L	1	blessing
L	5	blessings
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
L	5	blogger
L	5	bloggers
L	5	blond
L	5	blonder
L	5	blondest
L	1	blood
L	5	bloodier
L	5	bloodiest
L	1	bloody
L	5	blossomed
L	5	blossoming
L	1	blow
L	5	blowing
L	1	blown
L	5	blows
L	3	blue
L	5	bluer
L	5	bluest
L	5	blunt
L	5	blunted
L	5	blunter
L	5	bluntest
L	5	blunting
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
L	5	boarding
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
L	1	bodies
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
L	5	bombed
L	1	bombers
L	1	bombing
L	1	bombings
L	1	bombs
L	5	bonafide
L	2	bond
L	1	bonded
L	5	bonding
L	2	bonds
L	1	bone
L	5	boned
L	1	bones
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
L	5	boot
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
L	1	both
L	4	botha
L	4	botham
L	5	bother
L	5	bothered
L	5	bothering
L	5	bothers
L	4	botswana
L	1	bottle
L	5	bottled
L	5	bottles
L	5	bottling
L	1	bottom
L	5	bottoms
L	1	bought
L	1	bounce
L	1	bounced
L	5	bounces
L	5	bouncier
L	5	bounciest
L	1	bouncing
L	5	bouncy
L	1	bound
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
L	4	brazil
L	4	brazilian
L	1	breach
L	5	breached
L	5	breaches
L	5	breaching
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
L	5	breastfeed
L	5	breastfeeding
L	5	breastfeeds
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
L	4	bremen
L	4	brent
L	4	brentford
L	4	brett
L	4	brewers
L	4	brian
L	1	bribe
L	5	bribed
L	1	bribes
L	5	bribing
L	1	brick
L	5	bricklayer
L	5	bricklayers
L	5	bricks
L	5	bride
L	5	brides
L	3	bridge
L	5	bridged
L	5	bridges
L	5	bridging
L	1	brief
L	1	briefing
L	1	briefly
L	5	briefs
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
L	3	brothers
L	1	brought
L	4	brown
L	5	browner
L	5	brownest
L	5	brr
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
L	5	brute
L	5	brutes
L	4	bryant
L	4	bse
L	5	btw
L	5	bubble
L	5	bubbled
L	5	bubbles
L	5	bubbling
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
L	4	buhner
L	1	build
L	5	builder
L	1	builders
L	2	building
L	5	buildings
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
L	5	bullied
L	5	bullies
L	1	bullish
L	5	bully
L	5	bullying
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
L	5	bunnies
L	5	bunny
L	5	bunting
L	1	burden
L	5	burdened
L	5	burdening
L	5	burdens
L	3	bureau
L	5	burglar
L	5	burglaries
L	1	burglars
L	5	burglary
L	4	burhanuddin
L	1	burial
L	5	burials
L	5	buried
L	5	buries
L	4	burillo
L	5	burlier
L	5	burliest
L	5	burly
L	1	burn
L	1	burned
L	5	burning
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
L	5	busier
L	1	busiest
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
L	2	cabinet
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
L	4	calif.
L	4	california
L	2	call
L	1	called
L	4	callens
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
L	4	cam
L	4	cambodia
L	4	cambridge
L	1	came
L	1	camera
L	4	cameroon
L	1	camouflage
L	1	camp
L	1	campaign
L	1	campaigned
L	4	campana
L	4	campbell
L	5	camped
L	1	camping
L	5	campings
L	1	camps
L	1	campus
L	5	cams
L	1	can
L	4	canada
L	4	canadian
L	1	canal
L	5	canals
L	4	canaries
L	5	canary
L	4	canberra
L	1	cancel
L	1	cancellation
L	1	cancelled
L	1	cancelling
L	5	cancels
L	1	cancer
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
L	4	canonica
L	5	canton
L	1	cantonal
L	1	cantons
L	2	cap
L	1	capable
L	1	capacity
L	4	cape
L	4	capiot
L	2	capital
L	1	capitalisation
L	5	capitals
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
L	5	carbohydrate
L	5	carbohydrates
L	4	carbonell
L	1	card
L	5	carded
L	5	cardiac
L	4	cardiff
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
L	1	careful
L	1	carefully
L	5	carer
L	5	carers
L	5	cares
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
L	4	carlsson
L	1	carmaker
L	4	carol
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
L	5	casts
L	1	casualties
L	4	catalan
L	5	catalog
L	5	catalogged
L	5	cataloging
L	5	catalogs
L	1	catch
L	1	catcher
L	1	catches
L	5	catching
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
L	4	catholics
L	4	cathy
L	1	cattle
L	5	caucus
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
L	5	cave
L	5	caved
L	4	caveglia
L	1	caves
L	5	caving
L	4	cbot
L	4	cea
L	1	cease
L	5	ceased
L	1	ceasefire
L	5	ceases
L	5	ceasing
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
L	5	celebrating
L	5	celebratings
L	1	celebration
L	5	celebrities
L	5	celebrity
L	4	celica
L	1	cell
L	5	cellar
L	5	cellars
L	1	cells
L	4	celsius
L	4	celtic
L	2	cement
L	1	census
L	1	cent
L	3	center
L	5	centered
L	5	centering
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
L	1	ceremony
L	1	certain
L	1	certainly
L	1	certificate
L	1	certificates
L	5	certified
L	5	certifies
L	5	certify
L	5	certifying
L	4	cesar
L	4	cesena
L	4	cevaer
L	4	cfo
L	5	cfos
L	4	chad
L	1	chain
L	1	chained
L	5	chaining
L	1	chains
L	5	chair
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
L	5	chambers
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
L	5	chant
L	5	chanted
L	1	chanting
L	5	chantings
L	5	chants
L	1	chaos
L	5	chaplain
L	5	chaplains
L	4	chapman
L	1	character
L	5	characteristic
L	5	characteristics
L	5	characters
L	1	charge
L	1	charged
L	1	charges
L	1	charging
L	5	charities
L	3	charity
L	4	charleroi
L	4	charles
L	4	charleston
L	4	charlton
L	5	charm
L	5	charmed
L	5	charming
L	5	charms
L	3	chart
L	5	charted
L	5	charting
L	5	charts
L	3	chase
L	5	chased
L	1	chasing
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
L	5	chin
L	4	china
L	4	chinese
L	5	chins
L	5	chintzy
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
L	1	cholera
L	4	chonan
L	4	chonbuk
L	4	chong
L	4	chonnam
L	1	choose
L	1	chooses
L	1	choosing
L	5	chop
L	5	chopped
L	5	chopping
L	5	chops
L	4	chorzow
L	5	chose
L	1	chosen
L	4	chris
L	4	christchurch
L	4	christian
L	4	christians
L	4	christie
L	4	christine
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
L	2	church
L	2	churches
L	4	ciller
L	4	cincinnati
L	5	circa
L	1	circle
L	5	circled
L	1	circles
L	5	circling
L	3	circuit
L	1	circulation
L	5	circumspect
L	1	circumstances
L	5	circumvent
L	5	circumvented
L	5	circumventing
L	5	circumvents
L	5	circus
L	5	circuses
L	4	cis
L	5	cite
L	1	cited
L	5	cites
L	1	cities
L	1	citing
L	1	citizen
L	1	citizens
L	5	citizenses
L	4	citterio
L	2	city
L	5	civics
L	2	civil
L	1	civilian
L	1	civilians
L	1	claim
L	1	claimed
L	1	claiming
L	1	claims
L	5	clap
L	5	clapped
L	5	clapping
L	5	clappings
L	5	claps
L	4	clarence
L	1	clash
L	1	clashed
L	1	clashes
L	1	class
L	3	classic
L	5	classics
L	5	classified
L	5	classifies
L	5	classify
L	5	classifying
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
L	5	clergy
L	1	cleric
L	5	clerics
L	1	clerk
L	5	clerks
L	4	cleveland
L	5	clever
L	5	cleverer
L	5	cleverest
L	5	click
L	5	clicked
L	5	clicking
L	5	clicks
L	1	client
L	5	clients
L	5	cliff
L	5	cliffs
L	1	climb
L	1	climbed
L	5	climbing
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
L	1	clip
L	5	clipping
L	1	clips
L	1	clock
L	1	clocked
L	5	clockwise
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
L	5	closest
L	1	closing
L	1	closures
L	1	clot
L	5	cloth
L	1	clothes
L	1	clothing
L	5	clothings
L	5	cloths
L	5	cloud
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
L	5	cny
L	4	co
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
L	5	coat
L	1	coated
L	5	coating
L	5	coatings
L	5	coats
L	4	coceres
L	1	cocktail
L	4	cocu
L	3	code
L	5	coded
L	5	codes
L	5	coding
L	5	codings
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
L	5	coexisting
L	5	coexists
L	1	coffee
L	5	cogent
L	5	cognizant
L	5	cohabit
L	5	cohabited
L	5	cohabiting
L	5	cohabits
L	5	coin
L	1	coincide
L	1	coincided
L	5	coincides
L	5	coinciding
L	5	coined
L	5	coining
L	5	coins
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
L	1	collections
L	1	collective
L	5	collects
L	2	college
L	5	collide
L	1	collided
L	1	collides
L	5	colliding
L	4	collin
L	4	collinelli
L	4	collingwood
L	1	collision
L	4	collstrop
L	5	collude
L	5	colluded
L	5	colludes
L	5	colluding
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
L	1	column
L	5	columnist
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
L	5	comedian
L	5	comedians
L	1	comes
L	4	comex
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
L	1	commandos
L	5	commands
L	5	commence
L	5	commenced
L	5	commences
L	5	commencing
L	5	commensurate
L	1	comment
L	1	commentary
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
L	3	commissioner
L	5	commissioners
L	1	commit
L	1	commitment
L	1	commitments
L	5	commits
L	1	committed
L	2	committee
L	1	committees
L	1	committing
L	3	commodities
L	2	commodity
L	1	common
L	5	commoner
L	5	commonest
L	4	commonwealth
L	1	communicate
L	5	communicated
L	5	communicates
L	5	communicating
L	5	communicatings
L	2	communications
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
L	1	compared
L	1	compares
L	1	comparison
L	1	compartment
L	1	compassion
L	5	compassionate
L	1	compatriot
L	5	compel
L	5	compelled
L	5	compelling
L	5	compels
L	1	compensation
L	1	compete
L	1	competed
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
L	5	complement
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
L	5	complied
L	5	complies
L	5	comply
L	1	complying
L	1	components
L	5	compose
L	5	composed
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
L	4	conakry
L	5	concave
L	5	conceal
L	1	concealed
L	5	concealing
L	5	conceals
L	1	conceded
L	5	conceited
L	5	conceive
L	5	conceived
L	5	conceives
L	5	conceiving
L	1	concentrate
L	1	concentrated
L	5	concentrates
L	1	concentrating
L	1	concept
L	1	concern
L	1	concerned
L	1	concerning
L	1	concerns
L	1	concert
L	1	concessions
L	4	conchita
L	5	concise
L	1	conclude
L	1	concluded
L	5	concludes
L	1	concluding
L	1	conclusion
L	1	concrete
L	5	concretes
L	5	concur
L	5	concurred
L	5	concurring
L	5	concurs
L	1	condemn
L	5	condemned
L	5	condemning
L	5	condemns
L	5	condense
L	5	condensed
L	5	condenses
L	5	condensing
L	5	condescending
L	1	condition
L	1	conditional
L	2	conditions
L	5	condone
L	5	condoned
L	5	condones
L	5	condoning
L	5	conducive
L	1	conduct
L	1	conducted
L	1	conducting
L	5	conductings
L	5	conducts
L	4	confederation
L	2	conference
L	1	conferences
L	1	confess
L	1	confessed
L	5	confesses
L	1	confessing
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
L	1	confirm
L	1	confirmation
L	1	confirmed
L	1	confirming
L	1	confirms
L	1	confiscated
L	1	conflict
L	5	conflicted
L	5	conflicting
L	1	conflicts
L	5	conform
L	5	conformed
L	5	conforming
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
L	3	congress
L	1	congressional
L	4	congressman
L	5	congressmans
L	1	congressmen
L	5	congresswoman
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
L	5	conjure
L	5	conjured
L	5	conjures
L	5	conjuring
L	1	connected
L	1	connection
L	5	connote
L	5	connoted
L	5	connotes
L	5	connoting
L	5	conquer
L	1	conquered
L	1	conquering
L	5	conquers
L	1	conquest
L	1	conscious
L	5	conscript
L	5	conscripted
L	5	conscripting
L	5	conscripts
L	1	consecutive
L	1	consensus
L	1	consent
L	5	consented
L	5	consenting
L	5	consents
L	1	consequences
L	5	consequent
L	2	conservation
L	2	conservative
L	5	conservatories
L	5	conservatory
L	5	conserve
L	5	conserved
L	5	conserves
L	5	conserving
L	1	consider
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
L	1	consortium
L	5	conspire
L	5	conspired
L	5	conspires
L	5	conspiring
L	5	constable
L	5	constables
L	1	constant
L	5	constituent
L	5	constituents
L	5	constitute
L	5	constituted
L	1	constitutes
L	5	constituting
L	1	constitution
L	2	constitutional
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
L	5	consultants
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
L	1	contain
L	1	contained
L	1	container
L	1	containing
L	1	contains
L	1	contaminated
L	4	conte
L	5	contemporaries
L	5	contemporary
L	5	contender
L	1	contenders
L	5	content
L	1	contention
L	1	contents
L	1	contest
L	1	contests
L	3	continent
L	3	continental
L	1	contingency
L	1	continue
L	1	continued
L	1	continues
L	1	continuing
L	1	continuous
L	2	contract
L	1	contracted
L	1	contracts
L	5	contradictory
L	1	contrary
L	5	contrast
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
L	1	controversy
L	1	convene
L	1	convened
L	5	convenes
L	5	convening
L	2	convention
L	5	converge
L	5	converged
L	1	convergence
L	5	converges
L	5	converging
L	1	conversion
L	1	convert
L	5	convertable
L	5	convertables
L	1	converted
L	5	converting
L	5	converts
L	5	convey
L	5	conveyed
L	5	conveying
L	5	conveys
L	1	convicted
L	1	convictions
L	5	convince
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
L	5	coordinated
L	5	coordinates
L	5	coordinating
L	3	coordination
L	1	coordinator
L	5	coordinators
L	5	cope
L	5	coped
L	5	copes
L	5	copied
L	5	copier
L	5	copiers
L	1	copies
L	5	coping
L	5	copings
L	2	copper
L	1	copy
L	5	copying
L	5	coral
L	1	cords
L	1	core
L	5	cored
L	5	cores
L	4	corey
L	5	coring
L	4	corini
L	4	coritiba
L	4	cork
L	1	corn
L	1	corner
L	4	corp
L	4	corp.
L	5	corpora
L	5	corporal
L	5	corporals
L	1	corporate
L	3	corporation
L	3	corps
L	5	corpus
L	5	corral
L	5	corrals
L	1	correct
L	1	corrected
L	5	correcter
L	5	correctest
L	5	correcting
L	3	correction
L	1	corrects
L	5	correspond
L	5	corresponded
L	5	corresponding
L	1	corresponds
L	4	corretja
L	5	corrode
L	5	corroded
L	5	corrodes
L	5	corroding
L	1	corrupt
L	5	corrupted
L	5	corrupter
L	5	corruptest
L	5	corrupting
L	2	corruption
L	5	corrupts
L	4	corser
L	4	corsica
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
L	5	cough
L	5	coughed
L	5	coughing
L	5	coughs
L	1	could
L	5	coulomb
L	5	coulombs
L	4	coulthard
L	3	council
L	5	councillor
L	5	councillors
L	1	counsel
L	5	counselled
L	5	counselling
L	1	counsels
L	5	count
L	5	counted
L	5	counterclockwise
L	5	counterfeit
L	5	counterfeited
L	5	counterfeiter
L	5	counterfeiting
L	5	counterfeits
L	5	counterfeittest
L	1	counterpart
L	1	counterparts
L	5	countess
L	5	countesses
L	5	counting
L	2	countries
L	2	country
L	5	counts
L	3	county
L	1	coup
L	1	couple
L	1	coupled
L	4	couples
L	5	coupling
L	3	coupon
L	1	coups
L	4	courier
L	5	couriers
L	2	course
L	2	court
L	5	courted
L	5	courting
L	4	courtois
L	1	courts
L	5	couscous
L	5	cousin
L	5	cousins
L	4	coventry
L	1	cover
L	1	coverage
L	1	covered
L	1	covering
L	5	coverings
L	1	covers
L	5	covert
L	1	cow
L	5	cowabunga
L	4	cowan
L	5	cowardlier
L	5	cowardliest
L	5	cowardly
L	5	cowboy
L	5	cowboys
L	4	cowdenbeath
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
L	5	cracking
L	5	cracks
L	5	craft
L	5	crafted
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
L	1	crazy
L	1	create
L	5	created
L	5	creates
L	1	creating
L	3	creation
L	5	creator
L	5	creators
L	2	credit
L	5	credited
L	5	crediting
L	1	credits
L	5	creep
L	5	creeping
L	5	creeps
L	5	creepy
L	4	cremonese
L	5	crept
L	4	crescent
L	4	creutzfeldt-jakob
L	1	crew
L	4	crewe
L	2	cricket
L	1	cried
L	1	cries
L	1	crime
L	1	crimes
L	2	criminal
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
L	5	criteria
L	5	criterion
L	1	critic
L	1	criticised
L	1	criticising
L	1	criticism
L	1	criticized
L	1	critics
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
L	5	crosses
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
L	5	crush
L	1	crushed
L	5	crushes
L	1	crushing
L	4	cruyff
L	4	cruz
L	3	cry
L	1	crying
L	5	cryings
L	4	crystal
L	5	crystalline
L	5	crystals
L	4	cska
L	4	ctbt
L	4	cuba
L	4	cuban
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
L	5	cultivate
L	5	cultivated
L	5	cultivates
L	5	cultivating
L	3	cultural
L	1	culture
L	1	cultures
L	5	cunning
L	5	cunnings
L	3	cup
L	1	cups
L	5	curator
L	5	curators
L	1	curb
L	5	curbed
L	5	curbing
L	5	curbs
L	5	cure
L	5	cured
L	5	cures
L	5	curing
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
L	5	curriculum
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
L	1	cycle
L	5	cycled
L	5	cycles
L	1	cycling
L	5	cyclings
L	4	cyprus
L	4	czech
L	4	czestochowa
L	5	d'oh
L	4	d.
L	4	d.a.
L	4	d.c.
L	1	da
L	5	dab
L	5	dabbed
L	5	dabbing
L	5	dabs
L	5	dad
L	5	daddies
L	5	daddy
L	5	dads
L	4	dahl
L	2	daily
L	5	daisies
L	5	daisy
L	4	dakar
L	4	dakota
L	5	dam
L	1	damage
L	1	damaged
L	5	damages
L	1	damaging
L	4	damm
L	5	dammit
L	5	damn
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
L	5	dance
L	5	danced
L	1	dancer
L	5	dancers
L	5	dances
L	1	dancing
L	5	dancings
L	5	dang
L	1	danger
L	1	dangerous
L	4	daniel
L	4	danish
L	4	danny
L	5	dapper
L	4	darcy
L	5	dare
L	1	dared
L	5	daredevil
L	5	daredevils
L	5	dares
L	5	daring
L	4	dariusz
L	1	dark
L	5	darken
L	5	darkened
L	5	darkening
L	5	darkens
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
L	5	database
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
L	2	de
L	5	deacon
L	5	deacons
L	2	dead
L	5	deader
L	5	deadest
L	5	deadlier
L	5	deadliest
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
L	1	deals
L	1	dealt
L	4	dean
L	5	deans
L	5	dear
L	5	dearer
L	3	dearest
L	1	death
L	5	deathbed
L	5	deathbeds
L	1	deaths
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
L	5	debrief
L	5	debriefed
L	5	debriefing
L	5	debriefs
L	1	debt
L	5	debug
L	5	debugged
L	5	debugging
L	5	debugs
L	5	debunk
L	5	debunking
L	5	debunks
L	1	debut
L	5	debuted
L	5	debuts
L	4	dec
L	1	decade
L	1	decades
L	5	decal
L	5	decals
L	1	decay
L	5	decayed
L	5	decaying
L	5	decays
L	5	deceased
L	5	deceive
L	5	deceived
L	5	deceives
L	5	deceiving
L	4	december
L	5	decentralize
L	5	decentralized
L	5	decentralizes
L	5	decentralizing
L	4	dechy
L	1	decide
L	1	decided
L	1	decides
L	5	deciding
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
L	1	declare
L	1	declared
L	1	declares
L	1	declaring
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
L	5	decried
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
L	1	deep
L	5	deepen
L	5	deepened
L	5	deepening
L	5	deepens
L	5	deeper
L	5	deepest
L	5	deer
L	5	deface
L	5	defaced
L	5	defaces
L	5	defacing
L	1	defeat
L	1	defeated
L	1	defeating
L	1	defeats
L	5	defect
L	5	defected
L	5	defecting
L	1	defects
L	2	defence
L	5	defenceman
L	5	defencemans
L	1	defender
L	1	defenders
L	1	defending
L	1	defends
L	3	defense
L	1	defensive
L	5	defer
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
L	5	defines
L	5	defining
L	1	definite
L	1	definitely
L	1	definitive
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
L	5	degenerate
L	5	degrade
L	5	degraded
L	5	degrades
L	1	degrading
L	1	degree
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
L	5	delegate
L	5	delegated
L	1	delegates
L	5	delegating
L	5	delegatings
L	1	delegation
L	4	delgado
L	4	delhi
L	5	deliberate
L	5	deliberated
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
L	1	demand
L	1	demanded
L	1	demanding
L	1	demands
L	5	demean
L	5	demeaning
L	5	demeans
L	4	demirel
L	1	demise
L	2	democracy
L	4	democrat
L	3	democratic
L	4	democrats
L	5	demographic
L	5	demographics
L	5	demolish
L	1	demolished
L	5	demolishes
L	1	demolishing
L	1	demolition
L	1	demonstrated
L	1	demonstration
L	1	demonstrations
L	1	demonstrators
L	5	demoralize
L	5	demoralized
L	5	demoralizes
L	5	demoralizing
L	5	demure
L	2	den
L	5	denar
L	5	denars
L	1	denial
L	5	denials
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
L	1	deny
L	1	denying
L	1	depart
L	5	departed
L	5	departing
L	3	department
L	1	departments
L	1	departs
L	1	departure
L	1	depend
L	1	dependent
L	1	depending
L	5	depict
L	5	depicted
L	5	depicting
L	5	depicts
L	5	deplore
L	5	deplored
L	5	deplores
L	5	deploring
L	5	deploy
L	1	deployed
L	5	deploying
L	5	deploys
L	5	deport
L	1	deported
L	1	deporting
L	5	deports
L	1	deposed
L	1	deposit
L	5	deposited
L	5	depositing
L	1	deposits
L	1	depreciation
L	5	depress
L	1	depressed
L	5	depresses
L	5	depressing
L	5	deputee
L	5	deputees
L	1	deputies
L	2	deputy
L	2	der
L	5	derail
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
L	5	derivative
L	3	derivatives
L	5	derive
L	5	derived
L	1	derives
L	5	deriving
L	4	derrick
L	3	des
L	1	descendant
L	1	descendants
L	1	described
L	1	desert
L	5	deserted
L	5	deserter
L	5	deserters
L	5	deserting
L	5	deserts
L	1	deserve
L	5	deserved
L	1	deserves
L	5	deserving
L	5	design
L	1	designated
L	1	designed
L	1	designer
L	5	designers
L	5	designing
L	1	designs
L	1	desire
L	5	desired
L	5	desires
L	5	desiring
L	5	desist
L	5	desisted
L	5	desisting
L	5	desists
L	3	desk
L	4	desmond
L	1	desperate
L	1	despite
L	5	despondent
L	1	destined
L	1	destitute
L	1	destroyed
L	1	destruction
L	5	desultory
L	5	detach
L	5	detached
L	5	detaches
L	5	detaching
L	1	detail
L	1	detailed
L	1	detailing
L	1	details
L	1	detained
L	1	detective
L	1	detectives
L	1	detention
L	1	deter
L	1	determine
L	1	determined
L	5	determines
L	1	determining
L	5	deterrent
L	5	deterrents
L	4	detroit
L	4	deutsche
L	5	devastate
L	5	devastated
L	5	devastates
L	1	devastating
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
L	1	device
L	1	devices
L	5	devoid
L	5	devolve
L	5	devolved
L	5	devolves
L	5	devolving
L	1	devote
L	1	devoted
L	5	devotes
L	5	devoting
L	5	devout
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
L	3	diamond
L	4	diana
L	4	diario
L	5	dice
L	4	dick
L	5	dickens
L	5	dicks
L	1	dictator
L	5	dictators
L	1	dictatorship
L	1	did
L	5	didactic
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
L	5	dignified
L	5	dignifies
L	1	dignify
L	5	dignifying
L	5	dignitaries
L	5	dignitary
L	1	dignity
L	5	digs
L	1	diluted
L	1	dilution
L	1	dim
L	5	dime
L	5	dimes
L	1	diminish
L	5	diminished
L	5	diminishes
L	1	diminishing
L	4	dimitrios
L	4	dimitris
L	4	dinamo
L	1	dinar
L	5	dinars
L	5	dine
L	5	dined
L	5	dines
L	5	dining
L	4	diniz
L	5	dinner
L	5	dinners
L	4	dionne
L	1	dip
L	1	diplomat
L	1	diplomatic
L	1	diplomats
L	1	dipped
L	1	dipping
L	5	dips
L	5	dire
L	1	direct
L	1	directed
L	5	directer
L	5	directest
L	5	directing
L	5	directings
L	1	direction
L	1	directly
L	2	director
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
L	1	disagreed
L	1	disagreement
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
L	5	disband
L	5	disbanded
L	5	disbanding
L	5	disbands
L	5	disburse
L	5	disbursed
L	5	disburses
L	5	disbursing
L	5	discard
L	5	discarded
L	1	discarding
L	5	discards
L	5	discern
L	5	discerned
L	5	discerning
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
L	5	disclose
L	1	disclosed
L	5	discloses
L	1	disclosing
L	1	disclosure
L	5	discontent
L	5	discontents
L	1	discount
L	5	discounted
L	5	discounting
L	5	discounts
L	5	discourage
L	1	discouraged
L	5	discourages
L	5	discouraging
L	5	discover
L	1	discovered
L	5	discovering
L	5	discoverings
L	5	discovers
L	1	discovery
L	5	discreet
L	5	discrete
L	1	discrimination
L	1	discuss
L	1	discussed
L	5	discusses
L	1	discussing
L	1	discussions
L	2	disease
L	5	diseased
L	1	diseases
L	5	disgruntle
L	1	disgruntled
L	5	disgruntles
L	5	disgruntling
L	1	disguise
L	1	disguised
L	5	disguises
L	5	disguising
L	1	disgust
L	5	disgusted
L	5	disgusting
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
L	5	disincentive
L	5	disincentives
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
L	1	dismissal
L	1	dismissed
L	1	disorder
L	5	disparate
L	1	dispatch
L	5	dispatched
L	5	dispatches
L	1	dispatching
L	5	dispense
L	5	dispensed
L	5	dispenses
L	5	dispensing
L	1	disperse
L	1	dispersed
L	5	disperses
L	5	dispersing
L	5	displace
L	2	displaced
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
L	1	dissent
L	5	dissented
L	5	dissenting
L	5	dissents
L	1	dissidents
L	1	dissolution
L	1	dissolve
L	5	dissolved
L	1	dissolves
L	5	dissolving
L	5	dissuade
L	5	dissuaded
L	5	dissuades
L	5	dissuading
L	1	distance
L	1	distances
L	5	distant
L	5	distil
L	5	distill
L	5	distilled
L	5	distilling
L	5	distills
L	5	distils
L	1	distinct
L	5	distinguish
L	5	distinguished
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
L	5	disturbing
L	5	disturbs
L	1	ditch
L	5	ditched
L	5	ditches
L	5	ditching
L	1	div
L	5	diva
L	5	divas
L	5	dive
L	5	diverge
L	5	diverged
L	1	divergent
L	5	diverges
L	5	diverging
L	1	diverse
L	5	divert
L	1	diverted
L	5	diverting
L	5	diverts
L	5	dives
L	5	divest
L	5	divested
L	5	divesting
L	5	divests
L	5	divide
L	1	divided
L	1	dividend
L	1	dividends
L	5	divides
L	1	dividing
L	1	divine
L	5	diviner
L	5	divinest
L	5	diving
L	5	divings
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
L	2	document
L	5	documentaries
L	1	documentary
L	5	documented
L	1	documenting
L	1	documents
L	5	dodge
L	5	dodged
L	4	dodgers
L	5	dodges
L	1	dodging
L	1	does
L	4	doetinchem
L	1	dog
L	5	doggies
L	5	doggy
L	1	dogs
L	5	doilies
L	5	doily
L	5	doin
L	1	doing
L	4	dole
L	5	doled
L	5	doles
L	5	doling
L	1	dollar
L	1	dollars
L	5	dollies
L	4	dolly
L	2	domestic
L	1	dominant
L	1	dominated
L	4	domingo
L	4	domingos
L	4	dominic
L	4	dominion
L	4	don
L	4	donald
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
L	1	dossier
L	5	dossiers
L	4	dostum
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
L	5	dove
L	4	dow
L	4	dowman
L	2	down
L	1	downgraded
L	5	download
L	1	downloaded
L	5	downloading
L	5	downloads
L	1	downside
L	5	downsides
L	1	downstairs
L	1	downwards
L	1	dozen
L	1	dozens
L	4	dr.
L	1	drachmas
L	1	draft
L	1	drafted
L	5	drafting
L	1	drafts
L	5	drag
L	1	dragged
L	5	dragging
L	4	dragomir
L	5	dragonflies
L	5	dragonfly
L	5	drags
L	5	drain
L	1	drained
L	5	draining
L	1	drains
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
L	1	dream
L	5	dreamed
L	5	dreaming
L	5	dreamings
L	5	dreams
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
L	5	drones
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
L	5	drums
L	1	drunk
L	5	drunker
L	5	drunkest
L	1	dry
L	5	drying
L	1	du
L	5	dub
L	4	dubai
L	1	dubbed
L	5	dubbing
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
L	4	duesseldorf
L	4	duff
L	4	duffield
L	4	duffy
L	5	dug
L	5	duh
L	4	duisberg
L	4	duisburg
L	1	dull
L	5	dulled
L	5	duller
L	5	dullest
L	5	dulling
L	1	dulls
L	5	dumb
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
L	4	durham
L	1	during
L	5	dustier
L	5	dustiest
L	1	dusty
L	4	dutch
L	5	dutchess
L	5	dutchesses
L	4	dutchman
L	1	duties
L	4	dutroux
L	1	duty
L	1	dwell
L	5	dwelled
L	5	dweller
L	5	dwellers
L	5	dwelling
L	5	dwellings
L	5	dwells
L	5	dwindle
L	5	dwindled
L	5	dwindles
L	5	dwindling
L	1	dye
L	1	dyed
L	5	dyeing
L	5	dyes
L	1	dying
L	3	dynamics
L	4	dynamo
L	4	dynasty
L	1	each
L	1	eager
L	4	eales
L	4	eamonn
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
L	5	easiest
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
L	5	echo
L	1	echoed
L	5	echoes
L	1	echoing
L	2	economic
L	3	economics
L	1	economies
L	1	economist
L	2	economists
L	2	economy
L	4	ecuador
L	4	ed
L	4	edberg
L	4	eddie
L	5	eddies
L	5	eddy
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
L	2	editorial
L	5	editors
L	5	edits
L	4	edouard
L	4	edt
L	4	eduardo
L	5	educate
L	5	educated
L	5	educates
L	5	educating
L	5	educatings
L	2	education
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
L	4	egypt
L	4	egyptian
L	5	eh
L	1	eight
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
L	5	elders
L	1	elect
L	1	elected
L	1	electing
L	2	election
L	2	elections
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
L	1	element
L	1	elements
L	4	elena
L	5	eleven
L	5	eleventh
L	5	elevenths
L	5	elicit
L	5	elicited
L	5	eliciter
L	5	eliciting
L	5	elicits
L	5	elicittest
L	1	eliminated
L	1	eliminating
L	1	elimination
L	1	elite
L	5	elites
L	5	elle
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
L	5	emaciate
L	5	emaciated
L	5	emaciates
L	5	emaciating
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
L	1	embassies
L	1	embassy
L	1	embattled
L	5	embodied
L	5	embodies
L	5	embody
L	5	embodying
L	5	embrace
L	5	embraced
L	5	embraces
L	1	embracing
L	5	embroider
L	5	embroidered
L	5	embroidering
L	5	embroiders
L	5	embroil
L	5	embroiled
L	5	embroiling
L	5	embroils
L	5	emcee
L	5	emcees
L	1	emerge
L	1	emerged
L	1	emergency
L	1	emergent
L	1	emerges
L	5	emerging
L	4	emilio
L	5	eminent
L	5	emir
L	5	emirs
L	4	emmanuel
L	1	emotional
L	5	emperor
L	5	emperors
L	1	emphasis
L	5	emphasize
L	5	emphasized
L	5	emphasizes
L	5	emphasizing
L	2	empire
L	1	employed
L	1	employee
L	1	employees
L	1	employer
L	5	employers
L	3	employment
L	4	empoli
L	1	empower
L	5	empowered
L	5	empowering
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
L	5	enables
L	5	enabling
L	5	enact
L	5	enacted
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
L	5	encounters
L	1	encourage
L	1	encouraged
L	5	encourages
L	5	encouraging
L	5	encroach
L	5	encroached
L	5	encroaches
L	5	encroaching
L	5	encrypt
L	5	encrypted
L	5	encrypting
L	5	encrypts
L	5	encumber
L	5	encumbered
L	5	encumbering
L	5	encumbers
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
L	5	endured
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
L	5	enforcing
L	1	engage
L	1	engaged
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
L	5	enlist
L	5	enlisted
L	5	enlisting
L	5	enlists
L	5	enliven
L	5	enlivened
L	5	enlivening
L	5	enlivens
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
L	5	enrol
L	5	enroll
L	5	enrolled
L	5	enrolling
L	5	enrolls
L	5	enrols
L	4	enschede
L	5	ensue
L	5	ensued
L	5	ensues
L	5	ensuing
L	1	ensure
L	1	ensured
L	5	ensures
L	1	ensuring
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
L	5	entrusted
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
L	5	epic
L	5	epics
L	1	epidemic
L	5	epidemics
L	5	epoch
L	5	epochs
L	4	eps
L	1	equal
L	1	equalised
L	1	equaliser
L	5	equip
L	2	equipment
L	5	equipped
L	5	equipping
L	5	equips
L	1	equities
L	1	equity
L	1	equivalent
L	2	era
L	5	erase
L	5	erased
L	5	erases
L	5	erasing
L	4	erbakan
L	5	erect
L	4	eric
L	4	erik
L	4	eriksson
L	4	ernie
L	1	erratically
L	1	error
L	1	errors
L	5	erstwhile
L	5	erupt
L	1	erupted
L	5	erupting
L	5	erupts
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
L	5	espouse
L	5	espoused
L	5	espouses
L	5	espousing
L	1	essential
L	5	essentialer
L	5	essentialest
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
L	4	eta
L	5	etch
L	4	etchebarren
L	5	etched
L	5	etches
L	5	etching
L	5	ethereal
L	5	ethic
L	5	ethics
L	4	ethiopia
L	1	ethnic
L	4	eu
L	4	eugen
L	4	eugene
L	5	eula
L	5	eulas
L	5	eur
L	5	eureka
L	4	euro
L	4	europe
L	4	european
L	5	euros
L	4	eva
L	1	evacuate
L	1	evacuated
L	5	evaluate
L	1	evaluated
L	1	evaluates
L	5	evaluating
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
L	5	everyday
L	1	everyone
L	1	everything
L	5	eves
L	1	evidence
L	1	evil
L	5	eviler
L	5	evilest
L	5	evoke
L	5	evoked
L	5	evokes
L	5	evoking
L	5	evolve
L	5	evolved
L	5	evolves
L	5	evolving
L	4	ewe
L	5	eww
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
L	5	examples
L	5	exasperate
L	5	exasperated
L	5	exasperates
L	5	exasperating
L	1	exceed
L	5	exceeded
L	5	exceeding
L	5	exceeds
L	5	excel
L	5	excelled
L	5	excellencies
L	5	excellency
L	1	excellent
L	5	excelling
L	5	excels
L	1	except
L	1	exception
L	1	excess
L	5	excesses
L	1	excessive
L	3	exchange
L	1	exchanged
L	1	exchanges
L	5	exchanging
L	5	excite
L	1	excited
L	5	excites
L	1	exciting
L	5	exclaim
L	5	exclaimed
L	5	exclaiming
L	5	exclaims
L	1	exclude
L	5	excluded
L	5	excludes
L	5	excluding
L	1	exclusive
L	5	excuse
L	5	excused
L	5	excuses
L	5	excusing
L	1	executed
L	1	execution
L	2	executive
L	1	executives
L	5	exemplar
L	5	exemplars
L	5	exempt
L	5	exempted
L	5	exempter
L	5	exemptest
L	5	exempting
L	5	exempts
L	1	exercise
L	1	exercised
L	5	exercises
L	5	exercising
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
L	5	exhausts
L	5	exhibit
L	5	exhibited
L	5	exhibiting
L	5	exhibits
L	5	exhilarate
L	5	exhilarated
L	5	exhilarates
L	5	exhilarating
L	5	exhort
L	5	exhorted
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
L	5	existence
L	1	existing
L	5	exists
L	1	exit
L	5	exited
L	1	exiting
L	1	exits
L	1	expand
L	5	expanded
L	1	expanding
L	5	expands
L	1	expansion
L	1	expect
L	1	expectations
L	1	expected
L	1	expecting
L	1	expects
L	5	expedient
L	5	expedite
L	5	expedited
L	5	expedites
L	5	expediting
L	1	expel
L	1	expelled
L	1	expelling
L	1	expels
L	1	expense
L	1	expenses
L	1	expensive
L	1	experience
L	1	experienced
L	5	experiences
L	1	experiencing
L	1	experiment
L	5	experimented
L	5	experimenting
L	5	experiments
L	1	expert
L	1	expertise
L	1	experts
L	5	expire
L	1	expired
L	1	expires
L	5	expiring
L	1	explain
L	1	explained
L	1	explaining
L	5	explains
L	1	explanation
L	1	explicit
L	5	explode
L	1	exploded
L	5	explodes
L	5	exploding
L	5	exploit
L	5	exploited
L	5	exploiting
L	5	exploits
L	1	exploration
L	5	explore
L	5	explored
L	5	explores
L	1	exploring
L	5	explorings
L	1	explosion
L	1	explosive
L	1	explosives
L	2	export
L	1	exported
L	5	exporting
L	1	exports
L	4	expos
L	5	expose
L	1	exposed
L	5	exposes
L	5	exposing
L	1	exposure
L	2	express
L	1	expressed
L	5	expresser
L	1	expresses
L	5	expressest
L	1	expressing
L	1	expulsion
L	5	expunge
L	5	expunged
L	5	expunges
L	5	exquisite
L	1	extend
L	1	extended
L	1	extending
L	5	extends
L	5	extent
L	5	extents
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
L	1	extradition
L	1	extraordinary
L	5	extravagant
L	1	extreme
L	1	extremely
L	5	extremer
L	5	extremest
L	1	extremist
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
L	1	eyewitnesses
L	4	eyles
L	4	ezer
L	4	ezinwa
L	4	f
L	4	f.a.
L	4	f.c.
L	4	f.w.
L	4	faber
L	4	fabien
L	5	fabled
L	5	fabric
L	5	fabrics
L	1	face
L	1	faced
L	1	faces
L	2	facilities
L	1	facility
L	1	facing
L	1	fact
L	1	faction
L	1	factions
L	1	factor
L	1	factors
L	1	factory
L	5	fade
L	1	faded
L	5	fades
L	5	fading
L	4	fahrenheit
L	1	fail
L	1	failed
L	1	failing
L	1	fails
L	1	failure
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
L	1	faith
L	5	faiths
L	1	fake
L	5	faked
L	5	faker
L	5	fakes
L	5	fakest
L	5	faking
L	4	faldo
L	4	falilat
L	1	fall
L	1	fallen
L	1	falling
L	2	falls
L	1	false
L	1	falter
L	1	faltered
L	1	faltering
L	5	falters
L	3	fame
L	1	famed
L	1	familiar
L	1	families
L	1	family
L	1	famous
L	1	fan
L	5	fancied
L	5	fancier
L	5	fancies
L	5	fanciest
L	5	fancy
L	5	fancying
L	5	fannies
L	5	fanny
L	1	fans
L	2	far
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
L	5	farther
L	5	fascinate
L	5	fascinated
L	5	fascinates
L	5	fascinating
L	5	fascinatings
L	1	fast
L	5	fasted
L	5	fasten
L	5	fastened
L	5	fastening
L	5	fastens
L	1	faster
L	1	fastest
L	5	fasting
L	5	fasts
L	1	fat
L	1	fatal
L	1	fate
L	2	father
L	5	fathers
L	4	fatima
L	4	fatkoullina
L	5	fats
L	5	fatten
L	5	fattened
L	5	fattening
L	5	fattens
L	5	faultier
L	5	faultiest
L	1	faults
L	5	faulty
L	4	faure
L	5	faux
L	1	favor
L	1	favorable
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
L	1	fear
L	1	feared
L	1	fearing
L	1	fears
L	1	feasible
L	1	feature
L	1	featured
L	1	features
L	5	featuring
L	4	february
L	2	fed
L	2	federal
L	2	federation
L	4	federico
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
L	5	feelings
L	1	feels
L	1	feet
L	4	feldhoff
L	4	felix
L	1	fell
L	5	fella
L	5	fellas
L	1	fellow
L	5	fellows
L	1	felt
L	1	female
L	5	females
L	5	feminine
L	5	feminist
L	5	feminists
L	5	femtosecond
L	5	femtoseconds
L	1	fence
L	5	fenced
L	5	fences
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
L	5	fiction
L	4	fidelis
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
L	5	fifteen
L	5	fifteenth
L	5	fifteenths
L	1	fifth
L	1	fifth-inning
L	1	fifth-seeded
L	5	fifths
L	5	fiftieth
L	5	fiftieths
L	5	fifty
L	1	fight
L	2	fighter
L	1	fighters
L	1	fighting
L	5	fightings
L	1	fights
L	1	figure
L	5	figured
L	1	figures
L	5	figuring
L	1	file
L	1	filed
L	1	files
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
L	1	final
L	1	finalists
L	1	finally
L	1	finals
L	3	finance
L	1	financed
L	1	finances
L	2	financial
L	5	financialer
L	5	financialest
L	5	financier
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
L	1	firms
L	2	first
L	1	first-class
L	1	first-half
L	1	first-place
L	1	first-round
L	1	first-team
L	5	firsts
L	4	fis
L	1	fiscal
L	4	fischler
L	1	fish
L	5	fished
L	5	fishes
L	1	fishing
L	5	fishings
L	5	fit
L	1	fitness
L	5	fits
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
L	5	fixes
L	1	fixing
L	1	fixture
L	1	fixtures
L	5	fizzle
L	5	fizzled
L	5	fizzles
L	5	fizzling
L	4	flach
L	1	flag
L	5	flagged
L	5	flagging
L	1	flagrant
L	1	flags
L	5	flake
L	5	flaked
L	5	flakes
L	5	flaking
L	1	flamboyant
L	5	flame
L	5	flamed
L	4	flamengo
L	1	flames
L	5	flaming
L	5	flare
L	1	flared
L	1	flares
L	5	flaring
L	5	flash
L	5	flashed
L	5	flashes
L	5	flashing
L	1	flashpoint
L	1	flat
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
L	1	fled
L	1	flee
L	1	fleeing
L	1	flees
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
L	5	flock
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
L	1	flow
L	5	flowed
L	4	flower
L	5	flowered
L	5	flowering
L	5	flowers
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
L	5	focuses
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
L	5	folksy
L	5	follies
L	1	follow
L	1	follow-through
L	1	followed
L	1	followers
L	1	following
L	1	follows
L	1	folly
L	5	fond
L	5	fonder
L	5	fondest
L	2	food
L	5	fool
L	1	fooled
L	5	fooling
L	1	foolish
L	5	fools
L	1	foot
L	3	football
L	4	footscray
L	2	for
L	5	forbade
L	1	forbid
L	1	forbidden
L	5	forbidding
L	5	forbids
L	2	force
L	1	forced
L	2	forces
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
L	5	forego
L	5	foregoes
L	5	foregoing
L	1	forehand
L	2	foreign
L	1	foreigners
L	5	foreman
L	5	foremans
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
L	5	forgetting
L	5	forging
L	5	forgive
L	5	forgiven
L	5	forgiveness
L	5	forgives
L	5	forgiving
L	5	forgot
L	5	forgotten
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
L	5	formats
L	5	formatted
L	5	formatting
L	5	formattings
L	1	formed
L	2	former
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
L	5	forthcome
L	5	forthcomes
L	5	forthcoming
L	5	fortieth
L	5	fortieths
L	4	fortuna
L	1	fortunate
L	5	forty
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
L	1	founded
L	1	founder
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
L	5	framed
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
L	4	francisco
L	1	francs
L	4	frank
L	5	franker
L	5	frankest
L	4	frankfurt
L	4	frankie
L	4	franklin
L	5	frantic
L	4	franz
L	4	fraser
L	1	fraud
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
L	4	freeman
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
L	5	frightened
L	5	frightening
L	5	frightens
L	5	frilly
L	5	fringe
L	5	fringed
L	4	fringer
L	5	fringes
L	5	fringest
L	5	fringing
L	5	frolic
L	5	frolics
L	1	from
L	2	front
L	3	frontier
L	5	frontiers
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
L	5	frozen
L	5	frugal
L	5	frustrate
L	1	frustrated
L	5	frustrates
L	1	frustrating
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
L	5	fugitives
L	1	fulfil
L	5	fulfill
L	1	fulfilled
L	5	fulfilling
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
L	5	functions
L	2	fund
L	1	fundamental
L	1	fundamentalist
L	1	fundamentals
L	1	funded
L	1	funding
L	5	fundings
L	5	fundraise
L	5	fundraised
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
L	5	funny
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
L	5	furthermore
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
L	5	gangs
L	4	ganguly
L	1	gap
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
L	5	gate
L	5	gated
L	4	gates
L	1	gateway
L	1	gather
L	1	gathered
L	1	gathering
L	5	gatherings
L	5	gathers
L	5	gating
L	4	gatwick
L	5	gauche
L	4	gaudenzi
L	5	gaudier
L	5	gaudiest
L	5	gaudy
L	1	gave
L	4	gavin
L	5	gay
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
L	5	generic
L	1	genes
L	5	genetics
L	4	geneva
L	5	genious
L	5	geniouses
L	5	genius
L	5	geniuses
L	4	gennadi
L	4	genoa
L	1	genocide
L	5	gentle
L	5	gentleman
L	5	gentlemans
L	5	gentler
L	5	gentlest
L	5	genuine
L	5	genuiner
L	5	genuinest
L	5	genus
L	4	georgalis
L	4	george
L	4	georgia
L	4	georgiopoulos
L	4	gerard
L	4	gerhard
L	4	germain
L	4	german
L	4	germans
L	3	germany
L	1	gestures
L	1	get
L	1	gets
L	1	getting
L	5	ghastlier
L	5	ghastliest
L	5	ghastly
L	5	ghost
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
L	5	gift
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
L	4	gilardi
L	4	gilbert
L	4	giles
L	4	gilford
L	5	gill
L	4	gillingham
L	5	gills
L	4	ginebra
L	4	gingrich
L	4	ginn
L	4	giovanni
L	1	girl
L	1	girlfriend
L	5	girlfriends
L	1	girls
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
L	4	globo
L	1	gloom
L	5	gloomier
L	5	gloomiest
L	1	gloomy
L	4	gloria
L	5	gloss
L	5	glossed
L	5	glosses
L	5	glossing
L	4	gloucestershire
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
L	1	goddess
L	5	goddesses
L	5	gods
L	1	goes
L	4	gogele
L	1	going
L	2	gold
L	3	golden
L	4	goldman
L	1	golds
L	3	golf
L	1	golfer
L	5	golfers
L	5	golly
L	1	gone
L	5	gonna
L	4	gonzalez
L	4	gooch
L	1	good
L	5	goodbye
L	1	goods
L	1	goodwill
L	5	goof
L	5	goofed
L	5	goofier
L	5	goofiest
L	5	goofing
L	5	goofs
L	5	goofy
L	5	goose
L	4	goosen
L	4	goossens
L	4	gopal
L	4	goran
L	4	gordon
L	4	gore
L	4	gornik
L	4	gorre
L	4	gorrochategui
L	5	gosh
L	5	gossip
L	5	gossiped
L	5	gossiping
L	5	gossips
L	1	got
L	5	gotten
L	4	gough
L	5	gought
L	4	goulnara
L	4	gov
L	1	gov't
L	1	goverment
L	5	govern
L	5	governed
L	1	governing
L	2	government
L	1	governments
L	2	governor
L	5	governs
L	4	goydos
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
L	5	graphic
L	5	graphics
L	5	grapple
L	5	grappled
L	5	grapples
L	5	grappling
L	4	gras
L	5	grasp
L	5	grasped
L	5	grasping
L	5	grasps
L	5	grass
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
L	5	grave
L	4	gravelaine
L	5	graves
L	3	gray
L	5	grayer
L	4	graz
L	5	graze
L	5	grazed
L	5	grazes
L	5	grazing
L	5	greasy
L	2	great
L	1	greater
L	2	greatest
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
L	4	greenock
L	4	greens
L	4	greer
L	1	greet
L	5	greeted
L	5	greeting
L	1	greetings
L	5	greets
L	4	greg
L	4	gregory
L	5	greier
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
L	5	grim
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
L	2	gross
L	5	grosser
L	5	grossest
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
L	4	guarani
L	1	guarantee
L	1	guaranteed
L	5	guaranteeing
L	5	guarantees
L	3	guard
L	1	guarded
L	5	guarding
L	1	guards
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
L	5	guiding
L	5	guidings
L	1	guilders
L	4	guillaume
L	1	guilty
L	4	guinea
L	4	guingamp
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
L	4	h1
L	4	haarhuis
L	4	haarlem
L	4	haas
L	4	habibullah
L	4	habsudova
L	3	hack
L	5	hacked
L	5	hacking
L	1	hacks
L	1	had
L	4	haeggman
L	4	haessler
L	4	haga
L	5	haha
L	5	hahaha
L	5	hai
L	1	hailed
L	1	hair
L	5	hairdresser
L	5	hairdressers
L	5	hairstylist
L	5	hairstylists
L	1	hairy
L	4	haitai
L	4	hakkari
L	4	hakkinen
L	4	hal
L	1	half
L	1	half-time
L	1	half-year
L	2	halftime
L	5	halibut
L	3	hall
L	5	hallelujah
L	5	hallowed
L	1	halls
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
L	5	hamper
L	1	hampered
L	5	hampering
L	5	hampers
L	4	hampshire
L	5	hams
L	1	hand
L	1	handed
L	1	handful
L	5	handfuls
L	2	handgun
L	1	handing
L	1	handle
L	1	handled
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
L	1	hanged
L	1	hanging
L	1	hangs
L	5	hanker
L	5	hankered
L	5	hankering
L	5	hankers
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
L	5	happens
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
L	5	harming
L	5	harms
L	5	harness
L	5	harnessed
L	5	harnesses
L	5	harnessing
L	4	harrington
L	4	harris
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
L	1	has
L	4	hasan
L	5	hash
L	4	hashan
L	5	hashed
L	5	hashes
L	4	hashimoto
L	5	hashing
L	5	hashish
L	4	hasina
L	4	hassan
L	5	haste
L	5	hasten
L	1	hat-trick
L	5	hatch
L	5	hatched
L	5	hatches
L	5	hatching
L	1	hate
L	5	hated
L	5	hateful
L	5	hates
L	5	hating
L	1	haul
L	5	haunt
L	1	haunted
L	5	haunting
L	5	haunts
L	1	have
L	4	haven
L	5	havens
L	1	having
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
L	2	head
L	1	headache
L	1	headed
L	1	header
L	5	headier
L	5	headiest
L	1	heading
L	4	headingley
L	4	headley
L	5	headphone
L	5	headphones
L	1	headquarters
L	1	heads
L	1	heady
L	1	heal
L	1	healed
L	5	healing
L	5	heals
L	2	health
L	1	healthcare
L	1	healthy
L	4	healy
L	1	hear
L	1	heard
L	1	hearing
L	5	hears
L	2	heart
L	1	heartbeat
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
L	4	heathrow
L	1	heating
L	5	heatings
L	1	heats
L	5	heaven
L	5	heavenlier
L	5	heavenliest
L	5	heavenly
L	5	heavens
L	1	heavier
L	5	heaviest
L	1	heavily
L	1	heavy
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
L	1	heels
L	4	heerenveen
L	4	heeswijk
L	5	heftier
L	5	heftiest
L	1	hefty
L	5	heighten
L	5	heightened
L	5	heightening
L	5	heightens
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
L	5	hella
L	5	hellish
L	5	hello
L	4	helmer
L	4	helmut
L	1	help
L	1	helped
L	5	helpful
L	1	helping
L	1	helps
L	4	helsinki
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
L	1	here
L	4	hereford
L	4	herman
L	5	hermit
L	5	hermits
L	4	hernan
L	1	hero
L	5	heroes
L	1	heroin
L	5	heroine
L	5	heroines
L	4	herron
L	5	hers
L	1	herself
L	5	hertz
L	5	hertzs
L	4	herve
L	5	hesitant
L	5	hesitanter
L	5	hesitantest
L	4	hever
L	5	hey
L	5	hg
L	5	hi
L	4	hicham
L	5	hid
L	1	hidden
L	4	hiddink
L	1	hide
L	4	hidemichi
L	1	hides
L	5	hiding
L	4	higashi
L	2	high
L	1	high-profile
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
L	4	hill
L	4	hillary
L	5	hillier
L	5	hilliest
L	1	hills
L	5	hilly
L	1	him
L	4	himalayan
L	1	himself
L	4	hincapie
L	4	hinckley
L	5	hinder
L	1	hindered
L	1	hindering
L	5	hinders
L	4	hingis
L	5	hint
L	1	hinted
L	1	hinterland
L	1	hinting
L	1	hints
L	5	hippopotami
L	5	hippopotamus
L	5	hire
L	1	hired
L	5	hires
L	1	hiring
L	5	hirings
L	1	his
L	5	hispanic
L	4	hissou
L	5	historian
L	1	historians
L	1	historic
L	1	historical
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
L	5	hobbies
L	5	hobby
L	5	hobo
L	5	hobos
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
L	5	holing
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
L	1	holy
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
L	5	homesick
L	5	homework
L	4	honda
L	5	hone
L	1	honed
L	5	hones
L	5	honest
L	5	honesty
L	5	honey
L	4	hong
L	5	honing
L	5	honor
L	5	honorary
L	5	honored
L	5	honoring
L	5	honors
L	1	honour
L	1	honoured
L	5	honouring
L	1	honours
L	5	hook
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
L	1	hopes
L	1	hoping
L	5	hopped
L	5	hopping
L	5	hops
L	1	hormone
L	5	hormones
L	5	horrific
L	5	horrified
L	5	horrifies
L	5	horrify
L	5	horrifying
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
L	5	hosted
L	5	hostess
L	5	hostesses
L	1	hostile
L	1	hostilities
L	1	hostility
L	5	hosting
L	5	hosts
L	1	hot
L	5	hotbed
L	5	hotbeds
L	2	hotel
L	5	hotter
L	1	hottest
L	1	hour
L	5	hourly
L	1	hours
L	3	house
L	5	housed
L	5	housekeeper
L	5	housekeepers
L	1	houses
L	3	housing
L	4	houston
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
L	4	huber
L	4	hubner
L	4	huddersfield
L	4	hueite
L	5	hug
L	1	huge
L	5	huger
L	5	hugest
L	5	hugged
L	5	hugging
L	5	hugs
L	5	huh
L	4	huizinga
L	4	hull
L	2	human
L	5	humane
L	2	humanitarian
L	5	humanitarians
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
L	4	hyundai
L	5	hz
L	3	i
L	4	ian
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
L	1	idea
L	1	ideal
L	5	ideals
L	1	ideas
L	1	identified
L	1	identify
L	1	identities
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
L	1	ignorance
L	5	ignorant
L	5	ignore
L	1	ignored
L	5	ignores
L	1	ignoring
L	4	ii
L	4	ijaz
L	5	il
L	2	ill
L	1	ill-fated
L	1	illegal
L	1	illegally
L	5	illegitimate
L	5	iller
L	5	illest
L	1	illicit
L	4	illingworth
L	4	illinois
L	5	illiterate
L	2	illness
L	5	illuminate
L	5	illuminated
L	5	illuminates
L	5	illuminating
L	5	illustrate
L	5	illustrated
L	5	illustrates
L	5	illustrating
L	5	illustratings
L	5	illustrator
L	5	illustrators
L	5	ils
L	1	image
L	5	imagine
L	5	imagined
L	5	imagines
L	5	imagining
L	5	imaginings
L	5	imbue
L	5	imbued
L	5	imbues
L	5	imbuing
L	5	immature
L	1	immediate
L	1	immediately
L	5	immense
L	5	immerse
L	5	immersed
L	5	immerses
L	5	immersing
L	1	immigrant
L	1	immigrants
L	2	immigration
L	1	imminent
L	1	immune
L	1	impact
L	5	impacted
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
L	5	impending
L	5	imperfect
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
L	5	implicit
L	5	implied
L	5	implies
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
L	1	imported
L	1	importing
L	1	imports
L	1	impose
L	1	imposed
L	5	imposes
L	5	imposing
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
L	1	impressive
L	4	impreza
L	5	imprison
L	1	imprisoned
L	5	imprisoning
L	1	imprisonment
L	5	imprisons
L	5	improper
L	5	improv
L	1	improve
L	1	improved
L	1	improvement
L	5	improves
L	1	improving
L	1	impunity
L	2	in
L	1	in-form
L	5	in2
L	5	in3
L	5	inaccurate
L	1	inadequate
L	5	inane
L	5	inappropriate
L	5	inasmuch
L	5	inbred
L	4	inc
L	4	inc.
L	5	incel
L	5	incels
L	1	incentive
L	1	incentives
L	1	inch
L	1	inches
L	1	incident
L	1	incidents
L	5	incite
L	5	incited
L	5	incites
L	1	inciting
L	5	incline
L	5	inclined
L	5	inclines
L	5	inclining
L	1	include
L	1	included
L	1	includes
L	1	including
L	2	income
L	1	incompatible
L	1	incompetence
L	1	incompetent
L	1	incomplete
L	1	incomprehensible
L	5	inconsiderate
L	5	incorporate
L	5	incorporated
L	5	incorporates
L	5	incorporating
L	5	incorrect
L	1	increase
L	1	increased
L	1	increases
L	1	increasing
L	1	increasingly
L	1	incumbent
L	5	incumbents
L	5	indebt
L	5	indebted
L	5	indebting
L	5	indebts
L	1	indeed
L	5	indefinite
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
L	4	indiana
L	4	indians
L	1	indicate
L	1	indicated
L	1	indicates
L	1	indicating
L	1	indication
L	1	indications
L	1	indicators
L	1	indices
L	5	indiceses
L	5	indie
L	1	indifference
L	1	indigenous
L	5	indirect
L	2	individual
L	1	individuals
L	4	indonesia
L	4	indonesian
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
L	4	inez
L	1	infant
L	5	infants
L	1	infect
L	1	infected
L	5	infecting
L	1	infection
L	1	infectious
L	5	infects
L	5	inferior
L	5	infest
L	5	infested
L	5	infesting
L	5	infests
L	1	infighting
L	5	infinite
L	1	inflammation
L	5	inflate
L	1	inflated
L	5	inflates
L	5	inflating
L	2	inflation
L	3	inflows
L	1	influence
L	1	influenced
L	5	influences
L	5	influencing
L	1	influential
L	1	inform
L	3	information
L	1	informed
L	5	informing
L	5	informs
L	5	infrared
L	1	infrastructure
L	5	infrequent
L	1	infringement
L	5	infuriate
L	1	infuriated
L	5	infuriates
L	5	infuriating
L	5	infuse
L	5	infused
L	5	infuses
L	5	infusing
L	1	infusion
L	3	ing
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
L	5	initiatives
L	1	injection
L	1	injunction
L	5	injure
L	1	injured
L	1	injures
L	1	injuries
L	1	injuring
L	1	injury
L	5	ink
L	5	inked
L	5	inking
L	5	inks
L	5	innate
L	5	inner
L	1	inning
L	1	innings
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
L	5	insane
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
L	1	installed
L	5	installer
L	5	installers
L	1	installing
L	1	installs
L	5	instant
L	1	instantly
L	5	instants
L	1	instead
L	5	instigator
L	5	instigators
L	5	instil
L	5	instilled
L	5	instils
L	3	institute
L	5	institutes
L	1	institutions
L	5	instruct
L	5	instructed
L	5	instructing
L	1	instructions
L	5	instructor
L	5	instructors
L	5	instructs
L	5	insubordinate
L	1	insult
L	5	insulted
L	1	insulting
L	5	insults
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
L	5	intellect
L	5	intellects
L	5	intellegent
L	5	intellegenter
L	5	intellegentest
L	2	intelligence
L	1	intend
L	1	intended
L	1	intending
L	1	intends
L	1	intense
L	1	intensified
L	5	intensifies
L	1	intensify
L	5	intensifying
L	1	intensive
L	1	intent
L	5	intented
L	5	intenting
L	1	intention
L	1	intentions
L	5	intents
L	4	inter
L	5	interact
L	5	interacted
L	5	interacting
L	5	interactings
L	5	interacts
L	2	interbank
L	1	intercepted
L	5	interdependent
L	2	interest
L	1	interested
L	5	interesting
L	1	interests
L	5	interface
L	5	interfaced
L	5	interfaces
L	5	interfacing
L	4	interfax
L	1	interfere
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
L	1	internationals
L	5	interned
L	4	internet
L	5	interning
L	5	interns
L	4	interpol
L	5	interpret
L	1	interpreted
L	5	interpreting
L	5	interprets
L	1	interrogated
L	5	interrupt
L	1	interrupted
L	5	interrupting
L	5	interrupts
L	5	interstate
L	1	interval
L	1	intervene
L	1	intervention
L	1	interview
L	1	interviewed
L	5	interviewing
L	5	interviewings
L	1	interviews
L	5	intimate
L	5	intimater
L	5	intimatest
L	1	intimidate
L	5	intimidated
L	5	intimidates
L	5	intimidating
L	1	into
L	5	intoxicate
L	5	intoxicated
L	5	intoxicates
L	5	intoxicating
L	5	intrigue
L	5	intrigued
L	5	intrigues
L	5	intriguing
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
L	5	invades
L	1	invading
L	1	invalid
L	1	invaluable
L	5	invent
L	5	invented
L	1	inventing
L	5	inventings
L	5	inventor
L	1	inventories
L	5	inventors
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
L	1	investigating
L	2	investigation
L	1	investigations
L	5	investigator
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
L	5	invite
L	1	invited
L	1	invites
L	5	inviting
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
L	5	in²
L	5	in³
L	4	ioc
L	4	iowa
L	4	ipe
L	4	iran
L	4	irani
L	4	iranian
L	4	iraq
L	4	iraqi
L	4	iraqis
L	5	irate
L	4	ireland
L	4	irina
L	4	irish
L	5	irk
L	5	irked
L	5	irking
L	5	irks
L	4	irna
L	1	iron
L	4	ironi
L	1	ironically
L	5	ironing
L	5	ironings
L	5	irons
L	1	irregular
L	1	irregularities
L	1	irrelevant
L	5	irritate
L	5	irritated
L	5	irritates
L	5	irritating
L	4	irvine
L	1	is
L	4	isaac
L	4	islam
L	4	islamabad
L	4	islamic
L	4	islamist
L	4	islamists
L	2	island
L	3	islands
L	4	ismail
L	5	isolate
L	1	isolated
L	5	isolates
L	5	isolating
L	4	israel
L	4	israel-plo
L	4	israeli
L	4	israeli-plo
L	4	israelis
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
L	4	iva
L	4	ivan
L	4	ivanisevic
L	4	ivorian
L	4	ivory
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
L	4	jakob
L	4	jalal
L	5	jam
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
L	4	japan
L	4	japanese
L	4	jared
L	4	jarmo
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
L	4	jean
L	4	jean-michel
L	4	jean-paul
L	4	jean-philippe
L	4	jean-pierre
L	5	jeans
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
L	3	jewel
L	1	jewelry
L	5	jewels
L	4	jewish
L	4	jews
L	4	jiang
L	4	jim
L	4	jimenez
L	4	jimmy
L	4	jimy
L	4	jing-qian
L	4	jiri
L	1	jitters
L	1	jittery
L	4	jiul
L	4	joakim
L	4	joao
L	1	job
L	1	jobs
L	4	joe
L	4	joel
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
L	5	joins
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
L	5	jot
L	5	jots
L	5	joule
L	5	joules
L	3	journal
L	2	journalist
L	1	journalists
L	1	journals
L	1	journey
L	1	joy
L	4	joyce
L	5	joys
L	5	jpy
L	4	jr
L	4	juan
L	2	judge
L	5	judged
L	1	judges
L	5	judging
L	5	judgings
L	1	judgment
L	2	judicial
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
L	5	jupiter
L	4	juppe
L	1	just
L	2	justice
L	5	justices
L	1	justified
L	5	justifies
L	5	justify
L	5	justifying
L	5	justifyings
L	4	justin
L	1	juvenile
L	5	juveniles
L	4	juventude
L	4	juventus
L	5	juxtapose
L	5	juxtaposed
L	5	juxtaposes
L	5	juxtaposing
L	4	jv
L	4	jyvaskyla
L	5	k
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
L	4	katarina
L	4	katayama
L	4	kathmandu
L	4	kathy
L	4	katowice
L	4	kawasaki
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
L	4	kevin
L	2	key
L	1	keyed
L	5	keying
L	5	keynote
L	5	keynotes
L	5	keys
L	1	kg
L	4	khaleda
L	4	khan
L	4	khartoum
L	1	kick
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
L	5	kinda
L	5	kinder
L	5	kindergarten
L	5	kindest
L	5	kindly
L	3	king
L	3	kingdom
L	5	kings
L	5	kins
L	5	kinsman
L	5	kinsmans
L	5	kinswoman
L	5	kinswomans
L	4	kispest
L	5	kiss
L	5	kissed
L	5	kisses
L	5	kissing
L	5	kitten
L	5	kittens
L	5	kitties
L	5	kitty
L	4	kivu
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
L	5	knocked
L	1	knocking
L	5	knocks
L	1	knot
L	5	knots
L	5	knotted
L	1	know
L	5	knowing
L	1	knowledge
L	4	knowles
L	1	known
L	1	knows
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
L	4	korda
L	4	korea
L	4	korean
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
L	4	kristie
L	4	kristina
L	5	krona
L	5	kronas
L	4	kroslak
L	4	kruger
L	5	krw
L	4	krzysztof
L	4	kschwendt
L	4	kucera
L	4	kulti
L	4	kumara
L	4	kumble
L	1	kuna
L	4	kurd
L	4	kurdish
L	4	kurdistan
L	4	kurds
L	4	kurt
L	4	kuwait
L	5	kwanza
L	5	kwanzas
L	5	kyat
L	5	kyats
L	4	kytolehto
L	3	l
L	4	l.
L	3	la
L	4	labat
L	5	label
L	5	labeled
L	5	labelling
L	5	labels
L	3	labor
L	4	laboratories
L	1	laboratory
L	5	laborer
L	1	laborers
L	5	laboring
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
L	5	ladies
L	5	lads
L	2	lady
L	5	lag
L	1	lagged
L	1	lagging
L	5	lags
L	5	lah
L	4	lahore
L	1	laid
L	5	laier
L	5	laiest
L	4	lakes
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
L	1	lap
L	4	lapentti
L	1	lapped
L	5	lapping
L	1	laps
L	5	lapsed
L	1	large
L	1	largely
L	1	larger
L	1	largest
L	4	larnaca
L	4	larry
L	4	larsson
L	5	larva
L	5	larvae
L	5	lash
L	1	lashed
L	5	lashes
L	5	lashing
L	5	lass
L	5	lasses
L	2	last
L	1	lasted
L	5	laster
L	1	lasting
L	1	lasts
L	5	latch
L	5	latched
L	5	latches
L	5	latching
L	1	late
L	5	lately
L	1	later
L	2	latest
L	4	lathwell
L	4	latin
L	1	latter
L	5	latters
L	4	latvia
L	5	laugh
L	1	laughed
L	1	laughing
L	5	laughings
L	5	laughs
L	5	laughter
L	1	launch
L	1	launched
L	1	launches
L	1	launching
L	5	launder
L	5	laundered
L	5	laundering
L	5	launders
L	1	laureate
L	5	laureates
L	4	laurence
L	4	laurent
L	4	lausberg
L	2	law
L	1	lawmakers
L	4	lawrie
L	1	laws
L	1	lawsuit
L	1	lawsuits
L	1	lawyer
L	1	lawyers
L	5	lay
L	5	layer
L	5	layers
L	1	laying
L	5	layman
L	5	laymans
L	1	layoffs
L	5	lays
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
L	5	leak
L	1	leaked
L	5	leaking
L	5	leaks
L	5	lean
L	4	leander
L	5	leaner
L	5	leanest
L	5	leaning
L	5	leans
L	5	leap
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
L	5	lecture
L	5	lectured
L	5	lectures
L	5	lecturing
L	1	led
L	4	lee
L	5	leech
L	5	leeched
L	5	leeches
L	5	leeching
L	4	leeds
L	5	leerier
L	5	leeriest
L	5	leery
L	4	lefevre
L	1	left
L	1	left-field
L	1	left-hander
L	1	leftist
L	1	leg
L	2	legal
L	1	legend
L	1	legendary
L	5	legends
L	4	legia
L	1	legislation
L	2	legislative
L	1	legislators
L	1	legislature
L	1	legitimate
L	1	legs
L	5	leh
L	4	lehman
L	1	lei
L	4	leicester
L	4	leicestershire
L	5	leisure
L	4	lejeune
L	5	lempira
L	5	lempiras
L	1	lend
L	1	lending
L	5	lends
L	5	lengthen
L	5	lengthened
L	5	lengthening
L	5	lengthens
L	2	lengths
L	1	lengthy
L	4	lennart
L	3	lens
L	1	lent
L	5	leo
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
L	5	lest
L	1	let
L	5	lethal
L	1	lets
L	2	letter
L	1	letters
L	1	letting
L	1	level
L	5	leveled
L	5	levelling
L	1	levels
L	4	levenson
L	4	leverkusen
L	5	levied
L	1	levies
L	4	levy
L	5	levying
L	5	lewd
L	5	lewder
L	5	lewdest
L	4	lewis
L	4	leyton
L	4	lg
L	4	li
L	4	liam
L	3	liberal
L	1	liberals
L	4	liberation
L	4	liberia
L	1	library
L	5	libretti
L	5	libretto
L	4	libyan
L	5	lice
L	1	licences
L	1	license
L	1	licensed
L	1	licenses
L	1	licensing
L	5	licensings
L	5	lick
L	5	licked
L	5	licking
L	5	licks
L	1	lie
L	4	liechtenstein
L	5	lied
L	4	liege
L	5	lies
L	4	lietti
L	4	lieutenant
L	5	lieutenants
L	2	life
L	5	lifesave
L	5	lifesaved
L	5	lifesaves
L	5	lifesaving
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
L	1	likely
L	1	likened
L	1	likes
L	5	likewise
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
L	5	linguistics
L	4	linhart
L	5	lining
L	1	link
L	1	linked
L	1	linking
L	1	links
L	4	linz
L	3	lion
L	2	lions
L	5	lipid
L	5	lipids
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
L	4	lisbon
L	2	list
L	1	listed
L	1	listen
L	5	listened
L	5	listening
L	5	listenings
L	5	listens
L	1	listing
L	5	listings
L	1	lists
L	5	lit
L	5	liter
L	5	literal
L	5	literary
L	5	literate
L	5	literature
L	5	liters
L	4	lithuania
L	1	litre
L	5	litres
L	1	littered
L	2	little
L	5	littler
L	5	littlest
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
L	5	lobbied
L	5	lobbies
L	1	lobby
L	5	lobbying
L	1	local
L	1	locally
L	1	located
L	1	location
L	1	locations
L	1	lock
L	1	locked
L	5	locking
L	1	locks
L	3	lodge
L	5	lodged
L	5	lodges
L	5	lodging
L	5	lodgings
L	4	lodz
L	5	loftier
L	5	loftiest
L	5	lofty
L	5	log
L	1	logged
L	1	logging
L	5	logic
L	4	logistics
L	5	logs
L	4	lokeren
L	4	loko
L	5	lol
L	5	lols
L	4	lomas
L	4	lome
L	4	lommel
L	4	london
L	1	lone
L	5	lonelier
L	5	loneliest
L	1	lonely
L	2	long
L	1	long-term
L	1	long-time
L	1	longer
L	1	longest
L	5	longstanding
L	5	longterm
L	1	longtime
L	1	look
L	1	looked
L	1	looking
L	1	looks
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
L	5	lord
L	1	lords
L	4	loren
L	4	lorenzo
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
L	5	loved
L	5	lovelier
L	5	loveliest
L	4	lovell
L	1	lovely
L	5	lover
L	5	lovers
L	5	loves
L	5	loving
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
L	5	luddite
L	5	luddites
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
L	4	luton
L	5	lux
L	4	luxembourg
L	1	luxury
L	1	lying
L	5	lyings
L	4	lynch
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
L	1	machine
L	1	machinery
L	3	machines
L	5	macho
L	5	macked
L	5	macking
L	1	mad
L	5	madden
L	5	maddened
L	5	maddening
L	5	maddens
L	5	madder
L	2	made
L	5	madest
L	4	madrid
L	4	magali
L	1	magazine
L	1	magazines
L	4	magdalena
L	5	magenta
L	1	magic
L	5	magician
L	5	magicians
L	1	magistrate
L	1	magistrates
L	5	magnate
L	5	magnates
L	4	magnus
L	4	mahanama
L	1	mail
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
L	5	mainstream
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
L	5	males
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
L	1	manage
L	1	managed
L	2	management
L	1	manager
L	3	managers
L	1	manages
L	1	managing
L	4	managua
L	4	manchester
L	1	mandate
L	5	mandated
L	1	mandates
L	5	mandating
L	1	mandatory
L	4	mandela
L	5	mandible
L	5	mandibles
L	4	manhattan
L	5	maniac
L	5	maniacs
L	5	manifest
L	5	manifested
L	5	manifesting
L	5	manifestings
L	5	manifests
L	5	manned
L	1	manner
L	5	mannered
L	5	mannering
L	5	manners
L	1	manoeuvre
L	5	manoeuvred
L	5	manoeuvres
L	5	manoeuvring
L	5	mans
L	4	mansfield
L	4	mantilla
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
L	1	marathon
L	4	marc
L	4	marc-vivien
L	4	marcel
L	4	marcelo
L	3	march
L	4	marchal
L	1	marched
L	4	marcin
L	4	marco
L	4	marcos
L	4	marcus
L	4	margaret
L	1	margin
L	1	marginally
L	1	margins
L	4	maria
L	4	mariaan
L	4	mariano
L	1	marijuana
L	4	marina
L	3	marine
L	4	mariners
L	4	marines
L	4	marino
L	4	mario
L	4	marion
L	5	maritime
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
L	1	married
L	5	marries
L	5	marry
L	5	marrying
L	5	mars
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
L	5	martyrs
L	4	maru
L	4	maruyama
L	4	mary
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
L	1	massive
L	4	massoud
L	5	master
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
L	5	mayors
L	5	mb
L	4	mcallister
L	4	mccarron
L	4	mccurry
L	4	mcewen
L	4	mcginley
L	4	mcgrath
L	4	mcgriff
L	4	mclaren
L	4	mcnamara
L	4	mcrae
L	1	me
L	4	meadows
L	5	meager
L	1	mean
L	5	meander
L	5	meandered
L	5	meandering
L	5	meanders
L	5	meaner
L	5	meanest
L	5	meaning
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
L	5	memoranda
L	1	memorandum
L	1	memory
L	2	men
L	5	menacing
L	5	mend
L	5	mended
L	5	mending
L	5	mends
L	2	mental
L	1	mention
L	5	mentioned
L	1	mentioning
L	5	mentions
L	1	mentor
L	5	mentors
L	5	menu
L	5	menus
L	5	merchandise
L	3	merchant
L	1	merchants
L	5	mere
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
L	5	merits
L	4	merlene
L	4	merrill
L	5	merry
L	5	mesmerize
L	5	mesmerized
L	5	mesmerizes
L	5	mesmerizing
L	5	mess
L	2	message
L	5	messaged
L	1	messages
L	5	messaging
L	5	messagings
L	1	messed
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
L	5	mi
L	5	mi/h
L	4	miami
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
L	5	microsecond
L	5	microseconds
L	4	microsoft
L	5	mics
L	5	mid
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
L	1	midweek
L	4	midwest
L	4	mieciel
L	1	might
L	1	migration
L	4	miguel
L	4	mika
L	4	mikael
L	4	mike
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
L	3	milk
L	5	milked
L	5	milking
L	5	milks
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
L	5	minding
L	5	minds
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
L	1	minimum
L	2	mining
L	5	minings
L	5	minion
L	5	minions
L	3	minister
L	1	ministers
L	2	ministry
L	4	minneapolis
L	4	minnesota
L	1	minor
L	1	minority
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
L	5	mirror
L	5	mirrored
L	1	mirroring
L	5	mirrors
L	5	mischief
L	5	mischiefs
L	5	misfit
L	5	misfits
L	1	misfortune
L	5	misplace
L	5	misplaced
L	5	misplaces
L	5	misplacing
L	2	miss
L	1	missed
L	5	misses
L	1	missile
L	1	missing
L	1	mission
L	2	missionaries
L	2	missionary
L	5	missive
L	5	missives
L	5	missus
L	5	missuses
L	1	mistake
L	1	mistakes
L	5	mistaking
L	4	mister
L	5	misters
L	5	mistier
L	5	mistiest
L	5	mistook
L	5	misty
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
L	1	mock
L	1	mocked
L	5	mocking
L	5	mocks
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
L	5	modern
L	1	modernist
L	5	modernists
L	1	modest
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
L	5	monkeys
L	5	monks
L	5	monochrome
L	5	monogamy
L	5	monopolies
L	1	monopoly
L	4	monrovia
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
L	1	morals
L	5	morbid
L	1	more
L	4	moreau
L	4	moreno
L	5	moreover
L	4	morgan
L	2	morning
L	5	mornings
L	4	moroccan
L	4	morocco
L	4	morris
L	5	mortal
L	5	mortals
L	1	mortgage
L	4	morton
L	4	moscow
L	4	moslem
L	4	moslem-croat
L	4	moslems
L	1	mosque
L	5	mosques
L	5	mosquito
L	5	mosquitoes
L	4	moss
L	2	most
L	1	mostly
L	3	mother
L	1	mothers
L	4	motherwell
L	1	motion
L	5	motivate
L	1	motivated
L	5	motivates
L	5	motivating
L	1	motive
L	5	motives
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
L	5	mounting
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
L	5	msg
L	5	msged
L	4	msv
L	4	mubarak
L	1	much
L	1	much-delayed
L	5	muddle
L	5	muddled
L	5	muddles
L	5	muddling
L	5	muddy
L	4	muhammad
L	4	mujtaba
L	1	mull
L	4	mullally
L	5	mulled
L	5	mulling
L	5	mulls
L	1	multi-ethnic
L	1	multi-party
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
L	1	murdering
L	1	murders
L	4	murdoch
L	4	murray
L	4	museeuw
L	4	museum
L	4	mushtaq
L	5	music
L	1	musician
L	5	musicians
L	4	muslim
L	1	must
L	4	mustapha
L	3	muster
L	5	mute
L	1	muted
L	5	muter
L	5	mutest
L	4	muthiah
L	4	mutola
L	1	mutton
L	1	mutual
L	4	muzaffarabad
L	4	mx
L	2	my
L	5	myself
L	5	mystic
L	5	mystics
L	5	mystified
L	5	mystifies
L	5	mystify
L	5	mystifying
L	1	myth
L	5	m²
L	5	m³
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
L	5	naive
L	5	naiver
L	5	naivest
L	1	naked
L	2	name
L	1	named
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
L	5	narcotic
L	5	narcotics
L	5	narrative
L	5	narratives
L	5	narrator
L	5	narrators
L	1	narrow
L	1	narrowed
L	5	narrower
L	5	narrowest
L	5	narrowing
L	5	narrows
L	4	nasdaq
L	5	nat
L	4	natalia
L	4	natalya
L	4	natasha
L	4	nathalie
L	1	nation
L	3	national
L	2	nationalist
L	1	nationalists
L	1	nationality
L	1	nationals
L	3	nations
L	5	native
L	5	natives
L	4	nato
L	4	nato-led
L	5	nats
L	2	natural
L	2	nature
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
L	1	nb-3
L	1	nb-8
L	4	nbh
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
L	1	neck
L	4	necmettin
L	4	nederland
L	1	need
L	1	needed
L	5	needing
L	1	needs
L	1	negative
L	5	neglect
L	1	neglected
L	5	neglecting
L	5	neglects
L	1	negotiate
L	1	negotiated
L	1	negotiates
L	5	negotiating
L	5	negotiatings
L	1	negotiation
L	1	negotiations
L	1	negotiator
L	5	neice
L	5	neices
L	5	neighbor
L	5	neighborly
L	5	neighbors
L	1	neighbour
L	1	neighbouring
L	1	neighbours
L	4	neil
L	1	neither
L	4	neiwand
L	4	nelson
L	5	nemeses
L	1	nemesis
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
L	1	never
L	1	nevertheless
L	2	new
L	4	newcastle
L	4	newell
L	5	newer
L	1	newest
L	1	newly
L	5	newlywed
L	2	news
L	2	newsdesk
L	1	newspaper
L	1	newspapers
L	3	newsroom
L	4	newt
L	5	newton
L	5	newtons
L	1	next
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
L	4	nigeria
L	4	nigerian
L	1	night
L	1	nightly
L	4	nijmegen
L	4	nikkei
L	2	nil
L	4	nilis
L	5	nimble
L	5	nimbler
L	5	nimblest
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
L	4	nl
L	2	no
L	1	no-confidence
L	3	no.2
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
L	5	nod
L	5	nodded
L	5	nodding
L	5	nods
L	1	noise
L	5	noisier
L	5	noisiest
L	1	noisy
L	5	nomad
L	5	nomads
L	1	nominated
L	1	nomination
L	1	nominations
L	1	nominee
L	5	non
L	5	nonchalant
L	5	nondescript
L	1	none
L	5	nonprofit
L	1	nonstop
L	1	noon
L	5	nope
L	1	nor
L	4	noriyuki
L	5	norm
L	1	normal
L	5	normaler
L	5	normalest
L	1	normalisation
L	1	normally
L	4	norman
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
L	1	nothing
L	5	nothings
L	2	notice
L	1	noticed
L	5	notices
L	5	noticing
L	1	notified
L	1	noting
L	4	nottingham
L	4	nottinghamshire
L	4	notts
L	5	notwithstanding
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
L	5	novices
L	4	novotna
L	4	novye
L	1	now
L	5	nowadays
L	1	nowhere
L	5	nuanced
L	1	nuclear
L	5	nuclei
L	5	nucleus
L	5	nude
L	4	numan
L	5	numb
L	1	number
L	1	numbers
L	5	numbest
L	5	numbing
L	1	numerous
L	1	nun
L	1	nuns
L	4	nunthorpe
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
L	5	nuts
L	5	nutses
L	4	nv
L	4	nyva
L	4	nz
L	4	nz$
L	3	o
L	4	o'brien
L	1	o'clock
L	4	o'leary
L	4	o'malley
L	4	o'meara
L	4	o'neill
L	4	oakland
L	5	oatmeal
L	5	oatmeals
L	4	ob
L	5	obediant
L	5	obedient
L	5	obese
L	1	obey
L	5	obeyed
L	5	obeying
L	5	obeys
L	1	object
L	1	objected
L	5	objecting
L	1	objections
L	1	objective
L	5	objectives
L	5	objects
L	5	obligated
L	3	obligation
L	1	obligations
L	1	oblige
L	1	obliged
L	1	obscene
L	5	obscure
L	5	obscured
L	5	obscurer
L	5	obscures
L	5	obscurest
L	5	obscuring
L	5	observant
L	1	observation
L	4	observatory
L	1	observe
L	1	observed
L	1	observers
L	5	observes
L	1	observing
L	5	obsess
L	1	obsessed
L	5	obsesses
L	5	obsessing
L	5	obsolete
L	5	obstetrics
L	1	obtain
L	1	obtained
L	1	obtaining
L	5	obtains
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
L	5	occurring
L	1	occurs
L	4	ocean
L	5	oceans
L	3	oct
L	4	oct.
L	4	october
L	5	octopi
L	5	octopus
L	5	odd
L	5	odder
L	5	oddest
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
L	5	oh
L	5	ohh
L	4	ohio
L	5	ohms
L	5	oi
L	2	oil
L	1	oil-for-food
L	5	oiled
L	5	oilier
L	5	oiliest
L	5	oiling
L	5	oils
L	5	oily
L	5	ok
L	5	okay
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
L	4	omar
L	4	omer
L	5	omg
L	5	omit
L	5	omits
L	1	omitted
L	5	omitting
L	2	on
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
L	1	one-week
L	5	oneday
L	1	ones
L	5	oneself
L	1	ongoing
L	3	online
L	1	onlookers
L	1	only
L	1	onto
L	5	ooh
L	5	ooo
L	5	oops
L	5	ooze
L	5	oozed
L	5	oozes
L	5	oozing
L	3	open
L	1	opened
L	1	opener
L	5	openest
L	1	opening
L	5	openings
L	2	opens
L	4	opera
L	1	operate
L	1	operated
L	1	operates
L	1	operating
L	5	operatings
L	2	operation
L	1	operations
L	1	operator
L	1	operators
L	5	opiate
L	5	opiates
L	5	opine
L	5	opined
L	5	opines
L	5	opining
L	1	opinion
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
L	5	opt
L	5	opted
L	5	optimist
L	1	optimistic
L	5	optimists
L	1	opting
L	1	option
L	2	options
L	5	optometrist
L	5	optometrists
L	5	opts
L	5	opus
L	2	or
L	4	oracle
L	5	oracles
L	4	orange
L	5	oranger
L	5	orangest
L	5	orbit
L	5	orbited
L	5	orbiting
L	5	orbits
L	1	ordeal
L	5	ordeals
L	2	order
L	1	ordered
L	1	ordering
L	1	orderly
L	2	orders
L	1	ordinary
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
L	5	organize
L	5	organized
L	5	organizer
L	1	organizers
L	5	organizes
L	5	organizing
L	5	organizings
L	4	orient
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
L	5	orotund
L	4	orphan
L	5	orphans
L	4	orr
L	4	osaka
L	4	osborne
L	4	oscar
L	4	osce
L	4	oslo
L	4	osmond
L	1	osteoporosis
L	1	other
L	1	others
L	5	otherses
L	1	otherwise
L	4	ottawa
L	4	ottey
L	4	ottoz
L	5	ouch
L	1	ought
L	5	oughta
L	1	ounce
L	1	ounces
L	2	our
L	2	ours
L	5	ourself
L	5	ourselves
L	1	oust
L	1	ousted
L	1	out
L	1	outbreak
L	1	outcast
L	5	outcasts
L	1	outcome
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
L	5	outlaw
L	5	outlaws
L	5	outlied
L	5	outlies
L	1	outline
L	5	outlined
L	5	outlines
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
L	1	output
L	5	outright
L	1	outscored
L	1	outside
L	1	outspoken
L	5	outspokens
L	5	outstand
L	1	outstanding
L	5	outstands
L	5	outstood
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
L	5	overcoming
L	5	overcomings
L	5	overcrowding
L	1	overdone
L	5	overdue
L	5	overhand
L	1	overhaul
L	1	overhead
L	5	overlap
L	5	overlapped
L	5	overlapping
L	5	overlaps
L	5	overlook
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
L	5	overt
L	5	overtaken
L	1	overthrow
L	5	overthrown
L	5	overtime
L	5	overtimes
L	5	overturn
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
L	5	overwhelm
L	1	overwhelmed
L	5	overwhelming
L	1	overwhelmingly
L	5	overwhelms
L	5	overwrought
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
L	4	p.
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
L	5	packing
L	5	packs
L	1	pact
L	5	paddies
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
L	5	pal
L	3	palace
L	5	pale
L	5	paled
L	5	paler
L	5	pales
L	5	palest
L	4	palestinian
L	4	palestinians
L	5	paling
L	4	palmans
L	4	palmeiras
L	4	palmeiro
L	4	palmer
L	5	pals
L	5	pamper
L	5	pampered
L	5	pampering
L	5	pampers
L	5	pan
L	1	panel
L	5	panellist
L	5	panellists
L	5	panic
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
L	1	paper
L	1	papers
L	1	par
L	5	paradise
L	5	paradises
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
L	1	pardoned
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
L	5	parish
L	5	parishes
L	3	park
L	1	parked
L	1	parking
L	5	parkings
L	1	parks
L	2	parliament
L	2	parliamentary
L	4	parma
L	4	parry
L	4	parsons
L	1	part
L	1	parted
L	1	partial
L	1	partially
L	1	participants
L	5	participate
L	1	participated
L	5	participates
L	5	participating
L	1	participation
L	4	partick
L	1	particular
L	1	particularly
L	5	partied
L	1	parties
L	1	parting
L	1	partisan
L	2	partition
L	4	partizan
L	1	partly
L	1	partner
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
L	1	passed
L	1	passenger
L	1	passengers
L	1	passer-by
L	1	passes
L	1	passing
L	1	passionate
L	1	past
L	5	paste
L	5	pasted
L	5	pastes
L	5	pasting
L	1	pastor
L	5	pastors
L	5	pasts
L	4	pat
L	1	patch
L	5	patched
L	1	patches
L	5	patching
L	1	patchy
L	4	pate
L	1	patent
L	5	patented
L	5	patenting
L	5	patents
L	5	pates
L	3	path
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
L	5	patriot
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
L	4	paul
L	4	pauli
L	4	paulo
L	4	paulus
L	5	pause
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
L	5	peers
L	5	pees
L	1	pegged
L	5	pegging
L	4	pelletreau
L	1	pen
L	1	penalties
L	1	penalty
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
L	5	pennies
L	5	penning
L	4	pennsylvania
L	5	penny
L	4	penrith
L	5	pens
L	1	pension
L	1	pensions
L	5	pent
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
L	5	perish
L	5	perished
L	5	perishes
L	5	perishing
L	2	permanent
L	5	permeate
L	5	permeated
L	5	permeates
L	5	permeating
L	1	permission
L	5	permit
L	1	permits
L	1	permitted
L	5	permitting
L	4	perot
L	1	perpetrators
L	5	perplex
L	5	perplexed
L	5	perplexes
L	5	perplexing
L	4	perry
L	5	persevere
L	5	persevered
L	5	perseveres
L	5	persevering
L	1	persist
L	1	persisted
L	5	persisting
L	5	persists
L	1	person
L	1	personal
L	1	personnel
L	2	persons
L	1	perspective
L	5	perspectives
L	1	persuade
L	1	persuaded
L	5	persuades
L	5	persuading
L	5	pert
L	5	pertinent
L	4	peru
L	5	pervade
L	5	pervaded
L	5	pervades
L	5	pervading
L	5	perverse
L	4	pescara
L	4	pescosolido
L	1	peso
L	1	pesos
L	5	pessimist
L	5	pessimists
L	1	pet
L	5	petabyte
L	5	petabytes
L	5	petal
L	5	petals
L	4	pete
L	4	peter
L	4	petersburg
L	5	petite
L	4	petr
L	4	petra
L	1	petrol
L	4	petroleum
L	4	petroleums
L	4	petrosani
L	4	petrovic
L	5	pets
L	5	petting
L	5	peyote
L	5	peyotes
L	5	pff
L	4	pga
L	5	phantom
L	5	phantoms
L	5	pharmacist
L	5	pharmacists
L	1	phase
L	5	phased
L	5	phases
L	5	phasing
L	4	phelps
L	5	phenomena
L	1	phenomenon
L	5	phew
L	4	phil
L	4	philadelphia
L	4	philip
L	4	philippine
L	4	philippoussis
L	4	phillies
L	1	philosopher
L	5	philosophers
L	1	phone
L	5	phoned
L	1	phones
L	5	phonier
L	5	phoniest
L	5	phoning
L	5	phony
L	5	phooey
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
L	5	picayune
L	1	pick
L	1	picked
L	5	picking
L	5	picks
L	5	picnic
L	5	picnics
L	5	picosecond
L	5	picoseconds
L	1	picture
L	2	pictures
L	5	pie
L	1	piece
L	4	pier
L	1	pierced
L	5	piercing
L	4	pierre
L	5	piers
L	5	pies
L	4	pieters
L	5	pig
L	5	piggies
L	5	pigging
L	5	piggy
L	1	pigs
L	5	pile
L	5	piled
L	5	piles
L	5	pilgrim
L	5	pilgrims
L	5	piling
L	1	pills
L	1	pilot
L	5	piloted
L	5	piloting
L	1	pilots
L	5	pin
L	1	pinch-hitter
L	5	pine
L	5	pined
L	4	pines
L	5	pining
L	5	pink
L	5	pinker
L	5	pinkest
L	5	pinned
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
L	1	plagued
L	5	plaid
L	5	plain
L	1	plainclothes
L	5	plainer
L	5	plainest
L	1	plan
L	1	plane
L	1	planes
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
L	1	plead
L	1	pleaded
L	5	pleading
L	1	pleads
L	1	pleas
L	5	pleasant
L	5	pleasanter
L	5	pleasantest
L	1	please
L	1	pleased
L	5	plebiscite
L	5	plebiscites
L	1	pledge
L	1	pledged
L	1	plenty
L	1	plight
L	4	plo
L	1	plot
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
L	5	plunging
L	1	plus
L	5	pluto
L	4	plymouth
L	5	plz
L	4	pm
L	1	pneumonia
L	4	po
L	5	poach
L	5	poached
L	5	poaches
L	5	poaching
L	5	podcaster
L	5	podcasters
L	1	podium
L	5	poet
L	5	poets
L	2	point
L	5	pointed
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
L	5	polite
L	5	politer
L	5	politest
L	1	political
L	1	politically
L	1	politician
L	1	politicians
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
L	1	popped
L	5	poppies
L	5	popping
L	5	poppy
L	5	pops
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
L	1	pornographic
L	1	pornography
L	5	pornstar
L	5	pornstars
L	4	porsche
L	2	port
L	5	portal
L	5	portals
L	1	portfolio
L	4	porto
L	5	portray
L	5	portrayed
L	5	portraying
L	5	portrays
L	4	portsmouth
L	4	portugal
L	4	portuguese
L	5	pose
L	1	posed
L	1	poses
L	5	posing
L	1	position
L	1	positioned
L	5	positioning
L	5	positionings
L	1	positions
L	1	positive
L	1	possess
L	1	possessed
L	5	possesses
L	5	possessing
L	1	possession
L	1	possibility
L	1	possible
L	1	possibly
L	2	post
L	1	post-match
L	1	post-soviet
L	1	post-war
L	4	postal
L	1	posted
L	1	posting
L	1	postpone
L	1	postponed
L	1	postponement
L	2	posts
L	1	potential
L	1	potentially
L	5	potentials
L	5	potter
L	5	potters
L	1	pound
L	1	pounded
L	1	pounding
L	1	pounds
L	1	pour
L	1	poured
L	1	pouring
L	5	pours
L	5	pow
L	2	power
L	1	powered
L	1	powerful
L	5	powering
L	1	powers
L	4	poznan
L	1	practical
L	1	practice
L	5	practiced
L	1	practices
L	5	practicing
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
L	3	pre-election
L	1	pre-season
L	1	pre-tax
L	1	pre-war
L	5	preach
L	5	preached
L	5	preacher
L	5	preachers
L	5	preaches
L	5	preaching
L	5	preamble
L	1	precautions
L	5	precede
L	5	preceded
L	5	precedes
L	5	preceding
L	1	precise
L	5	preclude
L	5	precluded
L	5	precludes
L	5	precluding
L	1	predecessor
L	5	predetermine
L	5	predetermined
L	5	predetermines
L	5	predetermining
L	1	predict
L	1	predicted
L	1	predicting
L	1	prediction
L	1	predictions
L	1	predicts
L	1	predominantly
L	5	preexisting
L	1	prefer
L	1	preference
L	1	preferred
L	5	preferring
L	5	prefers
L	1	prefix
L	1	pregnant
L	5	pregnanter
L	5	pregnantest
L	1	preliminary
L	1	premature
L	5	premia
L	2	premier
L	5	premiers
L	1	premiership
L	5	premise
L	5	premises
L	1	premium
L	1	premiums
L	5	preoccupied
L	5	preoccupies
L	5	preoccupy
L	5	preoccupying
L	5	prepaid
L	1	preparation
L	1	prepare
L	1	prepared
L	1	prepares
L	1	preparing
L	5	preposition
L	5	prepositions
L	1	prerequisite
L	5	prerogative
L	5	prerogatives
L	4	prescott
L	1	presence
L	5	presense
L	1	present
L	1	presented
L	1	presenter
L	5	presentest
L	5	presenting
L	1	presently
L	1	presents
L	5	preserve
L	1	preserved
L	5	preserves
L	5	preserving
L	2	presidency
L	3	president
L	1	presidential
L	5	presidents
L	2	press
L	1	pressed
L	5	presses
L	1	pressing
L	1	pressure
L	4	preston
L	5	presuppose
L	5	presupposed
L	5	presupposes
L	5	presupposing
L	5	pretend
L	1	pretended
L	5	pretending
L	5	pretendings
L	5	pretends
L	5	pretense
L	4	pretoria
L	1	pretty
L	5	prevail
L	1	prevailed
L	1	prevailing
L	5	prevails
L	1	prevent
L	1	prevented
L	5	preventing
L	5	prevents
L	1	previous
L	1	previously
L	1	prey
L	5	preyed
L	5	preying
L	1	preys
L	2	price
L	1	priced
L	5	priceier
L	2	prices
L	5	pricey
L	4	prichard
L	5	priciest
L	5	pricing
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
L	5	priests
L	4	prima
L	4	primakov
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
L	4	prinosil
L	1	print
L	1	printed
L	5	printing
L	5	printings
L	5	prints
L	2	prior
L	1	priority
L	1	prison
L	1	prisoner
L	2	prisoners
L	1	prisons
L	5	pristine
L	1	private
L	1	privately
L	1	privatization
L	3	prix
L	3	prize
L	1	pro
L	1	pro-baghdad
L	1	pro-baseball
L	1	pro-government
L	1	pro-soccer
L	1	probable
L	1	probably
L	1	probe
L	5	probed
L	5	probes
L	1	probing
L	1	problem
L	1	problems
L	1	procedure
L	1	procedures
L	1	proceed
L	5	proceeded
L	1	proceeding
L	1	proceedings
L	3	proceeds
L	1	process
L	5	processed
L	5	processes
L	1	processing
L	5	processings
L	5	proclaim
L	1	proclaimed
L	5	proclaiming
L	5	proclaims
L	1	proclamation
L	1	procure
L	1	procured
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
L	5	produces
L	1	producing
L	2	product
L	2	production
L	1	productive
L	2	products
L	5	profane
L	5	profess
L	5	professed
L	5	professes
L	5	professing
L	1	professional
L	1	professionals
L	1	professor
L	5	professors
L	1	profile
L	5	profiled
L	1	profiles
L	5	profiling
L	1	profit
L	1	profit-taking
L	1	profitability
L	1	profitable
L	1	profits
L	5	profound
L	5	profounder
L	5	profoundest
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
L	5	prohibit
L	1	prohibited
L	5	prohibiting
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
L	5	promotes
L	1	promoting
L	1	prompt
L	1	prompted
L	5	prompter
L	5	promptest
L	1	prompting
L	1	promptly
L	5	prompts
L	5	pronounce
L	1	pronounced
L	5	pronounces
L	5	pronouncing
L	5	prop
L	1	propaganda
L	1	proper
L	2	property
L	5	prophet
L	5	prophets
L	1	proportion
L	5	proportionate
L	1	proposal
L	1	proposals
L	1	propose
L	1	proposed
L	1	proposes
L	1	proposing
L	5	propped
L	5	propping
L	1	proprietary
L	5	props
L	1	pros
L	2	prosecutor
L	1	prosecutors
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
L	1	protects
L	1	protein
L	1	protest
L	1	protested
L	1	protesters
L	1	protesting
L	1	protests
L	1	protocol
L	5	protrude
L	5	protruded
L	5	protrudes
L	5	protruding
L	1	proud
L	5	prouder
L	5	proudest
L	1	prove
L	1	proved
L	1	proven
L	5	proves
L	2	provide
L	1	provided
L	1	provides
L	1	providing
L	2	province
L	1	provinces
L	1	provincial
L	5	proving
L	1	provision
L	3	provisional
L	1	provisions
L	5	provoke
L	1	provoked
L	5	provokes
L	5	provoking
L	5	proximate
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
L	5	psyching
L	1	psychologist
L	5	psychologists
L	4	pt
L	1	pts
L	4	ptt
L	2	public
L	1	publication
L	3	publications
L	1	publicly
L	5	publish
L	1	published
L	1	publisher
L	5	publishes
L	1	publishing
L	5	publishings
L	5	pudding
L	5	puddings
L	4	puk
L	5	puke
L	5	pukes
L	5	puking
L	4	pukstys
L	1	pull
L	1	pulled
L	1	pulling
L	1	pullout
L	1	pulls
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
L	5	purer
L	5	purest
L	5	purple
L	5	purpler
L	5	purplest
L	5	purport
L	5	purported
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
L	1	puts
L	1	putting
L	5	putty
L	5	puzzle
L	5	puzzled
L	5	puzzles
L	5	puzzling
L	3	pvt
L	5	px
L	4	pyman
L	1	pyramid
L	5	pyramids
L	4	q1
L	4	q2
L	4	q3
L	4	q4
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
L	3	queen
L	3	queens
L	4	queensland
L	1	quell
L	5	quench
L	5	quenched
L	5	quenches
L	5	quenching
L	1	quest
L	1	question
L	1	questioned
L	1	questioning
L	5	questionings
L	1	questions
L	1	quick
L	5	quicker
L	5	quickest
L	1	quickly
L	1	quiet
L	1	quieter
L	5	quietest
L	5	quieting
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
L	1	quote
L	1	quoted
L	1	quotes
L	5	quotient
L	5	quotients
L	1	quoting
L	4	r
L	4	r.
L	4	rabat
L	4	rabbani
L	5	rabbi
L	5	rabbis
L	5	rabid
L	5	rabies
L	4	rabinovich
L	4	rabobank
L	1	race
L	1	raced
L	1	races
L	1	racial
L	1	racing
L	1	racist
L	5	racists
L	5	rack
L	1	racked
L	1	racket
L	5	racking
L	5	racks
L	2	radical
L	1	radicals
L	5	radii
L	2	radio
L	5	radius
L	4	radstrom
L	4	radulescu
L	4	rafael
L	4	rafferty
L	4	rafter
L	5	rage
L	1	raged
L	5	rages
L	5	ragged
L	5	raggeder
L	5	raggedest
L	1	raging
L	1	raid
L	1	raided
L	1	raids
L	1	rail
L	1	railway
L	1	rain
L	5	rained
L	1	rainfall
L	4	rainier
L	5	rainiest
L	1	raining
L	1	rains
L	5	rainy
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
L	1	rammed
L	4	ramon
L	5	rampant
L	1	ran
L	4	ranatunga
L	5	randier
L	5	randiest
L	5	random
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
L	4	raoux
L	5	rap
L	1	rape
L	1	raped
L	5	rapes
L	4	raphael
L	2	rapid
L	5	rapider
L	5	rapidest
L	1	rapidly
L	5	raping
L	1	rapist
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
L	5	ratified
L	5	ratifies
L	5	ratify
L	5	ratifying
L	2	rating
L	1	ratings
L	1	ratio
L	5	rats
L	5	rattle
L	1	rattled
L	5	rattles
L	5	rattling
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
L	4	rbi
L	4	re
L	1	re-elected
L	1	re-election
L	1	re-examine
L	1	re-nomination
L	1	reach
L	1	reached
L	1	reaches
L	1	reaching
L	1	react
L	5	reacted
L	5	reacting
L	1	reaction
L	5	reacts
L	1	read
L	5	readier
L	5	readiest
L	1	readily
L	2	reading
L	5	readings
L	1	reads
L	1	ready
L	4	reagan
L	2	real
L	5	realer
L	5	realest
L	1	realise
L	1	realised
L	5	realises
L	5	realising
L	5	realist
L	5	realists
L	1	realize
L	5	realized
L	5	realizes
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
L	1	rebuilding
L	5	rebuttal
L	5	rebuttals
L	5	recalcitrant
L	1	recall
L	1	recalled
L	5	recalling
L	5	recalls
L	1	receive
L	1	received
L	1	receives
L	1	receiving
L	1	recent
L	1	recently
L	5	receptionist
L	5	receptionists
L	4	recife
L	5	recipient
L	5	recipients
L	5	recital
L	5	recitals
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
L	5	recognized
L	1	recognizes
L	1	recognizing
L	1	recommend
L	1	recommendation
L	1	recommendations
L	5	recommended
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
L	1	recorded
L	1	recording
L	5	recordings
L	1	records
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
L	5	recycle
L	1	recycled
L	5	recycles
L	1	recycling
L	5	recyclings
L	3	red
L	5	redact
L	5	redacted
L	5	redacting
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
L	5	referenced
L	1	references
L	5	referencing
L	5	referenda
L	1	referendum
L	5	referent
L	5	referents
L	5	referral
L	5	referrals
L	1	referring
L	1	refinance
L	5	refinanced
L	5	refinances
L	5	refinancing
L	5	refine
L	2	refined
L	1	refinery
L	5	refines
L	3	refining
L	5	reflect
L	1	reflected
L	1	reflecting
L	1	reflects
L	5	refocus
L	5	refocused
L	5	refocuses
L	5	refocusing
L	2	reform
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
L	1	refuse
L	1	refused
L	5	refuses
L	1	refusing
L	1	regained
L	1	regard
L	1	regarded
L	1	regarding
L	1	regards
L	1	regime
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
L	5	reinforce
L	1	reinforced
L	1	reinforcements
L	5	reinforces
L	5	reinforcing
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
L	5	relates
L	1	relating
L	2	relations
L	1	relationship
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
L	1	release
L	1	released
L	1	releases
L	5	releasing
L	1	relegated
L	1	relegation
L	5	relent
L	5	relented
L	5	relenting
L	5	relents
L	5	relevant
L	5	relied
L	1	relief
L	5	relies
L	5	relieve
L	1	relieved
L	1	reliever
L	5	relieves
L	5	relieving
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
L	1	reluctant
L	1	rely
L	5	relying
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
L	5	remedied
L	5	remedies
L	1	remedy
L	5	remedying
L	5	remember
L	5	remembered
L	1	remembering
L	5	remembers
L	1	remote
L	5	remoter
L	5	remotest
L	1	remove
L	1	removed
L	5	removes
L	1	removing
L	5	render
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
L	1	repeal
L	5	repealed
L	5	repealing
L	5	repeals
L	1	repeat
L	1	repeated
L	1	repeatedly
L	5	repeating
L	1	repeats
L	5	repel
L	1	repelled
L	5	repelling
L	5	repels
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
L	1	represent
L	1	representative
L	2	representatives
L	1	represented
L	1	representing
L	1	represents
L	1	reprieve
L	5	reprobate
L	4	repsol
L	3	republic
L	4	republican
L	4	republicans
L	1	republics
L	4	republika
L	1	reputation
L	1	request
L	1	requested
L	5	requesting
L	1	requests
L	1	require
L	1	required
L	1	requirement
L	1	requirements
L	1	requires
L	1	requiring
L	5	rerun
L	5	reruns
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
L	5	reserved
L	1	reserves
L	5	reserving
L	1	reshuffle
L	5	reside
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
L	5	resist
L	2	resistance
L	1	resistant
L	5	resisted
L	5	resisting
L	5	resists
L	1	resolute
L	1	resolution
L	1	resolve
L	1	resolved
L	5	resolves
L	1	resolving
L	5	resonant
L	1	resort
L	5	resorted
L	1	resorting
L	1	resorts
L	3	resources
L	1	respect
L	5	respected
L	5	respecting
L	1	respectively
L	5	respects
L	1	respirator
L	5	respite
L	5	respites
L	5	respond
L	1	responded
L	1	responding
L	5	respondings
L	5	responds
L	1	response
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
L	1	retail
L	1	retailer
L	1	retain
L	1	retained
L	5	retarded
L	4	retief
L	1	retire
L	2	retired
L	1	retirement
L	5	retires
L	1	retiring
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
L	5	reup
L	5	reuped
L	5	reuping
L	5	reups
L	4	reuter
L	4	reuters
L	5	revamp
L	5	revamped
L	5	revamping
L	5	revamps
L	1	reveal
L	1	revealed
L	5	revealing
L	5	reveals
L	5	revel
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
L	5	reviewed
L	5	reviewing
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
L	1	revive
L	5	revived
L	5	revives
L	5	reviving
L	1	revoke
L	1	revoked
L	5	revokes
L	5	revoking
L	1	revolt
L	3	revolution
L	5	revolutionaries
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
L	1	rhetoric
L	5	rhetorics
L	1	rheumatoid
L	5	rhyme
L	5	rhymed
L	5	rhymes
L	5	rhyming
L	1	rhythm
L	1	rib
L	4	rica
L	4	rican
L	4	ricardo
L	2	rice
L	1	rich
L	4	richard
L	4	richards
L	4	richardson
L	5	richer
L	1	richest
L	4	richey
L	4	richter
L	5	rickets
L	4	ricky
L	1	rid
L	1	ridden
L	5	ridding
L	1	ride
L	1	rider
L	1	riders
L	5	rides
L	1	riding
L	5	ridings
L	5	rids
L	4	ried
L	4	rifkind
L	2	rifle
L	1	rifles
L	1	right
L	1	right-field
L	1	right-wing
L	5	righter
L	5	rightest
L	5	rightful
L	5	righting
L	2	rights
L	4	rikl
L	4	riley
L	1	ring
L	1	ringing
L	1	rings
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
L	5	ripping
L	5	rips
L	1	rise
L	1	risen
L	1	rises
L	4	rishon
L	1	rising
L	1	risk
L	1	risked
L	1	risking
L	5	risks
L	5	rite
L	1	rites
L	4	rittner
L	5	ritual
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
L	4	rockies
L	5	rocking
L	1	rocks
L	4	rocky
L	5	rod
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
L	5	rogue
L	5	rogues
L	1	role
L	4	rolf
L	1	roll
L	1	rolled
L	5	rolling
L	1	rolls
L	4	roma
L	4	roman
L	4	romania
L	4	romanian
L	4	romano
L	1	romantic
L	4	rome
L	4	romesh
L	1	romp
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
L	5	rooms
L	5	roomy
L	4	roosevelt
L	1	root
L	5	rooted
L	5	rooting
L	5	roots
L	1	rope
L	5	roped
L	1	ropes
L	5	roping
L	2	rose
L	5	roses
L	4	roshan
L	5	rosier
L	5	rosiest
L	4	ross
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
L	4	ruben
L	4	rubens
L	5	rubies
L	4	rubin
L	5	rubs
L	5	ruby
L	4	ruch
L	4	rudar
L	5	rude
L	5	ruder
L	5	rudest
L	4	rudi
L	4	rudolf
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
L	5	rulings
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
L	4	sachin
L	4	sachs
L	1	sack
L	1	sacked
L	1	sacking
L	1	sacks
L	1	sacred
L	1	sacrifice
L	1	sacrificed
L	5	sacrifices
L	5	sacrificing
L	1	sad
L	4	saddam
L	5	sadden
L	5	saddened
L	5	saddening
L	5	saddens
L	5	sadder
L	5	sadest
L	4	sadiki
L	1	sadistic
L	1	sadness
L	4	saeed
L	1	safe
L	5	safeguard
L	1	safeguarded
L	5	safeguarding
L	5	safeguards
L	1	safer
L	5	safest
L	2	safety
L	5	sage
L	5	sages
L	2	said
L	1	sail
L	5	sailed
L	1	sailing
L	5	sailings
L	5	sailor
L	5	sailors
L	5	sails
L	3	saint
L	4	saint-germain
L	5	saintlier
L	5	saintliest
L	5	saintly
L	5	saints
L	4	sainz
L	3	sake
L	4	salah
L	4	salahuddin
L	4	salang
L	1	salaries
L	1	salary
L	2	sale
L	2	sales
L	4	salim
L	4	salisbury
L	4	sally
L	5	salmon
L	4	salo
L	4	salomon
L	4	salou
L	5	salt
L	5	saltier
L	5	saltiest
L	5	salty
L	4	salvation
L	4	salzburg
L	4	sam
L	1	same
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
L	1	sanctions
L	5	sand
L	5	sandier
L	5	sandiest
L	4	sandon
L	4	sandra
L	4	sandrine
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
L	4	sarah
L	4	sarajevo
L	1	sat
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
L	4	saudi
L	4	saudis
L	5	sauted
L	1	save
L	1	saved
L	5	saves
L	4	savicevic
L	1	saving
L	1	savings
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
L	5	scanned
L	5	scanning
L	1	scans
L	1	scant
L	5	scantier
L	5	scantiest
L	5	scanty
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
L	1	scene
L	5	scenery
L	1	scenes
L	5	scent
L	5	scents
L	4	schalke
L	4	schalken
L	4	schaller
L	1	schedule
L	1	scheduled
L	5	schedules
L	5	scheduling
L	5	schedulings
L	1	scheme
L	4	schett
L	4	schneiter
L	1	scholar
L	5	scholarly
L	5	scholars
L	2	school
L	1	schoolgirl
L	5	schooling
L	5	schoolings
L	1	schools
L	4	schultz-mccarthy
L	4	schumacher
L	4	sciandri
L	4	sciences
L	1	scientific
L	2	scientist
L	1	scientists
L	4	scifo
L	5	scion
L	5	scions
L	5	scissors
L	1	sclerosis
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
L	5	screaming
L	5	screamings
L	5	screams
L	5	screech
L	5	screeched
L	5	screeches
L	5	screeching
L	1	screen
L	1	screened
L	5	screening
L	5	screenings
L	5	screens
L	1	screenwriter
L	5	screenwriters
L	5	screw
L	5	screwed
L	5	screwing
L	5	screws
L	1	scribble
L	5	scribbled
L	5	scribbles
L	5	scribbling
L	1	script
L	5	scroll
L	5	scrolled
L	5	scrolling
L	5	scrolls
L	5	sculpt
L	5	sculpted
L	5	sculpting
L	5	sculptings
L	5	sculptor
L	5	sculptors
L	5	sculpts
L	4	scunthorpe
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
L	1	secret
L	1	secretaries
L	2	secretary
L	3	secretary-general
L	1	secrets
L	1	secs
L	5	sect
L	1	section
L	1	sector
L	1	sectors
L	5	sects
L	1	secure
L	1	secured
L	5	securer
L	1	secures
L	5	securest
L	5	securing
L	3	securities
L	2	security
L	5	sedate
L	5	sedated
L	5	sedater
L	5	sedates
L	5	sedatest
L	5	sedating
L	1	see
L	1	seed
L	1	seeded
L	1	seeding
L	1	seedings
L	1	seeds
L	1	seeing
L	1	seek
L	1	seeking
L	1	seeks
L	1	seem
L	1	seemed
L	5	seeming
L	5	seemly
L	1	seems
L	1	seen
L	1	sees
L	4	seiki
L	1	seize
L	1	seized
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
L	5	self
L	1	self-rule
L	5	selfish
L	1	sell
L	1	sell-off
L	4	sellberg
L	1	seller
L	3	sellers
L	1	selling
L	2	sells
L	1	semi-final
L	4	semiconductor
L	1	semifinal
L	1	semifinalist
L	1	semifinals
L	1	seminar
L	5	seminars
L	4	sen
L	4	senate
L	1	senator
L	1	send
L	1	sending
L	5	sends
L	4	senegal
L	4	senegalese
L	1	senior
L	5	seniors
L	1	sense
L	5	sensed
L	5	senses
L	5	sensing
L	1	sensitive
L	5	sensory
L	1	sent
L	1	sentence
L	1	sentenced
L	1	sentences
L	5	sentencing
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
L	1	servant
L	1	servants
L	1	serve
L	1	served
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
L	5	sextillion
L	5	sextillionth
L	5	sextillionths
L	2	sexual
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
L	5	shady
L	4	shah
L	1	shake
L	1	shaken
L	1	shakes
L	1	shaking
L	1	shall
L	5	shallow
L	5	shallower
L	5	shallowest
L	5	shaman
L	5	shamans
L	1	shameful
L	4	shane
L	4	shanghai
L	5	shant
L	1	shape
L	5	shaped
L	5	shapes
L	1	shaping
L	2	share
L	1	shared
L	2	shareholder
L	1	shareholders
L	2	shares
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
L	5	shatter
L	1	shattered
L	1	shattering
L	5	shatters
L	4	shaun
L	1	shave
L	1	shaved
L	5	shaves
L	5	shaving
L	1	she
L	1	shed
L	1	shedding
L	1	sheds
L	1	sheep
L	1	sheepmeat
L	5	sheer
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
L	5	shepherd
L	5	shepherds
L	5	sheqel
L	5	sheqels
L	5	shhh
L	4	shi-ting
L	1	shift
L	5	shifted
L	5	shifting
L	1	shifts
L	4	shigeki
L	5	shilling
L	5	shillings
L	4	shimon
L	5	shine
L	5	shines
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
L	1	shooting
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
L	5	shorting
L	1	shortly
L	5	shorts
L	1	shortstop
L	1	shot
L	1	shotgun
L	1	shots
L	1	should
L	1	shoulder
L	5	shout
L	1	shouted
L	1	shouting
L	5	shoutings
L	5	shouts
L	1	show
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
L	4	shrewsbury
L	5	shrill
L	5	shriller
L	5	shrillest
L	1	shrink
L	5	shrinking
L	1	shrinks
L	5	shrivel
L	5	shrivelled
L	5	shrivelling
L	5	shrivels
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
L	1	sign
L	1	signal
L	5	signaled
L	5	signaling
L	5	signalings
L	1	signalled
L	1	signals
L	5	signatories
L	5	signatory
L	1	signature
L	1	signed
L	1	significant
L	1	signing
L	5	signings
L	1	signs
L	1	silence
L	5	silenced
L	5	silences
L	5	silencing
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
L	1	since
L	5	sincere
L	5	sing
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
L	5	sinners
L	4	sion
L	5	sip
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
L	5	sits
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
L	5	skittles
L	4	skopje
L	1	skull
L	3	sky
L	5	skyrocket
L	5	skyrocketed
L	5	skyrocketing
L	5	skyrockets
L	5	slack
L	5	slacks
L	1	slain
L	3	slam
L	1	slammed
L	3	slams
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
L	5	slightest
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
L	5	sly
L	1	small
L	1	smaller
L	1	smallest
L	5	smart
L	5	smarter
L	5	smartest
L	5	smash
L	1	smashed
L	5	smashes
L	5	smashing
L	5	smell
L	5	smelled
L	5	smellier
L	5	smelliest
L	5	smelling
L	5	smells
L	5	smelly
L	4	smicer
L	5	smile
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
L	5	smoking
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
L	5	sneezing
L	5	snew
L	5	sniff
L	5	sniffed
L	1	sniffer
L	5	sniffing
L	5	sniffs
L	5	snobbish
L	5	snow
L	5	snowboard
L	5	snowboarded
L	5	snowboarding
L	5	snowboardings
L	5	snowboards
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
L	3	society
L	4	sofia
L	1	soft
L	1	softer
L	5	softest
L	2	software
L	4	sohail
L	1	soil
L	1	sold
L	1	soldier
L	1	soldiers
L	1	sole
L	1	solemn
L	5	solemner
L	5	solemnest
L	5	soles
L	5	solicit
L	5	solicited
L	1	soliciting
L	5	solicits
L	1	solid
L	5	solider
L	5	solidest
L	1	solidify
L	1	solitary
L	1	solo
L	5	soloist
L	5	soloists
L	5	soluble
L	1	solution
L	1	solve
L	1	solved
L	1	solvent
L	5	solvents
L	5	solves
L	5	solving
L	5	somber
L	5	sombrero
L	5	sombreros
L	1	some
L	5	somebodies
L	1	somebody
L	5	someday
L	5	somehow
L	1	someone
L	5	someones
L	4	somerset
L	1	something
L	1	sometimes
L	1	somewhat
L	1	somewhere
L	2	son
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
L	5	sordid
L	5	sore
L	4	soren
L	4	sorensen
L	5	sorer
L	5	sorest
L	5	sorry
L	1	sort
L	5	sorted
L	5	sorting
L	1	sorts
L	4	sosa
L	1	sought
L	5	soul
L	1	souls
L	2	sound
L	5	sounded
L	5	sounding
L	5	soundproof
L	5	sounds
L	1	sour
L	1	source
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
L	5	spacecraft
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
L	5	spark
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
L	1	speaking
L	1	speaks
L	2	special
L	5	specialer
L	5	specialest
L	1	specialist
L	1	specialists
L	5	specialize
L	5	specialized
L	5	specializes
L	5	specializing
L	1	species
L	1	specific
L	1	specified
L	5	specifies
L	1	specify
L	5	specifying
L	5	spectator
L	1	spectators
L	1	speculated
L	1	speculation
L	5	sped
L	1	speech
L	1	speeches
L	1	speed
L	1	speeding
L	5	speeds
L	1	speedy
L	1	spell
L	5	spellbind
L	5	spellbinding
L	5	spellbinds
L	1	spelled
L	5	spelling
L	5	spellings
L	5	spells
L	1	spend
L	1	spending
L	5	spendings
L	5	spends
L	1	spent
L	5	spice
L	5	spiced
L	5	spices
L	5	spicier
L	5	spiciest
L	5	spicing
L	5	spicy
L	5	spied
L	5	spies
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
L	5	spokesperson
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
L	5	spouse
L	5	spouses
L	5	sprang
L	5	sprawl
L	5	sprawling
L	5	sprawls
L	5	spray
L	5	sprayed
L	1	spraying
L	5	sprays
L	1	spread
L	1	spreading
L	5	spreads
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
L	1	spying
L	1	squad
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
L	3	st
L	4	st.
L	1	stab
L	1	stabbed
L	5	stabbing
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
L	5	staffer
L	5	staffers
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
L	5	stain
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
L	5	stamped
L	5	stamping
L	5	stamps
L	1	stance
L	1	stand
L	1	standard
L	1	standards
L	1	standing
L	1	standings
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
L	5	static
L	5	stating
L	2	station
L	1	stationed
L	1	stationery
L	1	stations
L	5	statistic
L	3	statistics
L	2	status
L	5	statute
L	5	statutes
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
L	5	steadier
L	5	steadiest
L	1	steadily
L	2	steady
L	1	steal
L	1	stealing
L	5	steals
L	5	steam
L	5	steamed
L	5	steaming
L	4	steeb
L	2	steel
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
L	4	stephens
L	5	stepmother
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
L	1	stones
L	1	stood
L	5	stoop
L	5	stooped
L	5	stooping
L	5	stoops
L	1	stop
L	1	stoppage
L	1	stopped
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
L	5	straightforward
L	1	strain
L	1	strained
L	1	straining
L	1	strains
L	3	strait
L	3	straits
L	1	stranded
L	4	strang
L	1	strange
L	5	stranger
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
L	5	stripped
L	1	stripping
L	1	strips
L	5	strive
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
L	1	struggle
L	1	struggled
L	5	struggles
L	1	struggling
L	5	strugglings
L	4	struver
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
L	5	stuff
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
L	5	stunned
L	1	stunning
L	5	stuns
L	1	stupid
L	5	stupider
L	5	stupidest
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
L	5	subdued
L	1	subject
L	1	subjected
L	5	subjecting
L	5	subjects
L	5	sublimate
L	5	sublimated
L	5	sublimates
L	5	sublimating
L	5	sublime
L	5	submerge
L	1	submerged
L	5	submerges
L	5	submerging
L	1	submissions
L	1	submit
L	5	submits
L	1	submitted
L	5	submitting
L	5	subordinate
L	5	subordinates
L	5	subpar
L	1	subpoenas
L	5	subs
L	1	subscribers
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
L	5	substandard
L	1	substantial
L	5	substantialer
L	5	substantialest
L	1	substitute
L	1	substituted
L	5	substrate
L	5	substrates
L	5	subtle
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
L	5	subvert
L	5	subverted
L	5	subverting
L	5	subverts
L	1	succeed
L	1	succeeded
L	5	succeeding
L	5	succeeds
L	1	success
L	1	successful
L	1	successive
L	1	successor
L	5	succinct
L	5	succumb
L	5	succumbed
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
L	1	sued
L	1	suffer
L	1	suffered
L	1	suffering
L	5	sufferings
L	1	suffers
L	5	suffice
L	5	sufficed
L	5	suffices
L	1	sufficiently
L	5	sufficing
L	1	sugar
L	1	suggest
L	1	suggested
L	1	suggesting
L	1	suggests
L	4	sugiyama
L	1	suicide
L	5	suing
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
L	5	summarise
L	5	summarised
L	5	summarises
L	5	summarising
L	1	summary
L	5	summed
L	1	summer
L	5	summers
L	5	summing
L	2	summit
L	5	summon
L	5	summoned
L	5	summoning
L	5	summons
L	5	sums
L	4	sun
L	4	sunday
L	5	sundays
L	4	sunderland
L	4	suneson
L	5	sung
L	5	sunk
L	5	sunrise
L	5	sunrises
L	5	sunshine
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
L	5	superiors
L	3	superman
L	3	supermarkets
L	1	superstar
L	5	superstars
L	1	superstores
L	1	supervise
L	5	supervisor
L	5	supervisors
L	5	supervisory
L	5	supplement
L	5	supplemented
L	5	supplementing
L	5	supplements
L	1	supplied
L	1	suppliers
L	1	supplies
L	1	supply
L	1	supplying
L	2	support
L	1	supported
L	1	supporters
L	1	supporting
L	5	supports
L	1	suppose
L	1	supposed
L	1	supposedly
L	5	supposes
L	5	supposing
L	1	suppress
L	5	suppressed
L	5	suppresses
L	5	suppressing
L	3	supreme
L	4	surabaya
L	1	sure
L	5	sured
L	5	surer
L	5	sures
L	5	surest
L	5	surf
L	1	surface
L	5	surfaced
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
L	5	surreal
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
L	1	surveillance
L	2	survey
L	1	surveyed
L	5	surveying
L	5	surveyings
L	5	surveys
L	5	survive
L	1	survived
L	1	survives
L	5	surviving
L	5	survivings
L	5	survivor
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
L	4	suzuki
L	4	sven
L	4	svetlana
L	1	swallow
L	5	swallowed
L	5	swallowing
L	5	swallows
L	5	swam
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
L	4	swedish
L	1	sweep
L	5	sweeper
L	5	sweepers
L	1	sweeping
L	5	sweeps
L	5	sweepstakes
L	5	sweet
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
L	2	swift
L	5	swifter
L	5	swiftest
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
L	3	swiss
L	5	switch
L	1	switched
L	5	switches
L	5	switching
L	4	switzerland
L	1	swore
L	1	sworn
L	5	swum
L	5	swung
L	4	sydney
L	5	syllabi
L	5	syllable
L	5	syllables
L	5	syllabus
L	5	symbolic
L	1	sympathy
L	1	symptoms
L	5	synergies
L	5	synergy
L	5	synopses
L	5	synopsis
L	4	syria
L	4	syrian
L	4	syrians
L	2	system
L	1	systematically
L	2	systems
L	4	szonn
L	4	szymanski
L	4	t-bill
L	4	t.
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
L	4	taleban
L	1	talent
L	1	talented
L	5	talents
L	1	tales
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
L	4	tanui
L	4	tanya
L	4	tanzania
L	5	taoiseach
L	5	taoiseaches
L	1	tap
L	4	tarango
L	1	target
L	1	targeted
L	5	targeting
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
L	5	tb
L	5	tbl
L	5	tbsp
L	3	tea
L	1	teach
L	1	teacher
L	1	teachers
L	5	teaches
L	5	teaching
L	5	teachings
L	1	teak
L	2	team
L	5	teamed
L	5	teaming
L	1	teams
L	5	tear
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
L	1	technical
L	5	technician
L	1	technicians
L	3	technologies
L	5	technologist
L	1	technologists
L	2	technology
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
L	1	temporary
L	5	tempt
L	5	tempted
L	5	tempting
L	5	tempts
L	3	ten
L	5	tenant
L	5	tenants
L	2	tender
L	1	tendered
L	5	tenderest
L	1	tendering
L	1	tenders
L	1	tendinitis
L	4	tendulkar
L	2	tennis
L	1	tens
L	1	tense
L	5	tenser
L	5	tensest
L	1	tension
L	1	tensions
L	1	tentative
L	5	tenth
L	5	tenths
L	1	tents
L	5	terabyte
L	5	terabytes
L	4	teresa
L	1	term
L	1	termed
L	5	terminal
L	5	terminals
L	1	terms
L	1	terrific
L	1	terrified
L	5	terrifies
L	5	terrify
L	5	terrifying
L	2	territories
L	1	territory
L	1	terror
L	1	terrorism
L	1	terrorist
L	1	terrorists
L	3	terry
L	5	tertiary
L	2	test
L	1	tested
L	5	tester
L	5	testers
L	1	testify
L	1	testimony
L	1	testing
L	5	testings
L	2	tests
L	4	testud
L	5	testy
L	4	teutenberg
L	4	texas
L	1	text
L	5	texted
L	1	texts
L	5	tha
L	4	thai
L	4	thailand
L	1	than
L	5	thank
L	1	thanked
L	1	thanking
L	1	thanks
L	1	that
L	2	the
L	5	thee
L	1	theft
L	1	thefts
L	1	their
L	5	theirs
L	5	theirself
L	5	theirselves
L	1	them
L	1	theme
L	5	themself
L	1	themselves
L	1	then
L	5	therapist
L	5	therapists
L	2	therapy
L	1	there
L	5	thereby
L	5	therefore
L	1	thermal
L	5	thermodynamics
L	1	these
L	5	theses
L	5	thesis
L	1	they
L	5	thick
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
L	5	thirty
L	1	this
L	5	tho
L	4	thomas
L	4	thompson
L	4	thomson
L	4	thon
L	5	thorny
L	4	thorpe
L	1	those
L	5	thou
L	1	though
L	1	thought
L	5	thoughtful
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
L	5	threatens
L	1	threats
L	1	three
L	1	three-game
L	1	three-hour
L	1	three-man
L	1	three-month
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
L	5	throws
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
L	5	thwart
L	5	thwarted
L	1	thwarting
L	5	thwarts
L	5	thy
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
L	4	tillstrom
L	4	tim
L	1	time
L	1	time-trial
L	5	timed
L	5	timelier
L	5	timeliest
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
L	5	tip
L	1	tipped
L	5	tipping
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
L	1	titles
L	4	tm
L	5	tmr
L	5	tmrw
L	1	to
L	2	tobacco
L	4	tobago
L	1	today
L	4	todd
L	1	toddler
L	5	toddlers
L	1	together
L	4	togo
L	5	token
L	5	tokens
L	4	tokyo
L	1	told
L	5	tolerant
L	1	toll
L	5	tolled
L	5	tolling
L	5	tolls
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
L	5	tones
L	1	tonight
L	5	toning
L	5	tonite
L	5	tonites
L	1	tonnage
L	1	tonne
L	1	tonnes
L	1	tons
L	4	tony
L	1	too
L	1	took
L	5	tooth
L	5	toothpaste
L	1	top
L	1	top-level
L	1	top-ranked
L	1	top-seeded
L	1	topic
L	5	topics
L	1	topped
L	1	topping
L	1	topple
L	5	toppled
L	5	topples
L	1	toppling
L	1	tops
L	5	tore
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
L	4	toshiba
L	1	toss
L	1	tossed
L	5	tosses
L	1	tossing
L	2	total
L	5	totaled
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
L	1	toward
L	1	towards
L	1	towed
L	2	town
L	5	townfolk
L	1	towns
L	5	townsfolk
L	4	toyota
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
L	1	traditionally
L	1	traffic
L	5	traffick
L	5	trafficked
L	1	trafficking
L	5	trafficks
L	4	trafford
L	5	tragedies
L	5	tragedy
L	1	trail
L	1	trailed
L	1	trailing
L	1	train
L	1	trained
L	1	trainer
L	1	training
L	5	trainings
L	1	trains
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
L	1	transactions
L	5	transacts
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
L	1	translator
L	1	transmission
L	1	transmitted
L	5	transparent
L	5	transpire
L	5	transpired
L	5	transpires
L	5	transpiring
L	2	transport
L	3	transportation
L	5	transported
L	1	transporting
L	5	transports
L	1	trap
L	1	trapped
L	5	trapping
L	5	traps
L	1	travel
L	5	traveler
L	5	travelers
L	5	traveling
L	5	travelings
L	1	travelled
L	1	travelling
L	5	travellings
L	1	travels
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
L	1	tribe
L	5	tribes
L	3	tribunal
L	5	tribunals
L	5	tributaries
L	5	tributary
L	1	tribute
L	5	tributed
L	1	tributes
L	5	tributing
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
L	5	triggers
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
L	2	trophy
L	5	trot
L	5	trots
L	5	trotted
L	5	trotting
L	1	trouble
L	1	trouble-free
L	1	troubled
L	1	troubles
L	5	troubleshooting
L	5	troubling
L	1	trough
L	5	troughs
L	1	trousers
L	5	trout
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
L	3	trust
L	5	trusted
L	5	trusting
L	5	trusts
L	2	truth
L	1	try
L	1	trying
L	4	tsang
L	5	tsk
L	5	tsp
L	5	tuck
L	5	tucked
L	5	tucking
L	5	tucks
L	5	tues
L	4	tuesday
L	5	tuesdays
L	5	tumble
L	5	tumbled
L	5	tumbles
L	5	tumbling
L	5	tummies
L	5	tummy
L	5	tuna
L	5	tune
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
L	5	tunnels
L	4	turkey
L	4	turkish
L	1	turn
L	1	turned
L	4	turner
L	1	turning
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
L	5	twelfth
L	5	twelfths
L	5	twelve
L	4	twente
L	5	twentieth
L	5	twentieths
L	5	twenty
L	1	twice
L	1	twin
L	5	twinned
L	5	twinning
L	4	twins
L	1	twist
L	5	twisted
L	5	twisting
L	5	twists
L	2	two
L	1	two-day
L	1	two-goal
L	1	two-out
L	1	two-run
L	1	two-thirds
L	1	two-time
L	1	two-week
L	1	two-year
L	4	tychy
L	5	tycoon
L	5	tycoons
L	1	tying
L	1	type
L	5	typed
L	1	types
L	1	typical
L	1	typically
L	5	typing
L	5	typings
L	5	tyranny
L	4	tyrrell
L	4	u.k.
L	4	u.n.
L	4	u.s
L	4	u.s.
L	4	u.s.-brokered
L	4	u.s.-led
L	4	u.s.-mediated
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
L	4	ukyo
L	4	ulihrach
L	4	ulsan
L	1	ultimate
L	5	ultimately
L	1	ultimatum
L	5	ultra
L	1	umbrella
L	1	umpires
L	4	un
L	5	unabated
L	1	unable
L	5	unappealing
L	1	unarmed
L	5	unassuming
L	5	unattended
L	1	unaudited
L	1	unauthorised
L	5	unauthorized
L	1	unbeatable
L	1	unbeaten
L	5	unbecoming
L	1	unc
L	1	uncapped
L	1	uncertainty
L	5	unchallenged
L	1	unchanged
L	5	uncharted
L	5	unchecked
L	5	uncircumcised
L	5	uncle
L	1	unclear
L	5	uncles
L	1	unconfirmed
L	5	unconvincing
L	5	uncoordinated
L	5	uncoordinateds
L	5	uncover
L	5	uncovered
L	5	uncovering
L	5	uncovers
L	1	undecided
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
L	5	undergraduate
L	5	undergraduates
L	1	underground
L	5	undergrounds
L	5	underhand
L	1	underlying
L	1	undermine
L	5	underneath
L	5	underprivileged
L	3	undersecretary-general
L	5	undersized
L	1	understand
L	1	understanding
L	5	understandings
L	1	understands
L	1	understood
L	5	undertake
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
L	5	undo
L	5	undocumented
L	5	undoes
L	5	undoing
L	1	undone
L	5	undue
L	5	unearth
L	1	unearthed
L	5	unearthing
L	5	unearths
L	1	unease
L	1	unemployed
L	1	unemployment
L	5	unending
L	1	uneven
L	1	unexpected
L	1	unexpectedly
L	5	unexplained
L	1	unfair
L	5	unfinished
L	5	unfold
L	5	unfolded
L	5	unfolding
L	5	unfolds
L	5	unforeseen
L	1	unfortunate
L	5	unfounded
L	5	unfoundeds
L	5	unguarded
L	5	unheard
L	1	unhurt
L	1	unidentified
L	5	unified
L	5	unifies
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
L	1	unite
L	3	united
L	5	unites
L	1	uniting
L	1	units
L	3	unity
L	5	universal
L	3	university
L	1	unknown
L	5	unleash
L	1	unleashed
L	5	unleashes
L	1	unleashing
L	1	unless
L	1	unlike
L	1	unlikely
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
L	5	unregulated
L	1	unrelated
L	5	unrelenting
L	5	unrequited
L	5	unreserved
L	5	unresolved
L	1	unrest
L	5	unruly
L	1	unseeded
L	5	unseen
L	5	unsettle
L	1	unsettled
L	5	unsettles
L	5	unsettling
L	5	unsightly
L	5	unsold
L	1	unspecified
L	5	unspent
L	5	unspoken
L	1	unsuccessful
L	5	unsupervised
L	1	unsure
L	5	unsuspecting
L	5	untapped
L	5	untested
L	1	untie
L	5	untied
L	5	unties
L	1	until
L	5	untold
L	5	untouched
L	5	untying
L	5	unused
L	5	unveil
L	1	unveiled
L	1	unveiling
L	5	unveils
L	1	unwanted
L	5	unwarranted
L	5	unwieldy
L	1	unworthy
L	1	up
L	1	upbeat
L	1	upcoming
L	1	update
L	1	updated
L	5	updates
L	5	updating
L	1	upgrade
L	1	upgraded
L	1	upgrades
L	1	upgrading
L	5	upheld
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
L	5	uranus
L	5	urban
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
L	4	usa
L	5	usd
L	4	usda
L	1	use
L	1	used
L	1	useful
L	5	user
L	1	users
L	1	uses
L	5	usher
L	5	ushered
L	5	ushering
L	5	ushers
L	1	using
L	1	usual
L	1	usually
L	1	utility
L	4	utrecht
L	5	utter
L	5	uttered
L	5	utterest
L	5	uttering
L	5	uttermost
L	5	utters
L	2	v
L	4	v.
L	4	va
L	4	vaas
L	1	vacant
L	4	vacek
L	5	vacuum
L	5	vacuummed
L	5	vacuumming
L	5	vacuums
L	4	vaduz
L	5	vagabond
L	5	vagabonds
L	5	vagrant
L	1	vague
L	5	vaguer
L	5	vaguest
L	5	vain
L	5	vainer
L	5	vainest
L	4	vairelles
L	4	vale
L	4	valentin
L	4	valerio
L	1	valid
L	5	validate
L	5	validated
L	5	validates
L	5	validating
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
L	5	vanished
L	5	vanishes
L	5	vanishing
L	5	vans
L	5	vapor
L	1	variable
L	5	variables
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
L	4	vega
L	5	vegetable
L	1	vegetables
L	1	vehicle
L	1	vehicles
L	4	veldman
L	1	velodrome
L	4	venezuela
L	4	venezuelan
L	5	vengeful
L	2	venture
L	5	ventured
L	5	ventures
L	5	venturing
L	1	venue
L	5	venus
L	5	venuses
L	5	verdant
L	5	verdanter
L	5	verdantest
L	1	verdict
L	5	verdicts
L	1	verified
L	5	verifies
L	5	verify
L	5	verifying
L	4	vermont
L	5	vernacular
L	4	verona
L	5	versatile
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
L	5	vex
L	1	vexed
L	5	vexes
L	5	vexing
L	4	vfb
L	1	via
L	5	vibe
L	5	vibed
L	5	vibes
L	5	vibing
L	5	vibrant
L	4	vicario
L	2	vice
L	1	vice-president
L	4	vicente
L	1	vicious
L	1	victim
L	1	victims
L	4	victor
L	4	victoria
L	1	victories
L	1	victory
L	1	video
L	1	videos
L	5	vie
L	1	vied
L	4	vienna
L	4	vierklau
L	5	vies
L	1	view
L	1	viewed
L	1	viewing
L	1	views
L	1	vigilance
L	5	vigilant
L	4	viktor
L	5	vile
L	3	villa
L	1	village
L	1	villagers
L	1	villages
L	5	villain
L	5	villains
L	4	villeneuve
L	4	vince
L	4	vincent
L	5	vinegar
L	4	vinny
L	4	vinnytsya
L	5	viola
L	5	violas
L	1	violating
L	1	violation
L	1	violations
L	2	violence
L	1	violent
L	5	violet
L	4	violeta
L	5	violets
L	4	vip
L	5	vips
L	1	viral
L	4	virginia
L	1	virtual
L	1	virtually
L	1	virus
L	1	viruses
L	1	visas
L	1	visible
L	5	visionaries
L	5	visionary
L	1	visit
L	1	visited
L	1	visiting
L	1	visitor
L	1	visitors
L	1	visits
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
L	4	vladikavkaz
L	4	vladimir
L	4	vmig
L	4	vmig-1
L	4	vnu
L	5	vocabularies
L	5	vocabulary
L	4	voica
L	1	voice
L	1	voiced
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
L	5	volunteer
L	5	volunteered
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
L	1	vouch
L	1	vow
L	1	vowed
L	1	vowing
L	1	vows
L	5	voyager
L	5	voyagers
L	1	vs
L	1	vs.
L	4	vt
L	5	vulgar
L	5	vulgarest
L	4	vyacheslav
L	5	vying
L	1	w-1
L	3	w-2
L	4	w.
L	5	w/o
L	3	wa
L	4	waalwijk
L	4	wacker
L	5	wading
L	5	wafer
L	5	wafers
L	1	wage
L	1	wages
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
L	4	walton
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
L	5	warier
L	5	wariest
L	5	warm
L	1	warm-up
L	5	warmed
L	5	warmer
L	5	warmest
L	5	warming
L	5	warms
L	5	warmth
L	5	warn
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
L	1	waste
L	5	wasted
L	1	wasteful
L	5	wastes
L	5	wasting
L	5	wat
L	4	wataru
L	1	watch
L	1	watchdog
L	1	watched
L	5	watches
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
L	5	wb
L	1	we
L	1	weak
L	1	weaken
L	1	weakened
L	1	weakening
L	1	weakens
L	1	weaker
L	5	weakest
L	1	weakness
L	1	wean
L	5	weaning
L	5	weans
L	1	weapon
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
L	5	wed
L	5	wedding
L	5	weddings
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
L	5	weeping
L	5	weeps
L	4	weibring
L	1	weigh
L	1	weighed
L	1	weighing
L	5	weighs
L	1	weight
L	1	weighted
L	4	weinstein
L	5	weird
L	5	weirded
L	5	weirder
L	5	weirdest
L	5	weirding
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
L	4	werner
L	3	west
L	2	western
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
L	5	whenever
L	1	where
L	1	whereas
L	5	whereby
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
L	5	whip
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
L	4	whitlinger
L	4	whittall
L	1	who
L	5	whoa
L	1	whoever
L	1	whole
L	1	wholesale
L	1	wholly-owned
L	1	whom
L	1	whoops
L	1	whose
L	1	why
L	5	wick
L	5	wicked
L	5	wickeder
L	5	wickedest
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
L	4	wilander
L	3	wild
L	1	wild-card
L	5	wilder
L	1	wilderness
L	5	wildest
L	5	wildlife
L	5	wilier
L	5	wiliest
L	2	will
L	4	william
L	4	williams
L	4	willie
L	1	willing
L	4	wilson
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
L	5	wipe
L	1	wiped
L	5	wipes
L	5	wiping
L	1	wire
L	5	wired
L	5	wires
L	5	wirier
L	5	wiriest
L	5	wiring
L	5	wirings
L	5	wiry
L	4	wisconsin
L	5	wise
L	5	wised
L	5	wiser
L	5	wises
L	5	wisest
L	1	wish
L	4	wishart
L	1	wished
L	5	wishes
L	5	wishing
L	5	wising
L	5	wistful
L	5	witch
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
L	5	witness
L	5	witnessed
L	1	witnesses
L	5	witnessing
L	4	witschge
L	5	wives
L	5	wizard
L	5	wizards
L	5	wk
L	5	wks
L	1	wo
L	4	wodzislaw
L	5	woken
L	4	wolf
L	4	wolfgang
L	4	wolk
L	4	wolverhampton
L	1	woman
L	5	womanly
L	2	women
L	1	won
L	5	wonder
L	5	wondered
L	5	wondering
L	5	wonderings
L	5	wonders
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
L	4	woosnam
L	5	woozy
L	4	worcester
L	4	worcestershire
L	1	word
L	1	words
L	5	wore
L	1	work
L	1	worked
L	1	worker
L	2	workers
L	1	workforce
L	1	working
L	5	workings
L	4	workington
L	1	works
L	5	workshop
L	5	workshopped
L	5	workshopping
L	5	workshops
L	2	world
L	4	worldcom
L	1	worldwide
L	1	worn
L	1	worried
L	1	worries
L	1	worry
L	1	worrying
L	5	worryings
L	1	worse
L	5	worsen
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
L	5	worths
L	5	worthwhile
L	4	wouden
L	1	would
L	1	would-be
L	1	wound
L	1	wounded
L	1	wounding
L	1	wounds
L	5	wove
L	5	woven
L	5	wow
L	1	wrangle
L	1	wrap
L	5	wrapped
L	5	wrapping
L	5	wrappings
L	1	wraps
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
L	4	wyborcza
L	4	wycombe
L	1	x
L	5	xaf
L	4	xavier
L	4	xi
L	4	xinhua
L	5	xof
L	5	ya
L	5	yaa
L	5	yah
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
L	1	year-on-year
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
L	5	yelling
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
L	4	york
L	3	yorker
L	4	yorkshire
L	4	yoshikawa
L	5	yottabyte
L	5	yottabytes
L	2	you
L	4	younes
L	2	young
L	1	younger
L	5	youngest
L	4	younis
L	1	your
L	1	yourself
L	5	yourselves
L	1	youth
L	1	youthful
L	1	youths
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
L	4	zabel
L	4	zabrze
L	4	zagreb
L	4	zaire
L	4	zaman
L	4	zambia
L	5	zanier
L	5	zaniest
L	4	zanoli
L	5	zany
L	4	zardari
L	4	zastava
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
L	5	zip
L	5	zipping
L	5	zips
L	5	zloty
L	1	zlotys
L	5	zombie
L	5	zombies
L	1	zone
L	5	zoned
L	5	zones
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
E	0	31863
