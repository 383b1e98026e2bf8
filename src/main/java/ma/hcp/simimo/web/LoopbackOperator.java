package ma.hcp.simimo.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until accounts and roles exist, a request from the server's own machine counts as the
 * administrator on the health endpoint, which then shows its details (disk paths, store,
 * triple count). The address is the TCP peer's: no forwarding header is trusted
 * (server.forward-headers-strategy is left at none), so a remote client cannot claim to
 * be local.
 */
class LoopbackOperator extends OncePerRequestFilter {

	static final String ROLE = "ADMINISTRATOR";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isLoopback(request.getRemoteAddr())) {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("loopback", null,
						List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
		}
		chain.doFilter(request, response);
	}

	static boolean isLoopback(String address) {
		// The connector gives a literal address; anything else is refused before
		// getByName could turn it into a name lookup.
		if (address == null || address.isBlank() || !address.matches("[0-9A-Fa-f.:%]+")) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
