// Jest on Node 20 cannot require() an ESM-only package from CommonJS. @fastify/static (CommonJS)
// requires content-disposition@3 (ESM-only) just for `create`, used by reply.download(), which
// Contactly never calls. Outside Jest the real package is used.
module.exports = {
  create: (filename) => `attachment; filename="${String(filename ?? 'download').replace(/[^\x20-\x7e]|"/g, '_')}"`,
};
