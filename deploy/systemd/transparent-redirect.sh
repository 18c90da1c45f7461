#!/usr/bin/env bash
# nftables redirect of outbound HTTPS into sovereign's transparent mode on an egress gateway.
#   APP_IFACE   interface the apps' traffic arrives on (default: eth1)
#   PROXY_PORT  sovereign's transparent listener (default: 8080; config: modes: [transparent])
# Traffic from sovereign itself (user "sovereign") is never redirected, so it can go out.
set -euo pipefail
APP_IFACE=${APP_IFACE:-eth1}
PROXY_PORT=${PROXY_PORT:-8080}
case "${1:-}" in
  up)
    sysctl -qw net.ipv4.ip_forward=1
    nft -f - <<NFT
table inet sovereign {
  chain prerouting {
    type nat hook prerouting priority dstnat; policy accept;
    iifname "$APP_IFACE" tcp dport 443 redirect to :$PROXY_PORT
  }
  chain output {
    type nat hook output priority -100; policy accept;
    meta skuid "sovereign" accept
  }
}
NFT
    ;;
  down)
    nft delete table inet sovereign 2>/dev/null || true
    ;;
  *)
    echo "usage: $0 up|down" >&2
    exit 2
    ;;
esac
