package com.linli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** The same request from several threads released together, as two tabs, two phones or a double tap send it. */
final class AtOnce {

    private AtOnce() {
    }

    /** Calls {@code request} with 0 … count - 1, each on its own thread, all at once; the answers in that order. */
    static <T> List<T> send(int count, IntFunction<T> request) {
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> answers = IntStream.range(0, count).mapToObj(i -> executor.submit(() -> {
                start.await();
                return request.apply(i);
            })).toList();
            start.countDown();
            return answers.stream().map(AtOnce::get).toList();
        } finally {
            executor.shutdownNow();
        }
    }

    private static <T> T get(Future<T> answer) {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
