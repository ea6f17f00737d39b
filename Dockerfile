# Multi-stage build of the standalone server. The final image holds only the standalone folder
# (server, traced node_modules, prerendered pages, static assets) and the front server, and runs as a
# non-root user.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG SITE_URL=https://sim-helper.example
ENV SITE_URL=$SITE_URL NEXT_TELEMETRY_DISABLED=1
RUN npm run build

FROM node:24-bookworm-slim AS run
WORKDIR /app
# HOSTNAME_OVERRIDE: where the front server listens (Docker sets HOSTNAME itself, to the container's id).
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME_OVERRIDE=0.0.0.0 SIM_HELPER_DATA_DIR=/data
COPY --from=build --chown=node:node /app/.next/standalone ./
# The front server (request guard, ready responses, proxy); start.mjs finds server.js in its parent folder.
COPY --from=build --chown=node:node /app/server ./server
# Traveller reports: the embedded store lives here unless DATABASE_URL points at PostgreSQL (docs/deploy.md).
RUN mkdir /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
# What `npm start` runs: the front server, which starts Next.js's server.js behind it on a loopback port.
CMD ["node", "server/start.mjs"]
