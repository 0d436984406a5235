import * as net from 'net';

/** Two ends of a loopback TCP connection: bytes written to `client` arrive at `serverSide` as a message would. */
export async function connectedPair(): Promise<{ client: net.Socket; serverSide: net.Socket; close(): void }> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const accepted = new Promise<net.Socket>((r) => server.once('connection', r));
  const client = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
  await new Promise((r) => client.once('connect', r));
  const serverSide = await accepted;
  return { client, serverSide, close: () => (client.destroy(), serverSide.destroy(), server.close()) };
}
