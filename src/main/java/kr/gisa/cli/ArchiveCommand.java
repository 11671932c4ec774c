package kr.gisa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.archive.ArchiveStatus;
import kr.gisa.core.archive.PushStats;
import kr.gisa.core.archive.SolrArchive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "archive", mixinStandardHelpOptions = true,
        description = {"A shared archive in SolrCloud: create it, push a library into it, see its state.",
                "The archive URL is a Solr node's base URL plus the collection,",
                "e.g. http://host:8983/solr/news.",
                "Several comma-separated node URLs of one cluster fail over in order.",
                "search, show, brief and snapshot take --archive URL to read the archive.",
                "Every Solr node needs target/gisa-solr-plugin.jar in its lib folder (see README)."},
        subcommands = {ArchiveCommand.Create.class, ArchiveCommand.Push.class, ArchiveCommand.Status.class,
                CommandLine.HelpCommand.class})
final class ArchiveCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new UserException("name an archive command: create, push or status (try 'gisa archive --help')");
    }

    /** The required {@code --archive URL} of the archive commands. */
    static final class Url {
        @Option(names = "--archive", paramLabel = "URL", required = true,
                description = "The archive, e.g. http://host:8983/solr/news (several comma-separated node URLs fail over).")
        String url;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create the archive's collection and wait until every replica is active.",
                    "The configset shipped with Gisa holds the schema, the analysis chain, the user dictionary and",
                    "the synonyms: the same as the embedded index."})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Url archive = new Url();
        @Option(names = "--shards", paramLabel = "N", defaultValue = "2", description = "Shards (default: ${DEFAULT-VALUE}).")
        int shards;
        @Option(names = "--replicas", paramLabel = "N", defaultValue = "2", description = "Replicas of each shard (default: ${DEFAULT-VALUE}).")
        int replicas;

        @Override
        public Integer call() {
            try (SolrArchive a = SolrArchive.create(archive.url, shards, replicas)) {
                PrintWriter out = spec.commandLine().getOut();
                out.println("created " + a.collection() + ": " + shards + (shards == 1 ? " shard" : " shards") + " × "
                        + replicas + (replicas == 1 ? " replica" : " replicas") + " at " + a.url());
                out.flush();
            } catch (ArchiveException e) {
                throw new UserException(e.getMessage());
            }
            return 0;
        }
    }

    @Command(name = "push", mixinStandardHelpOptions = true,
            description = {"Send the library's new and changed articles to the archive, with a progress bar.",
                    "Resumable: pushing again sends only what changed; an interrupted push is completed by the next one.",
                    "Images stay in the library. The library is only read."})
    static final class Push implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Mixin
        Url archive = new Url();
        @Option(names = "--prune", description = "Also delete from the archive the articles the library no longer has.")
        boolean prune;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            var lib = IndexCommand.existing(library.library());
            try (SolrArchive a = ArchiveOption.open(archive.url); StopOnInterrupt stop = StopOnInterrupt.install()) {
                ProgressBar bar = new ProgressBar(err, 0);
                PushStats s;
                try {
                    s = a.push(lib, bar, prune, stop); // Ctrl+C: stop after the article being sent, then the summary
                } finally {
                    bar.finish();
                }
                for (String p : s.problems()) err.println("gisa: note: " + p);
                err.flush();
                PrintWriter out = spec.commandLine().getOut();
                out.println(s.summary() + " to " + a.url());
                out.flush();
                if (s.stopped()) {
                    err.println("gisa: stopped on request; pushing again sends the rest");
                    err.flush();
                }
            } catch (ArchiveException e) {
                throw new UserException(e.getMessage());
            }
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show the archive's shards and replicas (state, leader, node, documents), live nodes and number of articles.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Url archive = new Url();
        @Option(names = "--json", description = "Print the status as one JSON line.")
        boolean json;

        @Override
        public Integer call() {
            ArchiveStatus s;
            try (SolrArchive a = ArchiveOption.open(archive.url)) {
                s = a.status();
            } catch (ArchiveException e) {
                throw new UserException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? json(s) + "\n" : text(s));
            out.flush();
            return 0;
        }
    }

    static String text(ArchiveStatus s) {
        StringBuilder sb = new StringBuilder();
        sb.append("archive ").append(s.url()).append(": ").append(s.articles()).append(s.articles() == 1 ? " article" : " articles")
                .append(", ").append(s.shards().size()).append(s.shards().size() == 1 ? " shard" : " shards")
                .append(s.healthy() ? ", healthy" : ", DEGRADED").append('\n');
        for (ArchiveStatus.Shard shard : s.shards()) {
            sb.append("  ").append(shard.name()).append(" (").append(shard.state())
                    .append(shard.served() ? "" : ", no active leader").append(")\n");
            for (ArchiveStatus.ReplicaState r : shard.replicas()) {
                sb.append(String.format("    %-12s %-10s %-6s %-28s %s%n", r.name(), r.state(), r.leader() ? "leader" : "",
                        r.node(), r.docs() < 0 ? "-" : r.docs() + " docs"));
            }
        }
        sb.append("live nodes (").append(s.liveNodes().size()).append("): ").append(String.join(", ", s.liveNodes())).append('\n');
        return sb.toString();
    }

    static String json(ArchiveStatus s) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("url", s.url());
        root.put("collection", s.collection());
        root.put("articles", s.articles());
        root.put("healthy", s.healthy());
        ArrayNode live = root.putArray("live_nodes");
        s.liveNodes().forEach(live::add);
        ArrayNode shards = root.putArray("shards");
        for (ArchiveStatus.Shard shard : s.shards()) {
            ObjectNode o = shards.addObject();
            o.put("name", shard.name());
            o.put("state", shard.state());
            ArrayNode replicas = o.putArray("replicas");
            for (ArchiveStatus.ReplicaState r : shard.replicas()) {
                ObjectNode ro = replicas.addObject();
                ro.put("name", r.name());
                ro.put("node", r.node());
                ro.put("state", r.state());
                ro.put("leader", r.leader());
                if (r.docs() < 0) ro.putNull("docs");
                else ro.put("docs", r.docs());
            }
        }
        return root.toString();
    }
}
