package io.leadrules.app.lead;

import java.util.List;

/**
 * One page of a list: {@code page} counts from 0 (null when the page was asked for by {@code cursor}), {@code total}
 * is the number of items on all pages, {@code next} links the following page by cursor (null on the last page, and
 * on lists without cursors).
 */
record ResultPage<T>(List<T> items, Integer page, int size, long total, String next) {

    ResultPage(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    ResultPage<T> withNext(String link) {
        return new ResultPage<>(items, page, size, total, link);
    }
}
