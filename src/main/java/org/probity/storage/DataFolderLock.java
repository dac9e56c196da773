package org.probity.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes one Probity the only writer of a data folder. The lock is held by the operating system on
 * {@code probity.lock}, so it is let go even when Probity is killed, and a second Probity (in this
 * or another process) is told plainly instead of meeting the database's own locking error.
 */
public final class DataFolderLock implements AutoCloseable {

    public static final String FILE_NAME = "probity.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder, or throws {@link DatabaseInUseException} when another Probity has it. */
    public static DataFolderLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StorageException("The data folder " + dataDir + " cannot be written to (" + e.getMessage()
                    + "). Choose a folder you can write to with --data-dir.", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw new DatabaseInUseException(dataDir);
            }
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DatabaseInUseException(dataDir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException("The data folder " + dataDir + " could not be locked for Probity's use ("
                    + e.getMessage() + ").", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was locked through it
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException ignored) {
            // closing the channel lets the lock go in any case
        }
    }
}
