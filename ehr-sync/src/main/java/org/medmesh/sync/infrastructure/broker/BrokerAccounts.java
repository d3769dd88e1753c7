package org.medmesh.sync.infrastructure.broker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.Subject;

import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.apache.activemq.artemis.utils.CertificateUtil;

/**
 * Who may sign in to this hospital's broker: the node itself ({@value BrokerPermissions#NODE}) and one account per peer
 * hospital, named by its id ({@value BrokerPermissions#PEER}). Nobody else — no anonymous sign-in, no default account.
 * Over the network, an account is accepted only with the TLS client certificate of its owner (common name = the peer's
 * id, or this hospital's own for the node account), so a stolen password alone opens nothing; in-VM, only the node's
 * account exists. What each role may do is {@link BrokerPermissions}.
 */
final class BrokerAccounts implements ActiveMQSecurityManager5 {

    private static final Logger LOG = Logger.getLogger(BrokerAccounts.class.getName());

    private record Account(byte[] password, String role) {
    }

    private final Map<String, Account> accounts = new HashMap<>();
    private final String hospital;
    private final boolean tls;

    BrokerAccounts(String hospital, String nodeUser, String nodePassword, ChannelSecurity channel) {
        this.hospital = hospital;
        this.tls = channel.tls();
        accounts.put(nodeUser, new Account(bytes(nodePassword), BrokerPermissions.NODE));
        channel.accounts().forEach((peer, password) -> {
            if (password != null && !password.isBlank() && !peer.equals(nodeUser)) {
                accounts.put(peer, new Account(bytes(password), BrokerPermissions.PEER));
            }
        });
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String domain) {
        Account account = user == null ? null : accounts.get(user);
        if (account == null || password == null || !MessageDigest.isEqual(account.password(), bytes(password))) {
            return refused(user, connection, "unknown account or wrong password");
        }
        boolean inVm = connection != null && connection.getTransportConnection() instanceof InVMConnection;
        if (inVm && !BrokerPermissions.NODE.equals(account.role())) {
            return refused(user, connection, "peers connect over the network only");
        }
        if (tls && !inVm) {
            String expected = BrokerPermissions.PEER.equals(account.role()) ? user : hospital;
            String presented = commonName(connection == null
                    ? null
                    : CertificateUtil.getCertsFromConnection(connection));
            if (!expected.equals(presented)) {
                return refused(user, connection, "its TLS certificate names " + presented + ", not " + expected);
            }
        }
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        subject.getPrincipals().add(new RolePrincipal(account.role()));
        return subject;
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == null) {
            return false;
        }
        Set<String> held = subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName)
                .collect(Collectors.toSet());
        for (Role role : roles) {
            if (held.contains(role.getName()) && checkType.hasRole(role)) {
                return true;
            }
        }
        LOG.warning(() -> "Broker refused " + checkType + " on " + address + " to account "
                + getUserFromSubject(subject));
        return false;
    }

    @Override
    public boolean validateUser(String user, String password) {
        return false;
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return false;
    }

    private static Subject refused(String user, RemotingConnection connection, String why) {
        LOG.warning(() -> "Broker refused a sign-in as " + (user == null ? "(anonymous)" : user) + " from "
                + (connection == null ? "?" : connection.getRemoteAddress()) + ": " + why);
        return null;
    }

    private static String commonName(X509Certificate[] chain) {
        if (chain == null || chain.length == 0) {
            return null;
        }
        try {
            for (Rdn rdn : new LdapName(chain[0].getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
