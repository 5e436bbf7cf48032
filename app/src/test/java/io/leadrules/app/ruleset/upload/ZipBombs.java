package io.leadrules.app.ruleset.upload;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A valid zip of one entry of zeros, gigabytes of them, built in well under a second: one megabyte of zeros is
 * deflated once and the compressed block repeated (a full flush makes each copy independent of the ones before).
 * {@code ZipOutputStream} would take some ten seconds to deflate a real gigabyte; {@code unzip -t} accepts this one.
 */
final class ZipBombs {

    private static final int MEGABYTE = 1024 * 1024;
    private static final short VERSION = 20;
    private static final short UTF8_NAMES = 0x0800;
    private static final short DEFLATED = 8;

    private ZipBombs() {
    }

    static byte[] zeros(String name, int megabytes) {
        byte[] block = deflated(new byte[MEGABYTE], Deflater.FULL_FLUSH);
        byte[] end = deflated(new byte[0], Deflater.NO_FLUSH);
        long compressed = (long) block.length * megabytes + end.length;
        long size = (long) megabytes * MEGABYTE;
        byte[] entryName = name.getBytes(StandardCharsets.UTF_8);
        int crc = crcOfZeros(megabytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header(30, 0x04034b50).putShort(VERSION).putShort(UTF8_NAMES).putShort(DEFLATED).putInt(0)
                .putInt(crc).putInt((int) compressed).putInt((int) size).putShort((short) entryName.length)
                .putShort((short) 0).array());
        out.writeBytes(entryName);
        for (int i = 0; i < megabytes; i++) {
            out.writeBytes(block);
        }
        out.writeBytes(end);
        int directory = out.size();
        out.writeBytes(header(46, 0x02014b50).putShort(VERSION).putShort(VERSION).putShort(UTF8_NAMES)
                .putShort(DEFLATED).putInt(0).putInt(crc).putInt((int) compressed).putInt((int) size)
                .putShort((short) entryName.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt(0).array());
        out.writeBytes(entryName);
        int directorySize = out.size() - directory;
        out.writeBytes(header(22, 0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1)
                .putShort((short) 1).putInt(directorySize).putInt(directory).putShort((short) 0).array());
        return out.toByteArray();
    }

    private static ByteBuffer header(int length, int signature) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN).putInt(signature);
    }

    /** Raw deflate of the input: a full flush leaves a byte-aligned, self-contained run; NO_FLUSH + finish ends it. */
    private static byte[] deflated(byte[] input, int flush) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(input);
        if (flush == Deflater.NO_FLUSH) {
            deflater.finish();
        }
        byte[] buffer = new byte[64 * 1024];
        int length = deflater.deflate(buffer, 0, buffer.length, flush);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }

    private static int crcOfZeros(int megabytes) {
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[MEGABYTE];
        for (int i = 0; i < megabytes; i++) {
            crc.update(zeros);
        }
        return (int) crc.getValue();
    }
}
