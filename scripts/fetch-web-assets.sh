#!/usr/bin/env bash
# Refresh the JavaScript the web app serves from the package (no CDN: `spotted serve` works offline).
# Fetches the pinned versions from the npm registry with `npm pack` and copies the files into
# src/spotted/web/static/. Usage: scripts/fetch-web-assets.sh [CYTOSCAPE_VERSION] [SWAGGER_UI_VERSION]
set -euo pipefail
cytoscape_version="${1:-3.34.4}"
swagger_version="${2:-5.35.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
static="$root/src/spotted/web/static"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

npm pack --silent "cytoscape@$cytoscape_version" >/dev/null
mkdir cytoscape && tar xzf cytoscape-*.tgz -C cytoscape
cp cytoscape/package/dist/cytoscape.min.js "$static/cytoscape.min.js"
cp cytoscape/package/LICENSE "$static/cytoscape.LICENSE"

npm pack --silent "swagger-ui-dist@$swagger_version" >/dev/null
mkdir swagger && tar xzf swagger-ui-dist-*.tgz -C swagger
for file in swagger-ui-bundle.js swagger-ui-bundle.js.LICENSE.txt swagger-ui.css LICENSE NOTICE; do
  cp "swagger/package/$file" "$static/swagger/$file"
done

sed -i -e "s/^cytoscape .*/cytoscape $cytoscape_version (MIT) — cytoscape.min.js, cytoscape.LICENSE/" \
       -e "s/^swagger-ui-dist .*/swagger-ui-dist $swagger_version (Apache-2.0) — swagger\/*/" "$static/VERSIONS"
echo "cytoscape $cytoscape_version and swagger-ui-dist $swagger_version copied into $static"
