package org.brimine.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3 description of the server, {@code openapi.json} beside this class: kept by hand
 * and checked against the routes by a test (every route described, every described route
 * answers).
 */
final class OpenApi {
  private static final String RESOURCE = "openapi.json";

  private OpenApi() {}

  /** The description as JSON text. */
  static String json() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + RESOURCE + " beside "
            + OpenApi.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
