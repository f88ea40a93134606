#!/usr/bin/env bash
# Installs kg's build and test dependencies from Debian's packages.
# Idempotent: quiet and quick when everything is already present.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  librocksdb-dev rapidjson-dev libboost-graph-dev catch2 libcli11-dev
  libxxhash-dev libicu-dev libedit-dev
  iso-codes wordnet-base libgweather-4-common libexpat1-dev graphviz
  python3 python3-networkx python3-igraph
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
