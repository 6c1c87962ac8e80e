# The gateway as a container image: Node 24 (LTS), the production dependencies and the bundle
# `npm start` runs. test/process/container.test.ts rebuilds both stages from their COPY lines in
# temporary folders and serves the README's example query from the second.
#
#   docker build -t credits-gateway .
#   docker run -p 4000:4000 credits-gateway          # on the embedded sandboxes
#   docker run -p 4000:4000 -e SCHEMATIC_API_KEY=... -e METRONOME_BEARER_TOKEN=... -e AUTH_MODE=jwt -e JWKS_URL=... credits-gateway

# The bundle (build.ts): dist/gateway/ holds every module the gateway runs, GraphiQL's example
# operations and its browser assets. Building needs the development dependencies (esbuild, tsx).
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci applies patches/ to the installed packages (postinstall: patch-package) before the bundle.
COPY patches/ patches/
RUN npm ci --no-audit --no-fund
COPY build.ts tsconfig.json ./
COPY src/ src/
COPY schema/operations/ schema/operations/
RUN npm run build

FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# The npm cache goes to a folder removed in the same layer, so the image does not keep it. No
# install scripts: the bundle already holds the patched packages (patch-package is a build tool).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund --cache /tmp/npm-cache && rm -rf /tmp/npm-cache
COPY --from=build /app/dist/gateway/ dist/gateway/
# The files stay root's: the process reads them and writes nothing.
USER node
EXPOSE 4000
# Liveness (/healthz) only: a vendor's outage must not get the container restarted.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 4000}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# As `npm start` runs it, without npm (which would not pass SIGTERM on) and without the build.
CMD ["node", "--heap-growing-percent=100", "--max-semi-space-size=8", "dist/gateway/main.mjs"]
