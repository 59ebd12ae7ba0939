// The denominator of the benchmark suite (bench/suite.ts): a bare Fastify route answering a
// small JSON body, in its own process, so it competes for the machine as the real server does.
// Run by the benchmark: node bench/bare-server.ts <port>
import Fastify from 'fastify';

const app = Fastify();
app.get('/hello', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
process.stdout.write('listening\n');
