import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * Stand-ins for the external vendors the platform talks to (an SMS gateway over HTTP, a mail server
 * over SMTP): tiny local servers that record what they receive and answer as told. They are the
 * other side of the wire, not our code.
 */

export interface ProviderRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: { reference: string; channel: string; to: string; subject: string | null; text: string; callbackUrl?: string };
}

/** A scripted answer: a status and JSON body, or hanging up without one. */
export type ProviderReply = { status: number; body: unknown } | 'hang-up';

/** An HTTP provider that answers each request with the next scripted reply (then 202 for ever). */
export async function startHttpProvider() {
  const received: ProviderRequest[] = [];
  let script: ProviderReply[] = [];
  const server: Server = createHttpServer((request, response) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (raw += chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body: JSON.parse(raw) as ProviderRequest['body'] });
      const reply = script.shift() ?? { status: 202, body: { id: `provider-${received.length}` } };
      if (reply === 'hang-up') return void request.socket.destroy();
      response.writeHead(reply.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** The next replies, in order. */
    answer(...replies: ProviderReply[]) {
      script = replies;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface SmtpMessage {
  from: string;
  to: string[];
  data: string;
}

/**
 * A mail server that speaks just enough SMTP (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and keeps
 * every message; a recipient whose address starts with `reject` is refused with 550.
 */
export async function startSmtpServer() {
  const messages: SmtpMessage[] = [];
  const sockets = new Set<Socket>();
  const server: TcpServer = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let current: SmtpMessage = { from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fake.smtp ESMTP ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(current);
            current = { from: '', to: [], data: '' };
            reply('250 2.0.0 queued');
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') socket.write('250-fake.smtp\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n');
        else if (command === 'MAIL') {
          current = { from: /<([^>]*)>/.exec(line)?.[1] ?? '', to: [], data: '' };
          reply('250 2.1.0 ok');
        } else if (command === 'RCPT') {
          const to = /<([^>]*)>/.exec(line)?.[1] ?? '';
          if (to.startsWith('reject')) reply('550 5.1.1 No such mailbox here');
          else {
            current.to.push(to);
            reply('250 2.1.5 ok');
          }
        } else if (command === 'DATA') {
          inData = true;
          reply('354 go ahead');
        } else if (command === 'RSET' || command === 'NOOP') reply('250 2.0.0 ok');
        else if (command === 'QUIT') {
          reply('221 2.0.0 bye');
          socket.end();
        } else reply('502 5.5.2 not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
