package io.parley.scrape;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * PinnedAddress is how a request reaches the very address the {@link AddressGuard} checked, whatever DNS says
 * a moment later (DNS rebinding): the URL's host is replaced by the address, the {@code Host} header keeps the
 * name, and an https request gets a client whose TLS parameters send the name as SNI, so the server picks its
 * certificate by name and the JDK verifies the certificate against the SNI name.
 *
 * <p>Java's HTTP client lets a request set {@code Host} only when the system property
 * {@code jdk.httpclient.allowRestrictedHeaders} lists it before the client's classes load; {@link
 * #allowHostHeader()} adds it, and {@link HttpTransport} calls it in its static initialiser.
 */
record PinnedAddress(URI original, URI uri, String hostHeader) {

    private static final String RESTRICTED = "jdk.httpclient.allowRestrictedHeaders";

    /** Lets requests carry their own {@code Host} header (keeps whatever else the property already allows). */
    static void allowHostHeader() {
        String allowed = System.getProperty(RESTRICTED, "");
        if (!List.of(allowed.toLowerCase(java.util.Locale.ROOT).split(",")).contains("host")) {
            System.setProperty(RESTRICTED, allowed.isBlank() ? "host" : allowed + ",host");
        }
    }

    /** The pinned form of a request that carries a checked address, else {@code null}. */
    static PinnedAddress of(FetchRequest request) {
        InetAddress address = request.address();
        URI uri = request.uri();
        if (address == null || uri.getHost() == null || AddressGuard.isLiteral(uri.getHost())) {
            return null;
        }
        String literal = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        try {
            URI target = new URI(uri.getScheme(), null, literal, uri.getPort(), uri.getRawPath(), null, null);
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            URI exact = URI.create(target.toASCIIString() + query);
            String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return new PinnedAddress(uri, exact, host);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot address " + uri + " by " + literal, e);
        }
    }

    boolean https() {
        return "https".equalsIgnoreCase(original.getScheme());
    }

    /** The request with the {@code Host} header of the original name. */
    HttpRequest apply(HttpRequest.Builder request) {
        return request.header("Host", hostHeader).build();
    }

    /** A client for one https request that sends the original host name as SNI (close it after the request). */
    HttpClient tlsClient(Duration connectTimeout) {
        SSLParameters tls = defaultTls();
        tls.setServerNames(List.of(new SNIHostName(original.getHost())));
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout).sslParameters(tls).build();
    }

    private static SSLParameters defaultTls() {
        try {
            return SSLContext.getDefault().getDefaultSSLParameters();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has a default TLS context", e);
        }
    }
}
