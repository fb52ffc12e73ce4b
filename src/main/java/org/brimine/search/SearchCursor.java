package org.brimine.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Where a page of hits ended: the search continues after it ({@code searchAfter}), however deep,
 * without counting through the hits before it. A cursor is a token to the client, opaque; it
 * holds the order and a checksum of the search it was made by, the last hit's rank, id, score,
 * doc id and, in a sorted order, its sort value.
 *
 * <p>NOTE: on the index version that made it, the search continues exactly after the page's
 * last hit: by its sort values, which end in the unique record id ({@link SortOrder}), or by
 * relevance by its score, ties by doc id. Inside the re-ranked window ({@link Ranker#WINDOW})
 * the top is ranked again and the hit found by id. When the index changed in between (a
 * commit, a merge), scores, citation counts and doc ids may have moved: the record is looked
 * up by id and the search continues after its place in the order now; when it matches no more,
 * after the values the cursor holds.
 */
public final class SearchCursor {
  private static final String VERSION = "c1";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final int FIELDS = 9;

  private final SortOrder sort;
  private final String search;
  private final long version;
  private final long rank;
  private final float score;
  private final int doc;
  private final long value;
  private final String id;

  SearchCursor(SortOrder sort, String search, long version, long rank, float score, int doc,
      long value, String id) {
    this.sort = sort;
    this.search = search;
    this.version = version;
    this.rank = rank;
    this.score = score;
    this.doc = doc;
    this.value = value;
    this.id = id;
  }

  /**
   * The cursor a client sent back.
   *
   * @throws IllegalArgumentException quoting the token, when it is not one this server made
   */
  public static SearchCursor parse(String token) {
    String[] f;
    try {
      f = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8)
          .split("\n", FIELDS);
    } catch (IllegalArgumentException e) {
      throw invalid(token, "not base64url");
    }
    if (f.length != FIELDS || !f[0].equals(VERSION)) {
      throw invalid(token, "not a cursor of this server");
    }
    try {
      SortOrder sort = SortOrder.named(f[1]);
      long version = Long.parseLong(f[3]);
      long rank = Long.parseLong(f[4]);
      float score = Float.intBitsToFloat(Integer.parseUnsignedInt(f[5], 16));
      int doc = Integer.parseInt(f[6]);
      if (rank >= 0 && doc >= 0 && !f[8].isEmpty()) {
        return new SearchCursor(sort, f[2], version, rank, score, doc, Long.parseLong(f[7]),
            f[8]);
      }
    } catch (IllegalArgumentException e) {
      // a number or an order that does not read: as if a field were missing
    }
    throw invalid(token, "not a cursor of this server");
  }

  private static IllegalArgumentException invalid(String token, String why) {
    return new IllegalArgumentException("cursor '" + token + "' is invalid (" + why + "): pass "
        + "the cursor of the previous page as it came, with the same search");
  }

  /** The token the client sends back to have the page after this one. */
  public String token() {
    String text = String.join("\n", VERSION, sort.label(), search, Long.toString(version),
        Long.toString(rank),
        Integer.toHexString(Float.floatToRawIntBits(score)), Integer.toString(doc),
        Long.toString(value), id);
    return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return token();
  }

  /**
   * The checksum of a search, to refuse a cursor made by another: its query, filters and order.
   */
  static String checksum(SearchRequest request) {
    CRC32 crc = new CRC32();
    crc.update((request.sort().label() + "\n" + request.syntax())
        .getBytes(StandardCharsets.UTF_8));
    return String.format(Locale.ROOT, "%08x", crc.getValue());
  }

  /**
   * Checks that this cursor continues {@code request}.
   *
   * @throws IllegalArgumentException quoting the token, when another search made it
   */
  void checkContinues(SearchRequest request) {
    if (sort != request.sort()) {
      throw new IllegalArgumentException("cursor '" + token() + "' continues a search sorted by "
          + sort.label() + ", not " + request.sort().label());
    }
    if (!search.equals(checksum(request))) {
      throw new IllegalArgumentException("cursor '" + token() + "' continues another search: "
          + "the query and filters must stay as they were on the first page");
    }
  }

  SortOrder sort() {
    return sort;
  }

  /** The version of the index the page was read from. */
  long version() {
    return version;
  }

  /** The rank of the page's last hit, from 0. */
  long rank() {
    return rank;
  }

  float score() {
    return score;
  }

  int doc() {
    return doc;
  }

  /** The last hit's value of the order's first sort field; 0 by relevance. */
  long value() {
    return value;
  }

  /** The id of the page's last hit. */
  String id() {
    return id;
  }
}
