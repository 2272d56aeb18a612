package kr.maskportal.platform.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The instances of a cluster telling each other that they stored something, through Payara Micro's own data grid
 * (its Hazelcast, found under JNDI {@code payara/Hazelcast}): one topic, published to after the storing transaction
 * commits. An instance started with {@code --nocluster} (the demo, the tests) is not clustered: it announces
 * nothing, and everything else works as on a single server.
 */
@ApplicationScoped
public class ClusterBus {

    static final String TOPIC = "mask-portal-board-changes";
    private static final Logger LOG = Logger.getLogger(ClusterBus.class.getName());

    @Inject
    @ConfigProperty(name = "portal.cluster.enabled")
    Optional<Boolean> enabled;

    private volatile ITopic<String> topic;

    @PostConstruct
    void join() {
        HazelcastInstance found = lookUp();
        if (found == null) {
            LOG.info("not clustered (Payara Micro --nocluster): this instance polls the feed and follows the database "
                    + "on its own");
            return;
        }
        topic = found.getTopic(TOPIC);
        LOG.info(() -> "cluster: joined the data grid as " + found.getCluster().getLocalMember() + ", members "
                + found.getCluster().getMembers().size());
    }

    /** {@code onChange} runs, on a grid thread, whenever another member announces a change; never without a grid. */
    void listen(Runnable onChange) {
        ITopic<String> current = topic;
        if (current != null) {
            current.addMessageListener(message -> {
                if (!message.getPublishingMember().localMember()) {
                    onChange.run();
                }
            });
        }
    }

    /** Whether this instance is a member of a data grid, so that other instances may run beside it. */
    public boolean isClustered() {
        return topic != null;
    }

    /** After the change is committed (at once when fired outside a transaction); never after a rollback. */
    void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged change) {
        ITopic<String> current = topic;
        if (current == null) {
            return;
        }
        try {
            current.publish(change.what());
        } catch (RuntimeException e) {
            // the others still catch up within seconds on their own: a lost message delays, never loses, a change
            LOG.log(Level.WARNING, "could not tell the cluster about a stored " + change.what(), e);
        }
    }

    /**
     * Payara's grid when this instance clusters. Payara Micro starts a Hazelcast member even with {@code --nocluster},
     * alone; it turns Hazelcast's auto-detection of members off only when clustering is on (then it configures the
     * discovery itself: TCP/IP, multicast, DNS, Kubernetes, its domain), which is what tells the two apart.
     * PORTAL_CLUSTER_ENABLED, when set, decides instead.
     */
    private HazelcastInstance lookUp() {
        try {
            Object found = new InitialContext().lookup("payara/Hazelcast");
            if (!(found instanceof HazelcastInstance instance) || !instance.getLifecycleService().isRunning()) {
                return null;
            }
            boolean clustering = enabled.orElseGet(() ->
                    !instance.getConfig().getNetworkConfig().getJoin().getAutoDetectionConfig().isEnabled());
            return clustering ? instance : null;
        } catch (NamingException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
