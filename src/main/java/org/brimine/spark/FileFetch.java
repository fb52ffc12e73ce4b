package org.brimine.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * A document file of any Hadoop-compatible file system (file:, hdfs:, s3a: ...) copied, with its
 * metadata sidecar when there is one, into a local folder as {@code FOLDER/NAME}: its folder's name
 * kept, so the paper's source is {@code papers/NAME} for a corpus file, as in {@code bri ingest}.
 */
final class FileFetch {
  private static final String META_SUFFIX = ".meta.json";

  private FileFetch() {}

  /** Copies {@code uri} under {@code localRoot}; returns the local copy. */
  static Path fetch(String uri, Path localRoot, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
    FileSystem fs = remote.getFileSystem(conf);
    String name = remote.getName();
    String folder = remote.getParent() == null ? "papers" : remote.getParent().getName();
    Path dir = Files.createDirectories(localRoot.resolve(folder.isEmpty() ? "papers" : folder));
    Path local = dir.resolve(name);
    fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      org.apache.hadoop.fs.Path sidecar =
          new org.apache.hadoop.fs.Path(remote.getParent(), name.substring(0, dot) + META_SUFFIX);
      if (fs.exists(sidecar)) {
        fs.copyToLocalFile(false, sidecar,
            new org.apache.hadoop.fs.Path(dir.resolve(sidecar.getName()).toUri()), true);
      }
    }
    return local;
  }
}
