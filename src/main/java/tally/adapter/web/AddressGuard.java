package tally.adapter.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleRefused.Reason;

/**
 * Where a fetch may connect: Tally resolves each host name itself and refuses it when any of its addresses is refused
 * by the policy ({@link AddressRules} in production); an address literal, which is never resolved, is checked before
 * the request; and a last check on the connected socket runs before a byte of the request is sent (a pooled
 * connection skips resolving).
 */
final class AddressGuard {

    /** Why an address may not be fetched from, or empty when it may. */
    interface Policy {
        Optional<String> whyRefused(InetAddress address);
    }

    /** The tests' setting: their own server on 127.0.0.1 is let through; every other address is still checked. */
    static final Policy TEST_SERVER_ONLY = address -> address.getHostAddress().equals("127.0.0.1") ? Optional.empty()
            : AddressRules.whyRefused(address);

    private final Policy policy;
    private final Resolver resolver;

    AddressGuard(Policy policy, Resolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    /** @throws ArticleRefused FORBIDDEN_ADDRESS or BAD_ADDRESS for a literal that may not be fetched from */
    void checkLiteral(HttpUrl url) {
        String host = url.host();
        if (!host.contains(":") && !host.matches("[0-9.]+")) {
            return;
        }
        try {
            Optional<String> why = refusal(InetAddress.getByName(host), host);
            if (why.isPresent()) {
                throw new ArticleRefused(Reason.FORBIDDEN_ADDRESS, why.get());
            }
        } catch (UnknownHostException e) {
            throw new ArticleRefused(Reason.BAD_ADDRESS, "'" + host + "' is not a valid address.");
        }
    }

    /** OkHttp's resolver: every address of the host checked. */
    Dns dns() {
        return host -> {
            List<InetAddress> addresses = resolver.resolve(host);
            for (InetAddress a : addresses) {
                Optional<String> why = refusal(a, host);
                if (why.isPresent()) {
                    throw new Refused(why.get());
                }
            }
            return addresses;
        };
    }

    /** OkHttp's network interceptor: the connected address checked before the request is written. */
    Interceptor connectedCheck() {
        return chain -> {
            InetAddress connected = chain.connection() == null ? null
                    : chain.connection().route().socketAddress().getAddress();
            Optional<String> why = connected == null ? Optional.empty() : refusal(connected, chain.request().url().host());
            if (why.isPresent()) {
                throw new Refused(why.get());
            }
            return chain.proceed(chain.request());
        };
    }

    private Optional<String> refusal(InetAddress address, String host) {
        return policy.whyRefused(address).map(range -> "Tally does not fetch from " + range + ": "
                + (host.equals(address.getHostAddress()) ? host : host + " is " + address.getHostAddress()) + ".");
    }

    /** A refused address, thrown inside OkHttp (which passes only IOExceptions through); found again by the fetcher. */
    static final class Refused extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** The refusal inside an exception OkHttp threw, if it is one of ours. */
    static Optional<Refused> in(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refused r) {
                return Optional.of(r);
            }
            for (Throwable s : t.getSuppressed()) {
                if (s instanceof Refused r) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }
}
