package org.probity.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:fulldisk:…}) over the real disk whose writes fail, as on a full
 * disk, while {@link #full} is set: every write the database makes meets the error the operating
 * system would give.
 */
public final class FullDiskFilePath extends FilePathWrapper {

    static volatile boolean full;

    static void register() {
        FilePath.register(new FullDiskFilePath());
    }

    @Override
    public String getScheme() {
        return "fulldisk";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    private static final class Channel extends FileBase {
        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        private static void refuseWhenFull() throws IOException {
            if (full) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            refuseWhenFull();
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            refuseWhenFull();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            refuseWhenFull();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuseWhenFull();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
