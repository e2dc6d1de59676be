package fetcher

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// guard refuses connections to addresses a URL from the open web has no
// business reaching: loopback, private, link-local (cloud metadata lives
// there), multicast, unspecified. The check runs in the dialer, on the very
// address the socket connects to, so a redirect or a DNS answer cannot slip
// past it, and nothing is sent before it.
type guard struct {
	resolver Resolver
	names    map[string]bool // allow-listed host names and IP literals, lower case
	prefixes []netip.Prefix  // allow-listed IPs and CIDR ranges
	timeout  time.Duration
}

func newGuard(allow []string, r Resolver, timeout time.Duration) *guard {
	g := &guard{resolver: r, names: map[string]bool{}, timeout: timeout}
	for _, h := range allow {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "" {
			continue
		}
		if p, err := netip.ParsePrefix(h); err == nil {
			g.prefixes = append(g.prefixes, p.Masked())
			continue
		}
		if host, _, err := net.SplitHostPort(h); err == nil {
			h = host
		}
		h = strings.Trim(h, "[]")
		if ip, err := netip.ParseAddr(h); err == nil {
			ip = ip.Unmap()
			g.prefixes = append(g.prefixes, netip.PrefixFrom(ip, ip.BitLen()))
		}
		g.names[h] = true
	}
	return g
}

// metadata addresses of cloud providers, refused even though the ranges
// they sit in are covered below: named for a clearer error.
var metadataAddrs = map[netip.Addr]string{
	netip.MustParseAddr("169.254.169.254"): "cloud metadata",
	netip.MustParseAddr("fd00:ec2::254"):   "cloud metadata",
	netip.MustParseAddr("100.100.100.200"): "cloud metadata",
}

var extraRefused = []struct {
	p    netip.Prefix
	name string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "this-network"},
	{netip.MustParsePrefix("100.64.0.0/10"), "carrier-grade nat"},
	{netip.MustParsePrefix("192.0.0.0/24"), "ietf protocol assignments"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local nat64"},
}

// refusedReason says why ip may not be dialled, or "" when it may.
func refusedReason(ip netip.Addr) string {
	ip = ip.Unmap()
	if r, ok := metadataAddrs[ip]; ok {
		return r
	}
	switch {
	case !ip.IsValid():
		return "invalid"
	case ip.IsUnspecified():
		return "unspecified"
	case ip.IsLoopback():
		return "loopback"
	case ip.IsPrivate():
		return "private"
	case ip.IsLinkLocalUnicast():
		return "link-local"
	case ip.IsMulticast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast"
	case ip == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "broadcast"
	}
	for _, r := range extraRefused {
		if r.p.Contains(ip) {
			return r.name
		}
	}
	// NAT64 well-known prefix: check the embedded IPv4 address.
	if nat64 := netip.MustParsePrefix("64:ff9b::/96"); nat64.Contains(ip) {
		b := ip.As16()
		if r := refusedReason(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})); r != "" {
			return r + " (via nat64)"
		}
	}
	return ""
}

func (g *guard) hostAllowed(host string) bool {
	return g.names[strings.ToLower(strings.Trim(host, "[]"))]
}

func (g *guard) ipAllowed(ip netip.Addr) bool {
	ip = ip.Unmap()
	for _, p := range g.prefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// check returns an ErrAddressRefused error when host (as dialled) may not
// connect to ip.
func (g *guard) check(host string, ip netip.Addr) error {
	if g.hostAllowed(host) || g.ipAllowed(ip) {
		return nil
	}
	if r := refusedReason(ip); r != "" {
		if _, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
			return &Error{Kind: ErrAddressRefused, Msg: fmt.Sprintf("address %s refused (%s; not in the allow-list)", strings.Trim(host, "[]"), r)}
		}
		return &Error{Kind: ErrAddressRefused, Msg: fmt.Sprintf("host %s resolves to %s, refused (%s; not in the allow-list)", host, ip, r)}
	}
	return nil
}

// DialContext resolves addr once, checks every address, and connects only to
// checked ones; the Control hook checks again on the socket's own address
// just before connect(2), so there is no second lookup and no window.
func (g *guard) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	var ips []netip.Addr
	if ip, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		ips = []netip.Addr{ip.Unmap()}
	} else {
		answers, err := g.resolver.LookupIPAddr(ctx, host)
		if err != nil {
			return nil, &Error{Kind: ErrRetryable, Retryable: true, Msg: "dns lookup of " + host, Err: err}
		}
		for _, a := range answers {
			if ip, ok := netip.AddrFromSlice(a.IP); ok {
				ips = append(ips, ip.Unmap())
			}
		}
		if len(ips) == 0 {
			return nil, &Error{Kind: ErrRetryable, Retryable: true, Msg: "dns lookup of " + host + ": no addresses"}
		}
	}
	var firstRefusal, lastErr error
	for _, ip := range ips {
		if err := g.check(host, ip); err != nil {
			if firstRefusal == nil {
				firstRefusal = err
			}
			continue
		}
		d := net.Dialer{
			Timeout: g.timeout,
			Control: func(_, address string, _ syscall.RawConn) error {
				ap, err := netip.ParseAddrPort(address)
				if err != nil {
					return &Error{Kind: ErrAddressRefused, Msg: "unparsable dial address " + address}
				}
				return g.check(host, ap.Addr())
			},
		}
		conn, err := d.DialContext(ctx, network, net.JoinHostPort(ip.String(), port))
		if err == nil {
			return conn, nil
		}
		lastErr = err
	}
	if lastErr != nil {
		return nil, lastErr
	}
	return nil, firstRefusal
}
