package org.cpatlas.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's kind is told by its content, whatever its name. */
class FileKindTest {

    @TempDir
    Path dir;

    private static FileKind of(String text) {
        return FileKind.of(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void signaturesOfTheFormatsTheAtlasWritesAndReads() {
        assertThat(of("")).isEqualTo(FileKind.EMPTY);
        assertThat(of("\u0089PNG\r\n\u001A\n....")).isEqualTo(FileKind.PNG);
        assertThat(of("%PDF-1.7\n%âãÏÓ")).isEqualTo(FileKind.PDF);
        assertThat(of("\r\n  junk before %PDF-1.4")).as("readers accept junk before the header").isEqualTo(FileKind.PDF);
        assertThat(of("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">")).isEqualTo(FileKind.SVG);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 's', 'v', 'g', '>'};
        assertThat(FileKind.of(bom)).isEqualTo(FileKind.SVG);
        assertThat(of("SQLite format 3\u0000\u0010\u0000")).isEqualTo(FileKind.SQLITE);
        assertThat(of("{\"code\": \"liupan\"}")).isEqualTo(FileKind.JSON);
        assertThat(of("code,name_zh\nliupan,六盘山区\n")).isEqualTo(FileKind.CSV);
        assertThat(of("code;name\nliupan;x")).isEqualTo(FileKind.CSV);
        assertThat(of("Dear diary,\nno commas on this line")).isEqualTo(FileKind.TEXT);
        assertThat(of("\u007FELF\u0002\u0001")).isEqualTo(FileKind.PROGRAM);
        assertThat(of("#!/bin/sh\necho hi")).isEqualTo(FileKind.PROGRAM);
        assertThat(of("\u0000\u0001\u0002binary")).isEqualTo(FileKind.DATA);
    }

    @Test
    void aShapefileAndItsDbaseTableAreRecognised() {
        byte[] shp = new byte[100];
        shp[2] = 0x27;
        shp[3] = 0x0A;
        shp[28] = (byte) 0xE8;
        shp[29] = 0x03;
        assertThat(FileKind.of(shp)).isEqualTo(FileKind.SHAPEFILE);
        byte[] dbf = new byte[64];
        dbf[0] = 0x03;
        dbf[1] = 125;
        dbf[2] = 11;
        dbf[3] = 25;
        dbf[8] = 65;
        dbf[10] = 20;
        assertThat(FileKind.of(dbf)).isEqualTo(FileKind.DBASE);
    }

    @Test
    void zipArchivesAreToldApartByTheirEntries() throws Exception {
        assertThat(FileKind.of(zip(dir.resolve("book.xlsx"), "[Content_Types].xml", "xl/workbook.xml")))
                .isEqualTo(FileKind.XLSX);
        assertThat(FileKind.of(zip(dir.resolve("atlas.jar"), "META-INF/MANIFEST.MF", "org/A.class")))
                .isEqualTo(FileKind.PROGRAM);
        assertThat(FileKind.of(zip(dir.resolve("photos.zip"), "a.jpg"))).isEqualTo(FileKind.ZIP);
    }

    @Test
    void theNameDoesNotDecide() throws Exception {
        Path db = Files.write(dir.resolve("map.png"), "SQLite format 3\0".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(FileKind.of(db)).isEqualTo(FileKind.SQLITE);
        assertThat(FileKind.PNG.mayReplace(FileKind.SQLITE, "map.png")).isFalse();
        assertThat(FileKind.PNG.mayReplace(FileKind.PNG, "old.dat")).isTrue();
        assertThat(FileKind.PDF.mayReplace(FileKind.EMPTY, "x")).isTrue();
        assertThat(FileKind.CSV.mayReplace(FileKind.TEXT, "one-column.csv")).isTrue();
        assertThat(FileKind.CSV.mayReplace(FileKind.TEXT, "notes.txt")).isFalse();
    }

    private static Path zip(Path file, String... entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(1);
                zip.closeEntry();
            }
        }
        return Files.write(file, bytes.toByteArray());
    }
}
