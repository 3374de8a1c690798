# syntax=docker/dockerfile:1
# Contactly: the server (and the dashboard it serves at /) in one image.
#   docker build -t contactly .
#   docker run -e ADMIN_PASSWORD='choose-a-long-one' -e DATABASE_URL=mariadb://user:pass@host:3306/contactly -p 8181:8181 contactly
# or, with MariaDB and NATS: ADMIN_PASSWORD='choose-a-long-one' docker compose up --build

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: every dependency (dev included), compile the server and build the dashboard --------------
FROM ${NODE_IMAGE} AS build
# argon2 and better-sqlite3 compile from source (their prebuilt binaries are not reliable).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# npm 11, as in development (the lockfile is npm 11's; the "allowScripts" list of package.json is
# advisory there, and npm 12 would start enforcing it).
RUN npm install -g npm@11 --no-audit --no-fund
WORKDIR /app
ENV SCARF_ANALYTICS=false PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Manifests first, so the dependency layer is reused while only sources change.
# (`npm ci` is avoided on purpose: see STACK-NOTES; `npm install` keeps the committed lockfile.)
COPY package.json package-lock.json .npmrc ./
COPY apps/dashboard/package.json apps/dashboard/
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

# ---- production dependencies only: the server's, without the dashboard workspace's (it ships built) --
FROM ${NODE_IMAGE} AS prod-deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
RUN npm install -g npm@11 --no-audit --no-fund
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json .npmrc ./
COPY apps/dashboard/package.json apps/dashboard/
RUN npm install --omit=dev --workspaces=false --no-audit --no-fund \
 && npm cache clean --force

# ---- runtime ----------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=8181 \
    HOST=0.0.0.0
WORKDIR /app
# The server reads its version from package.json and serves apps/dashboard/dist at / (both relative to
# the repository root, which is /app here).
COPY --from=prod-deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/apps/dashboard/dist ./apps/dashboard/dist
# Code stays owned by root (read-only for the server); only data/ (the embedded SQLite default, when no
# DATABASE_URL is given) is writable by the unprivileged user that runs it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 8181
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8181) + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) makes the server finish in-flight requests and close the database.
STOPSIGNAL SIGTERM
# The same flags as `npm run start:built` (see bench/lib/node-flags.js for why).
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/src/main.js"]
