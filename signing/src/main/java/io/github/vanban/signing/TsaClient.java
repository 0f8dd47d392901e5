// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import io.github.vanban.signing.internal.Http;
import io.github.vanban.signing.internal.TimeStamps;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An RFC 3161 time-stamp client over HTTP: it sends a request with a random nonce and {@code
 * certReq=true}, then checks the response status, nonce, message imprint and the TSA's signature
 * before returning the token. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TsaClient implements TimestampSource {
    private final URI url;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Optional<String> policyOid;

    private TsaClient(Builder b) {
        this.url = b.url;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.policyOid = b.policyOid;
    }

    /**
     * Creates a client with default timeouts (5 s connect, 20 s read) and no policy.
     *
     * @param url the TSA endpoint, {@code http} or {@code https}
     * @return the client
     */
    public static TsaClient of(URI url) {
        return builder().url(url).build();
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the TSA endpoint.
     *
     * @return the URL requests go to
     */
    public URI url() {
        return url;
    }

    @Override
    public byte[] timestamp(byte[] digest, String digestAlgorithm) {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(digestAlgorithm, "digestAlgorithm");
        return TimeStamps.request(new Http(connectTimeout, readTimeout), url, digest,
                digestAlgorithm, policyOid);
    }

    @Override
    public String toString() {
        return "TsaClient[" + url + "]";
    }

    /** Builder for {@link TsaClient}; a single-thread scratch object. */
    public static final class Builder {
        private @org.jspecify.annotations.Nullable URI url;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(20);
        private Optional<String> policyOid = Optional.empty();

        private Builder() {}

        /**
         * Sets the TSA endpoint (required).
         *
         * @param url an {@code http} or {@code https} URL
         * @return this builder
         */
        public Builder url(URI url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * Sets how long to wait for the TCP connection.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long to wait for the whole response.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * Asks the TSA for a specific policy.
         *
         * @param oid the policy OID, dotted
         * @return this builder
         */
        public Builder policyOid(String oid) {
            this.policyOid = Optional.of(Objects.requireNonNull(oid, "oid"));
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalStateException if no URL was set
         * @throws IllegalArgumentException if the URL is not http or https
         */
        public TsaClient build() {
            if (url == null) {
                throw new IllegalStateException("url is required");
            }
            String scheme = url.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                throw new IllegalArgumentException("url must be http or https, was '" + url + "'");
            }
            return new TsaClient(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
