// The catalog dump's raw-driver baseline, on a thread of its own (plain Node, not Jest's module
// system): the same rows by one streaming SELECT each (offerings with their prices, then
// specifications) through mysql2, as JSON lines, through gzip, stored nowhere.
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createGzip } from 'node:zlib';
import mysql from 'mysql2';

const url = new URL(workerData.databaseUrl);
const connection = mysql.createConnection({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username || 'root'),
  password: decodeURIComponent(url.password),
  database: decodeURIComponent(url.pathname.slice(1)),
});
let bytes = 0;
let lines = 0;
const started = performance.now();
const sink = new Writable({
  write(chunk, _encoding, done) {
    bytes += chunk.length;
    done();
  },
});
const gzip = createGzip({ level: 3 });
gzip.pipe(sink);
const toLines = () =>
  new Transform({
    writableObjectMode: true,
    transform(row, _encoding, done) {
      lines += 1;
      done(null, `${JSON.stringify(row)}\n`);
    },
  });
const stream = (sql) => pipeline(connection.query(sql).stream({ highWaterMark: 1000 }), toLines(), gzip, { end: false });
await stream(
  `SELECT o.*, p.id AS price_id, p.name AS price_name, p.price_type, p.recurring_period, p.amount_minor, p.currency, p.tax_rate,
          s.name AS spec_name, oc.category_id
     FROM product_offering o
     JOIN product_offering_price_link l ON l.offering_id = o.id
     JOIN product_offering_price p ON p.id = l.price_id
     LEFT JOIN product_specification s ON s.id = o.product_specification_id
     LEFT JOIN product_offering_category oc ON oc.offering_id = o.id
    WHERE o.lifecycle_status = 'launched' ORDER BY o.id, l.position`,
);
await stream('SELECT * FROM product_specification ORDER BY id');
gzip.end();
await new Promise((resolve) => sink.on('finish', resolve));
connection.end();
parentPort.postMessage({ bytes, lines, ms: performance.now() - started });
