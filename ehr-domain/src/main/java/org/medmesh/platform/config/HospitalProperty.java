package org.medmesh.platform.config;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;

/**
 * Every MicroProfile Config property a hospital node reads, with its default and meaning: the contract between the EAR
 * and whoever runs it (the launcher, {@code server-config/bin/payara.sh}; the in-container tests; an operator). The
 * README's configuration table lists the same properties, and {@code HospitalPropertyTest} keeps the three in step.
 * Values come from the domain's system properties, environment variables ({@code hospital.db.url} as
 * {@code HOSPITAL_DB_URL}) or Payara password aliases ({@code ${ALIAS=…}}, resolved by Payara).
 *
 * <p>
 * A name with a placeholder ({@code <id>}, {@code <name>}) is a pattern: one property per peer hospital or per trusted
 * issuer, named by {@link #key(String)}. Annotations need the names as compile-time constants: they are in
 * {@link Names}, one per constant here under the same identifier.
 */
public enum HospitalProperty {

    /** Stable id of this hospital (letters, digits, {@code -}); names the home of every record. Required. */
    ID(Names.ID),
    /** Display name of this hospital. Required. */
    NAME(Names.NAME),
    /** The other hospitals and their brokers, {@code hospB=tcp://host:port,…}; none without. */
    PEERS(Names.PEERS),
    /** JDBC URL of this hospital's MariaDB. Required. */
    DB_URL(Names.DB_URL),
    /** The node's runtime database account. Required. */
    DB_USER(Names.DB_USER),
    /** Password of the runtime database account (a password alias in the launcher). Required. */
    DB_PASSWORD(Names.DB_PASSWORD),
    /** Schema owner, which runs the migrations; unset, the runtime account owns the schema (a warning is logged). */
    DB_OWNER_USER(Names.DB_OWNER_USER),
    /** Password of the schema owner; required when the owner is set. */
    DB_OWNER_PASSWORD(Names.DB_OWNER_PASSWORD),
    /** Largest request body accepted, in bytes (413 beyond). */
    API_MAX_BODY_BYTES(Names.API_MAX_BODY_BYTES, "1048576"),
    /** The node's public address, which absolute URLs start with; unset, the address a request arrived on. */
    PUBLIC_URL(Names.PUBLIC_URL),
    /** Whether the node runs its Artemis broker itself ({@code true}) or uses an external one. */
    BROKER_EMBEDDED(Names.BROKER_EMBEDDED, "true"),
    /** Listening port of the embedded broker. */
    BROKER_PORT(Names.BROKER_PORT, "61616"),
    /** Listening address of the embedded broker. */
    BROKER_HOST(Names.BROKER_HOST, "127.0.0.1"),
    /** Journal, bindings and paging directory of the embedded broker; required with an embedded broker. */
    BROKER_DATA_DIR(Names.BROKER_DATA_DIR),
    /** URL of an external broker; required without an embedded one. */
    BROKER_URL(Names.BROKER_URL),
    /** Whether peers reach the broker over mutual TLS; {@code false} only for a lab network. */
    BROKER_TLS(Names.BROKER_TLS, "true"),
    /** PKCS#12 file with this hospital's TLS key and certificate; required with TLS. */
    BROKER_KEYSTORE(Names.BROKER_KEYSTORE),
    /** Password of the keystore; required with TLS. */
    BROKER_KEYSTORE_PASSWORD(Names.BROKER_KEYSTORE_PASSWORD),
    /** PKCS#12 file with the certificates trusted for peers; required with TLS. */
    BROKER_TRUSTSTORE(Names.BROKER_TRUSTSTORE),
    /** Password of the truststore; required with TLS. */
    BROKER_TRUSTSTORE_PASSWORD(Names.BROKER_TRUSTSTORE_PASSWORD),
    /** Password of the node's own broker account; unset with an embedded broker, a random one per start. */
    BROKER_NODE_PASSWORD(Names.BROKER_NODE_PASSWORD),
    /** Per peer: the password this hospital's bridge presents at the peer's broker. Required per peer. */
    BROKER_PEER_LOGIN(Names.BROKER_PEER_LOGIN),
    /** Per peer: the password the peer's bridge must present here. Required per peer. */
    BROKER_PEER_ACCOUNT(Names.BROKER_PEER_ACCOUNT),
    /** This hospital's Ed25519 signing key (PKCS#8 PEM file). Required. */
    SYNC_SIGNING_KEY(Names.SYNC_SIGNING_KEY),
    /** File of the network's public signing keys, re-read when it changes. Required. */
    SYNC_NETWORK_KEYS(Names.SYNC_NETWORK_KEYS),
    /** Minutes between anti-entropy rounds with each peer (0: never). */
    SYNC_ANTI_ENTROPY_MINUTES(Names.SYNC_ANTI_ENTROPY_MINUTES, "10"),
    /** How old, in seconds, a change must be to be compared by a scheduled anti-entropy round. */
    SYNC_ANTI_ENTROPY_SETTLE_SECONDS(Names.SYNC_ANTI_ENTROPY_SETTLE_SECONDS, "60"),
    /** PKCS#8 PEM file of the RSA key that signs this hospital's tokens. Required. */
    JWT_PRIVATE_KEY_LOCATION(Names.JWT_PRIVATE_KEY_LOCATION),
    /** X.509 PEM file (a path, or a {@code file:} URL) of the matching public key. Required. */
    JWT_PUBLIC_KEY_LOCATION(Names.JWT_PUBLIC_KEY_LOCATION),
    /** Issuer ({@code iss}) of this hospital's tokens, e.g. {@code medmesh-hospA}. Required. */
    JWT_ISSUER(Names.JWT_ISSUER),
    /** Lifetime of this hospital's tokens, in minutes. */
    JWT_TTL_MINUTES(Names.JWT_TTL_MINUTES, "60"),
    /** Seconds an instance trusts a token it admitted before it reads the account and revocations again. */
    AUTH_RECHECK_SECONDS(Names.AUTH_RECHECK_SECONDS, "2"),
    /** Consecutive failed sign-ins that lock a username. */
    SIGNIN_MAX_FAILURES(Names.SIGNIN_MAX_FAILURES, "5"),
    /** Minutes a locked username stays locked. */
    SIGNIN_LOCK_MINUTES(Names.SIGNIN_LOCK_MINUTES, "15"),
    /** Names of the external OpenID Connect issuers trusted besides this hospital's own, comma-separated; none. */
    AUTH_ISSUERS(Names.AUTH_ISSUERS),
    /** Per trusted issuer: its {@code iss}. Required per issuer. */
    AUTH_ISSUER_ISSUER(Names.AUTH_ISSUER_ISSUER),
    /** Per trusted issuer: {@code file:} or {@code http(s):} URL of its JWKS. Required per issuer. */
    AUTH_ISSUER_JWKS(Names.AUTH_ISSUER_JWKS),
    /** Per trusted issuer: a value its tokens' {@code aud} must contain; unset, not checked. */
    AUTH_ISSUER_AUDIENCE(Names.AUTH_ISSUER_AUDIENCE),
    /** Per trusted issuer: the claim holding the username. */
    AUTH_ISSUER_USERNAME_CLAIM(Names.AUTH_ISSUER_USERNAME_CLAIM, "preferred_username"),
    /** Per trusted issuer: the claim holding the roles. */
    AUTH_ISSUER_ROLES_CLAIM(Names.AUTH_ISSUER_ROLES_CLAIM, "groups"),
    /** Per trusted issuer: {@code theirs=ours,…}; unset, this hospital's role names as they are. */
    AUTH_ISSUER_ROLE_MAP(Names.AUTH_ISSUER_ROLE_MAP),
    /** Per trusted issuer: seconds after which its JWKS is read again. */
    AUTH_ISSUER_JWKS_REFRESH_SECONDS(Names.AUTH_ISSUER_JWKS_REFRESH_SECONDS, "300"),
    /** PBKDF2-HMAC-SHA512 iterations for new password hashes. */
    PASSWORD_PBKDF2_ITERATIONS(Names.PASSWORD_PBKDF2_ITERATIONS, "210000"),
    /** Demo networks only: file of {@code username:role:password} lines created at start if missing; unset. */
    DEMO_USERS_FILE(Names.DEMO_USERS_FILE),
    /** Minutes a break-the-glass grant lasts. */
    BREAK_GLASS_MINUTES(Names.BREAK_GLASS_MINUTES, "60"),
    /** Key of the patients' analytics pseudonyms (at least 32 bytes); unset, risk scoring is off. */
    ANALYTICS_PSEUDONYM_KEY(Names.ANALYTICS_PSEUDONYM_KEY),
    /** Key of the audit chain's HMAC (at least 32 bytes); unset, new entries are unkeyed (lab networks only). */
    AUDIT_CHAIN_KEY(Names.AUDIT_CHAIN_KEY),
    /** Seconds between signed checkpoints of the audit chain's head sent to the peers (0: never). */
    AUDIT_CHECKPOINT_SECONDS(Names.AUDIT_CHECKPOINT_SECONDS, "30"),
    /** Seconds the audit verifier waits for the peers' checkpoints. */
    AUDIT_ANCHOR_WAIT_SECONDS(Names.AUDIT_ANCHOR_WAIT_SECONDS, "5"),
    /** Directory the hospital's backups are written to (shared by its instances); unset, no backups are made. */
    BACKUP_DIR(Names.BACKUP_DIR),
    /** Key of the backups' encryption, 32 random bytes in Base64 (a password alias); required with a directory. */
    BACKUP_KEY(Names.BACKUP_KEY),
    /** Minutes between scheduled backups, counted from midnight UTC (0: on demand only). */
    BACKUP_INTERVAL_MINUTES(Names.BACKUP_INTERVAL_MINUTES, "1440"),
    /** How many successful backups are kept; older ones are deleted. */
    BACKUP_KEEP(Names.BACKUP_KEEP, "14"),
    /** The program that dumps the database ({@code mariadb-dump} of the server's version), on the PATH or a path. */
    BACKUP_DUMP_COMMAND(Names.BACKUP_DUMP_COMMAND, "mariadb-dump"),
    /**
     * Key that seals the hot reads the server instances keep in the hospital's data grid (at least 32 bytes; a password
     * alias, the same for every instance); unset, nothing is kept in the grid and every read goes to the database.
     */
    CACHE_KEY(Names.CACHE_KEY),
    /**
     * The bearer token Prometheus presents to scrape the node's {@code /metrics} (a password alias in the launcher);
     * unset, the metrics are served to no one.
     */
    METRICS_TOKEN(Names.METRICS_TOKEN);

    private final String key;
    private final String defaultValue;

    HospitalProperty(String key) {
        this(key, null);
    }

    HospitalProperty(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    /** The property's name, e.g. {@code hospital.id}; for a pattern, with its placeholder. */
    public String key() {
        return key;
    }

    /**
     * A pattern property's name for one peer hospital or trusted issuer: {@code part} in place of the placeholder, e.g.
     * {@code hospital.broker.peer.hospB.login}.
     */
    public String key(String part) {
        int open = key.indexOf('<');
        if (open < 0) {
            throw new IllegalArgumentException(key + " is not a pattern: it names no peer or issuer");
        }
        return key.substring(0, open) + part + key.substring(key.indexOf('>', open) + 1);
    }

    /** Whether the name has a placeholder ({@code <id>}, {@code <name>}): one property per peer or issuer. */
    public boolean pattern() {
        return key.indexOf('<') >= 0;
    }

    /** The value the node uses when the property is unset, as written in configuration, or null when it has none. */
    public String defaultValue() {
        return defaultValue;
    }

    /** The property's value; fails with MicroProfile Config's message naming it when it is unset. */
    public <T> T value(Config config, Class<T> type) {
        return config.getValue(key, type);
    }

    /** The property's value, if set. */
    public <T> Optional<T> optionalValue(Config config, Class<T> type) {
        return config.getOptionalValue(key, type);
    }

    /** A pattern property's value for one peer hospital or trusted issuer ({@code part}), if set. */
    public <T> Optional<T> optionalValue(Config config, String part, Class<T> type) {
        return config.getOptionalValue(key(part), type);
    }

    /**
     * The properties' names as compile-time constants, for annotations ({@code @ConfigProperty},
     * {@code @DataSourceDefinition}); each has the identifier of its {@link HospitalProperty} constant.
     */
    public static final class Names {

        public static final String ID = "hospital.id";
        public static final String NAME = "hospital.name";
        public static final String PEERS = "hospital.peers";
        public static final String DB_URL = "hospital.db.url";
        public static final String DB_USER = "hospital.db.user";
        public static final String DB_PASSWORD = "hospital.db.password";
        public static final String DB_OWNER_USER = "hospital.db.owner.user";
        public static final String DB_OWNER_PASSWORD = "hospital.db.owner.password";
        public static final String API_MAX_BODY_BYTES = "hospital.api.max-body-bytes";
        public static final String PUBLIC_URL = "hospital.public-url";
        public static final String BROKER_EMBEDDED = "hospital.broker.embedded";
        public static final String BROKER_PORT = "hospital.broker.port";
        public static final String BROKER_HOST = "hospital.broker.host";
        public static final String BROKER_DATA_DIR = "hospital.broker.data-dir";
        public static final String BROKER_URL = "hospital.broker.url";
        public static final String BROKER_TLS = "hospital.broker.tls";
        public static final String BROKER_KEYSTORE = "hospital.broker.keystore";
        public static final String BROKER_KEYSTORE_PASSWORD = "hospital.broker.keystore-password";
        public static final String BROKER_TRUSTSTORE = "hospital.broker.truststore";
        public static final String BROKER_TRUSTSTORE_PASSWORD = "hospital.broker.truststore-password";
        public static final String BROKER_NODE_PASSWORD = "hospital.broker.node-password";
        public static final String BROKER_PEER_LOGIN = "hospital.broker.peer.<id>.login";
        public static final String BROKER_PEER_ACCOUNT = "hospital.broker.peer.<id>.account";
        public static final String SYNC_SIGNING_KEY = "hospital.sync.signing-key";
        public static final String SYNC_NETWORK_KEYS = "hospital.sync.network-keys";
        public static final String SYNC_ANTI_ENTROPY_MINUTES = "hospital.sync.anti-entropy-minutes";
        public static final String SYNC_ANTI_ENTROPY_SETTLE_SECONDS = "hospital.sync.anti-entropy-settle-seconds";
        public static final String JWT_PRIVATE_KEY_LOCATION = "hospital.jwt.private-key.location";
        public static final String JWT_PUBLIC_KEY_LOCATION = "hospital.jwt.public-key.location";
        public static final String JWT_ISSUER = "hospital.jwt.issuer";
        public static final String JWT_TTL_MINUTES = "hospital.jwt.ttl-minutes";
        public static final String AUTH_RECHECK_SECONDS = "hospital.auth.recheck-seconds";
        public static final String SIGNIN_MAX_FAILURES = "hospital.signin.max-failures";
        public static final String SIGNIN_LOCK_MINUTES = "hospital.signin.lock-minutes";
        public static final String AUTH_ISSUERS = "hospital.auth.issuers";
        public static final String AUTH_ISSUER_ISSUER = "hospital.auth.issuer.<name>.issuer";
        public static final String AUTH_ISSUER_JWKS = "hospital.auth.issuer.<name>.jwks";
        public static final String AUTH_ISSUER_AUDIENCE = "hospital.auth.issuer.<name>.audience";
        public static final String AUTH_ISSUER_USERNAME_CLAIM = "hospital.auth.issuer.<name>.username-claim";
        public static final String AUTH_ISSUER_ROLES_CLAIM = "hospital.auth.issuer.<name>.roles-claim";
        public static final String AUTH_ISSUER_ROLE_MAP = "hospital.auth.issuer.<name>.role-map";
        public static final String AUTH_ISSUER_JWKS_REFRESH_SECONDS = "hospital.auth.issuer.<name>.jwks-refresh-seconds";
        public static final String PASSWORD_PBKDF2_ITERATIONS = "hospital.password.pbkdf2.iterations";
        public static final String DEMO_USERS_FILE = "hospital.demo-users.file";
        public static final String BREAK_GLASS_MINUTES = "hospital.break-glass.minutes";
        public static final String ANALYTICS_PSEUDONYM_KEY = "hospital.analytics.pseudonym-key";
        public static final String AUDIT_CHAIN_KEY = "hospital.audit.chain-key";
        public static final String AUDIT_CHECKPOINT_SECONDS = "hospital.audit.checkpoint-seconds";
        public static final String AUDIT_ANCHOR_WAIT_SECONDS = "hospital.audit.anchor-wait-seconds";
        public static final String BACKUP_DIR = "hospital.backup.dir";
        public static final String BACKUP_KEY = "hospital.backup.key";
        public static final String BACKUP_INTERVAL_MINUTES = "hospital.backup.interval-minutes";
        public static final String BACKUP_KEEP = "hospital.backup.keep";
        public static final String BACKUP_DUMP_COMMAND = "hospital.backup.dump-command";
        public static final String CACHE_KEY = "hospital.cache.key";
        public static final String METRICS_TOKEN = "hospital.metrics.token";

        private Names() {
        }
    }
}
