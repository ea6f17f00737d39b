# Source this file (`. scripts/use-node.sh`) to run the project on its supported Node.js (package.json
# "engines": 22.12 or later; CI and the Dockerfile use 24 LTS). When the system's node is older (Debian
# bookworm ships 20), the Node.js binary the npm registry publishes as `node-linux-<arch>` is unpacked once
# into .cache/tools/ and put first on PATH; npm itself runs on whichever node comes first on PATH.
NODE_VERSION=24.22.3

_use_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(_use_node_major)" -lt 22 ]; then
  case "$(uname -m)" in
    x86_64) _use_node_arch=x64 ;;
    aarch64 | arm64) _use_node_arch=arm64 ;;
    *) echo "use-node: no Node.js $NODE_VERSION package for $(uname -m): install Node.js 22 or later" >&2 && return 1 ;;
  esac
  _use_node_dir="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)/.cache/tools/node-$NODE_VERSION"
  if [ ! -x "$_use_node_dir/bin/node" ]; then
    echo "use-node: system node is $(node -v 2>/dev/null || echo missing); fetching Node.js $NODE_VERSION from the npm registry"
    mkdir -p "$_use_node_dir"
    _use_node_tgz="$(cd "$_use_node_dir" && npm pack --silent "node-linux-$_use_node_arch@$NODE_VERSION")" &&
      tar -xzf "$_use_node_dir/$_use_node_tgz" -C "$_use_node_dir" --strip-components=1 package/bin/node &&
      rm "$_use_node_dir/$_use_node_tgz" || { rm -rf "$_use_node_dir" && return 1; }
  fi
  export PATH="$_use_node_dir/bin:$PATH"
  hash -r
  unset _use_node_arch _use_node_dir _use_node_tgz
fi
unset -f _use_node_major
echo "use-node: node $(node -v) at $(command -v node)"
