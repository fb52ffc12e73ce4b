package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What {@code bri serve} says about the address it binds. */
class ServeCommandTest {
  @Test
  void warnsThatAServerReachableFromOtherMachinesHasNoAuthentication() throws Exception {
    for (String host : new String[] {"0.0.0.0", "::"}) {
      String warning = ServeCommand.exposure(host).orElseThrow();
      assertTrue(warning.contains("--host " + host), warning);
      assertTrue(warning.contains("no authentication"), warning);
    }
  }

  @Test
  void saysNothingForALoopbackAddress() throws Exception {
    for (String host : new String[] {"127.0.0.1", "localhost", "::1"}) {
      assertEquals(Optional.empty(), ServeCommand.exposure(host), host);
    }
  }
}
