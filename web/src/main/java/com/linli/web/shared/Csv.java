package com.linli.web.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Lists as CSV for spreadsheets: UTF-8 with a byte-order mark, which is how Excel knows the file is
 * UTF-8 and shows Chinese correctly; the quoting is Commons CSV's.
 */
public final class Csv {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private Csv() {
    }

    /** A name typed by a member may start like a formula; a spreadsheet must show it, not run it. */
    private static Object inert(Object value) {
        return value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                ? "'" + text : value;
    }

    public static ResponseEntity<byte[]> download(String filename, List<String> header, List<List<?>> rows) {
        var text = new StringBuilder(BYTE_ORDER_MARK);
        try (var printer = new CSVPrinter(text, CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (var row : rows) {
                printer.printRecord(row.stream().map(Csv::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(TEXT_CSV).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
