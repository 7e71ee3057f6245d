package io.dbarch.knowledge.lint;

import io.dbarch.knowledge.sql.SourceText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns command-line paths into lint units. A file is taken as given; a folder contributes its {@code .sql} files
 * (recursively): in Flyway's order when they are Flyway scripts ({@code V1_2__x.sql} by version, then
 * {@code R__x.sql}), else by path. A Flyway {@code X.sql.conf} beside a script is read for
 * {@code executeInTransaction}. Files must be UTF-8; sizes are bounded.
 */
public final class LintInputs {

    public static final long MAX_FILE_BYTES = 64L << 20;
    public static final long MAX_TOTAL_BYTES = 256L << 20;
    public static final int MAX_FILES = 20_000;
    private static final Pattern IN_TRANSACTION = Pattern.compile(
            "(?m)^\\s*executeInTransaction\\s*=\\s*(true|false)\\s*$");

    private LintInputs() {
    }

    /** The units for {@code paths}, in apply order. */
    public static List<LintUnit> load(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new LintInputException("no input: give one or more .sql files or folders of migrations");
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(folder(p));
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new LintInputException(p + ": no such file or folder");
            }
            if (files.size() > MAX_FILES) {
                throw new LintInputException("more than " + MAX_FILES + " input files; lint fewer at a time");
            }
        }
        List<LintUnit> units = new ArrayList<>();
        long total = 0;
        for (Path f : files) {
            SourceText text = read(f);
            total += text.text().length();
            if (total > MAX_TOTAL_BYTES) {
                throw new LintInputException("inputs larger than 256 MB in total; lint fewer files at a time");
            }
            units.add(new LintUnit(text, transactionSetting(f)));
        }
        return units;
    }

    private static List<Path> folder(Path dir) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, 8)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new LintInputException(dir + ": cannot list the folder (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new LintInputException(dir + ": no .sql files in this folder");
        }
        if (files.stream().allMatch(p -> FlywayNames.isFlyway(p.toString()))) {
            return files.stream().sorted(Comparator.comparing(Path::toString, FlywayNames.order())).toList();
        }
        return files;
    }

    private static SourceText read(Path f) {
        try {
            if (Files.size(f) > MAX_FILE_BYTES) {
                throw new LintInputException(f + ": larger than 64 MB; split it or lint a schema-only dump");
            }
            byte[] bytes = Files.readAllBytes(f);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return SourceText.of(f.toString(), text);
        } catch (CharacterCodingException e) {
            throw new LintInputException(f + ": not UTF-8 text; convert it (e.g. iconv -t UTF-8) and retry");
        } catch (IOException e) {
            throw new LintInputException(f + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static Optional<Boolean> transactionSetting(Path script) {
        Path conf = script.resolveSibling(script.getFileName() + ".conf");
        if (!Files.isRegularFile(conf)) {
            return Optional.empty();
        }
        try {
            if (Files.size(conf) > 65_536) {
                throw new LintInputException(conf + ": larger than 64 KB; a Flyway .sql.conf holds a few settings");
            }
            Matcher m = IN_TRANSACTION.matcher(Files.readString(conf, StandardCharsets.UTF_8));
            return m.find() ? Optional.of(Boolean.parseBoolean(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            throw new LintInputException(conf + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
