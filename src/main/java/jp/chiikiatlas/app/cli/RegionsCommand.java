package jp.chiikiatlas.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "regions", description = "List the regions in the cache.")
public final class RegionsCommand implements Callable<Integer> {
    @Mixin
    CacheOption cache;

    @Override
    public Integer call() throws Exception {
        throw new UnsupportedOperationException("not yet");
    }
}
