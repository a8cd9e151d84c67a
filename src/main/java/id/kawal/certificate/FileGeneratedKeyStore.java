package id.kawal.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The generated key in a folder: {@value #KEYSTORE} with its random password in {@value #PASSWORD} beside it, both
 * owner-only where the file system has POSIX permissions. For tools and tests that run without a database; the
 * application keeps its key in the database ({@link DatabaseGeneratedKeyStore}).
 */
public class FileGeneratedKeyStore implements GeneratedKeyStore {

    public static final String KEYSTORE = "kawal-signing.p12";
    public static final String PASSWORD = "kawal-signing.password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;

    public FileGeneratedKeyStore(Path directory) {
        this.directory = directory;
    }

    @Override
    public Optional<Stored> load() {
        Path keystore = directory.resolve(KEYSTORE);
        if (!Files.exists(keystore)) {
            return Optional.empty();
        }
        return Optional.of(read(keystore));
    }

    private Stored read(Path keystore) {
        Path passwordFile = directory.resolve(PASSWORD);
        if (!Files.isRegularFile(passwordFile)) {
            throw new IllegalStateException("Signing keystore " + keystore.toAbsolutePath() + " exists but its "
                    + "password file " + passwordFile.toAbsolutePath() + " is missing; restore it, or move the "
                    + "keystore away to have a new key generated");
        }
        try {
            return new Stored(Files.readAllBytes(keystore), Files.readString(passwordFile, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + keystore.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Stored storeIfAbsent(Stored candidate) {
        Path keystore = directory.resolve(KEYSTORE);
        try {
            createOwnerOnlyDirectories(directory);
            // one process at a time: two instances starting together must not generate two different keys
            try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                if (Files.exists(keystore)) {
                    return read(keystore);
                }
                // the password first: a keystore never exists without it (a crash in between only leaves a stale
                // password, overwritten by the next generation)
                writeOwnerOnly(directory.resolve(PASSWORD), (candidate.password() + "\n").getBytes(StandardCharsets.UTF_8), true);
                writeOwnerOnly(keystore, candidate.pkcs12(), false);
                return candidate;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the signing key under " + directory.toAbsolutePath()
                    + " (or set kawal.signing.keystore): " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return directory.resolve(KEYSTORE).toAbsolutePath() + " (password in " + directory.resolve(PASSWORD).toAbsolutePath() + ")";
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void createOwnerOnlyDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        } else {
            Files.createDirectories(directory);
        }
    }

    /** Writes {@code target} through a temporary file and a move, owner-only where POSIX permissions exist. */
    private static void writeOwnerOnly(Path target, byte[] content, boolean replace) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        FileAttribute<?>[] attributes = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(parent, target.getFileName().toString(), ".tmp", attributes);
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC)) {
                out.write(content);
            }
            StandardCopyOption[] options = replace
                    ? new StandardCopyOption[] {StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING}
                    : new StandardCopyOption[] {StandardCopyOption.ATOMIC_MOVE};
            try {
                Files.move(temporary, target, options);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, Arrays.stream(options)
                        .filter(o -> o != StandardCopyOption.ATOMIC_MOVE).toArray(StandardCopyOption[]::new));
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException(target + " appeared while generating the signing key; start again", e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
