package io.propgov.governance.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 signatures over a report, with the JDK's own {@code java.security}: a private key in
 * PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}) signs, a public key in X.509
 * SubjectPublicKeyInfo PEM ({@code -----BEGIN PUBLIC KEY-----}) checks.
 */
final class Signing {

  /** The signature algorithm, as the JDK and the receipt name it. */
  static final String ALGORITHM = "Ed25519";

  private Signing() {}

  /** Reads an Ed25519 private key, or stops with a message naming the file and the option. */
  static PrivateKey privateKey(Path file, String option) {
    return key(file, option, "private key in PKCS#8", "PRIVATE KEY",
        der -> KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der)));
  }

  /** Reads an Ed25519 public key, or stops with a message naming the file and the option. */
  static PublicKey publicKey(Path file, String option) {
    return key(file, option, "public key in X.509", "PUBLIC KEY",
        der -> KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der)));
  }

  /** Makes a key of the DER bytes of a PEM block. */
  private interface KeyReader<K> {
    K read(byte[] der) throws GeneralSecurityException;
  }

  /**
   * Reads a key from the PEM block of the given type, or stops with a message naming the file, the
   * option and the kind of key expected.
   */
  private static <K> K key(Path file, String option, String kind, String type, KeyReader<K> reader) {
    byte[] der = pem(file, type, option);
    try {
      return reader.read(der);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new GovernanceCli.UsageError(option + " " + file + ": not an Ed25519 " + kind + " PEM"
          + " (-----BEGIN " + type + "-----): " + e.getMessage());
    }
  }

  /** Signs the UTF-8 bytes of a text; returns the signature in Base64. */
  static String sign(PrivateKey key, String text) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(key);
      signature.update(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new GovernanceCli.UsageError("cannot sign with the key given: " + e.getMessage());
    }
  }

  /** Whether a Base64 signature is the key's over the UTF-8 bytes of a text; false when it is not Base64. */
  static boolean verify(PublicKey key, String text, String base64) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initVerify(key);
      signature.update(text.getBytes(StandardCharsets.UTF_8));
      return signature.verify(Base64.getDecoder().decode(base64));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Writes a key in PEM: its DER encoding in Base64, 64 characters a line, between the labels. */
  static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der) + "\n-----END " + label + "-----\n";
  }

  private static byte[] pem(Path file, String label, String option) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new GovernanceCli.UsageError(option + ": cannot read " + file + ": " + e.getMessage());
    }
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = text.indexOf(begin);
    int to = from < 0 ? -1 : text.indexOf(end, from);
    if (to < 0) {
      throw new GovernanceCli.UsageError(option + " " + file + ": no PEM block " + begin + " ... " + end);
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw new GovernanceCli.UsageError(option + " " + file + ": the PEM block is not Base64: " + e.getMessage());
    }
  }
}
