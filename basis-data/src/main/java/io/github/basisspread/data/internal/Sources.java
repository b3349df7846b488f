package io.github.basisspread.data.internal;

import io.github.basisspread.data.csv.MalformedDataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Re-openable sources: a UTF-8 file, or the single CSV entry of a zip archive.
 */
public final class Sources {

    private Sources() {
    }

    /**
     * A UTF-8 file, decoded strictly so that a wrong encoding fails rather than being replaced.
     *
     * @param file the file
     * @return the source
     */
    public static TableReader.Source file(Path file) {
        return new TableReader.Source() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public Reader open() throws IOException {
                return utf8(Files.newInputStream(file));
            }
        };
    }

    /**
     * A {@code .zip} file read directly through its one {@code .csv} entry, or else the file.
     *
     * @param file a {@code .zip} or a plain file
     * @return the source
     * @throws MalformedDataException if a zip is not a zip or does not hold exactly one .csv entry
     * @throws UncheckedIOException if the zip cannot be read
     */
    public static TableReader.Source fileOrZip(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return file(file);
        }
        List<String> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (!e.isDirectory()) {
                    entries.add(e.getName());
                }
            }
        } catch (ZipException e) {
            throw new MalformedDataException(file.toString(), 0, null, "not a zip archive (" + e.getMessage() + ")", null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (entries.size() != 1 || !entries.get(0).toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new MalformedDataException(file.toString(), 0, null,
                    "expected exactly one .csv entry in the zip but found " + entries, null);
        }
        String entry = entries.get(0);
        return new TableReader.Source() {
            @Override
            public String name() {
                return file + "!/" + entry;
            }

            @Override
            public Reader open() throws IOException {
                ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    if (e.getName().equals(entry)) {
                        return utf8(in);
                    }
                }
                in.close();
                throw new IOException("zip entry " + entry + " disappeared from " + file);
            }
        };
    }

    private static Reader utf8(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }
}
