package id.kawal.system;

import java.util.List;

/**
 * One page of someone's open tasks: the rows of this page and how many there are in all, so a
 * list stays one page long however many tasks wait.
 *
 * @param page  0 for the first page
 * @param total all the open tasks, on every page; a row whose task was completed while the page
 *              was put together is left out, so a page may hold fewer rows than the count suggests
 */
public record InboxPage<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Refuses a page number below 0 or a size outside 1 to {@value #MAX_SIZE} (400, naming the parameter). */
    public static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "paging.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "paging.size", 1, MAX_SIZE);
        }
    }

    /** The index of the page's first row, or -1 when the page lies beyond any number of rows the engine can page to. */
    public static int first(int page, int size) {
        long first = (long) page * size;
        return first > Integer.MAX_VALUE ? -1 : (int) first;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long totalPages() {
        return (total + size - 1) / size;
    }
}
