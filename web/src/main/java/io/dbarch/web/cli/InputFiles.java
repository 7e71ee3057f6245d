package io.dbarch.web.cli;

import io.dbarch.knowledge.sql.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads user-named SQL files with limits: regular, readable, UTF-8 (a byte-order mark is dropped), at most
 * {@code maxFileBytes} each and {@code maxTotalBytes} in all. Each failure is a {@link UsageException} whose
 * message names the file and what would work. A file's name in locations is the path as the user gave it.
 */
final class InputFiles {

    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    private final long maxFileBytes;
    private final long maxTotalBytes;

    InputFiles(long maxFileBytes, long maxTotalBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    InputFiles() {
        this(MAX_FILE_BYTES, MAX_TOTAL_BYTES);
    }

    List<SourceText> load(List<String> names) {
        List<SourceText> texts = new ArrayList<>(names.size());
        long total = 0;
        for (String name : names) {
            Path path = pathOf(name);
            long size = checkedSize(name, path);
            total += size;
            if (total > maxTotalBytes) {
                throw new UsageException("the files add up to more than " + megabytes(maxTotalBytes)
                        + "; inspect fewer at a time");
            }
            texts.add(SourceText.of(name, decode(name, read(name, path))));
        }
        return texts;
    }

    private static Path pathOf(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException(name + ": not a valid file path (" + e.getReason() + ")");
        }
    }

    private long checkedSize(String name, Path path) {
        if (!Files.exists(path)) {
            throw new UsageException(name + ": no such file");
        }
        if (Files.isDirectory(path)) {
            throw new UsageException(name + ": is a directory; name the .sql files in it, e.g. " + name + "/*.sql");
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException(name + ": not a regular file");
        }
        if (!Files.isReadable(path)) {
            throw new UsageException(name + ": not readable (permission denied)");
        }
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                throw tooLarge(name);
            }
            return size;
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
    }

    private byte[] read(String name, Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            if (bytes.length > maxFileBytes) {
                throw tooLarge(name); // grew after the size check
            }
            return bytes;
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
    }

    static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new UsageException(name + ": not UTF-8 text (invalid byte at offset " + in.position()
                    + "); convert it first, e.g. iconv -f LATIN1 -t UTF-8");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private UsageException tooLarge(String name) {
        return new UsageException(name + ": larger than the " + megabytes(maxFileBytes)
                + " limit per file; split it or inspect the part in question");
    }

    private static UsageException cannotRead(String name, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new UsageException(name + ": cannot read (" + reason + ")");
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
