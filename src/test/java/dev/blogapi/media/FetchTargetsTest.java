package dev.blogapi.media;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An import downloads from the public internet only, unless told otherwise. */
class FetchTargetsTest {

    private static List<InetAddress> at(String address) throws Exception {
        return List.of(InetAddress.getByName(address));
    }

    @Test
    void internalAddressesAreRefusedUnlessListed() throws Exception {
        FetchTargets none = new FetchTargets(List.of());
        for (String internal :
                new String[] {
                    "127.0.0.1", "10.1.2.3", "172.16.5.4", "192.168.1.1", "169.254.169.254",
                    "0.0.0.0", "::1", "fe80::1", "fd12:3456::1", "224.0.0.1"
                }) {
            assertNotNull(none.refusal("old.example", at(internal)), internal);
        }
        assertNull(none.refusal("old.example", at("93.184.216.34")));
        assertNotNull(none.refusal("old.example", List.of()), "a name without an address");

        FetchTargets listed = new FetchTargets(List.of(" 127.0.0.1", "Intranet.Example"));
        assertNull(listed.refusal("localhost", at("127.0.0.1")));
        assertNull(listed.refusal("intranet.example", at("10.0.0.7")));
        assertNotNull(listed.refusal("other.example", at("10.0.0.7")));
    }
}
