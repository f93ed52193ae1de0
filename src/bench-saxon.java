// npm run bench's reference run of the project's stylesheets on Saxon-HE for Java (see src/bench-reference.ts):
// one JVM for every task. Arguments: a task file and a number of threads. Each line of the task file is
//   <stylesheet> TAB <source> TAB <output> TAB <group> [TAB <name>=<value>] …
// with \\, \t, \n and \r escaped in every field. Each distinct stylesheet is compiled once. Tasks of one
// non-empty group (the corpus pages) run one after the other in one thread on the source parsed once, as a
// worker of the project's pool does; every other task parses its own source, as the project's do. Prints one
// line of JSON: the times (compile, run), the tasks, those that failed with the first error of each
// stylesheet, the messages (xsl:message) the stylesheets gave, and Saxon's version.
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.MessageListener;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

class SaxonDriver {
  static final class Task {
    String sheet, source, output, group;
    Map<QName, XdmValue> params = new HashMap<>();
  }

  static final AtomicInteger failed = new AtomicInteger();
  static final AtomicInteger messages = new AtomicInteger();
  static final Map<String, String> firstError = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
    int threads = Integer.parseInt(args[1]);
    Processor processor = new Processor(false);
    List<Task> tasks = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty()) continue;
      String[] f = line.split("\t", -1);
      Task t = new Task();
      t.sheet = unescape(f[0]);
      t.source = unescape(f[1]);
      t.output = unescape(f[2]);
      t.group = unescape(f[3]);
      for (int i = 4; i < f.length; i++) {
        String p = unescape(f[i]);
        int eq = p.indexOf('=');
        t.params.put(new QName(p.substring(0, eq)), new XdmAtomicValue(p.substring(eq + 1), ItemType.UNTYPED_ATOMIC));
      }
      tasks.add(t);
    }
    long started = System.nanoTime();
    Map<String, XsltExecutable> sheets = new HashMap<>();
    Map<String, String> compileErrors = new LinkedHashMap<>();
    for (Task t : tasks) {
      if (sheets.containsKey(t.sheet) || compileErrors.containsKey(t.sheet)) continue;
      try {
        sheets.put(t.sheet, processor.newXsltCompiler().compile(new StreamSource(new File(t.sheet))));
      } catch (Exception e) {
        compileErrors.put(t.sheet, String.valueOf(e.getMessage()));
      }
    }
    long compiled = System.nanoTime();
    // The groups first (the longest tasks), then the rest in their order.
    Map<String, List<Task>> groups = new LinkedHashMap<>();
    List<List<Task>> jobs = new ArrayList<>();
    for (Task t : tasks) {
      if (t.group.isEmpty()) continue;
      groups.computeIfAbsent(t.group, g -> new ArrayList<>()).add(t);
    }
    jobs.addAll(groups.values());
    for (Task t : tasks) if (t.group.isEmpty()) jobs.add(List.of(t));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (List<Task> job : jobs) futures.add(pool.submit(() -> runJob(processor, sheets, job)));
    for (Future<?> f : futures) f.get();
    pool.shutdown();
    long finished = System.nanoTime();
    StringBuilder out = new StringBuilder();
    out.append("{\"version\":").append(quote(processor.getSaxonProductVersion()));
    out.append(",\"compileMs\":").append((compiled - started) / 1e6);
    out.append(",\"runMs\":").append((finished - compiled) / 1e6);
    out.append(",\"tasks\":").append(tasks.size());
    out.append(",\"failed\":").append(failed.get());
    out.append(",\"messages\":").append(messages.get());
    out.append(",\"compileErrors\":").append(json(compileErrors));
    out.append(",\"firstErrors\":").append(json(new LinkedHashMap<>(firstError)));
    out.append("}");
    System.out.println(out);
  }

  static void runJob(Processor processor, Map<String, XsltExecutable> sheets, List<Task> job) {
    XdmNode shared = null;
    for (Task t : job) {
      XsltExecutable sheet = sheets.get(t.sheet);
      if (sheet == null) {
        failed.incrementAndGet();
        continue;
      }
      try {
        Xslt30Transformer transformer = sheet.load30();
        transformer.setMessageListener((MessageListener) (content, terminate, locator) -> messages.incrementAndGet());
        transformer.setStylesheetParameters(t.params);
        File output = new File(t.output);
        output.getParentFile().mkdirs();
        if (t.group.isEmpty()) transformer.transform(new StreamSource(new File(t.source)), transformer.newSerializer(output));
        else {
          if (shared == null) shared = processor.newDocumentBuilder().build(new File(t.source));
          transformer.setGlobalContextItem(shared);
          transformer.applyTemplates(shared, transformer.newSerializer(output));
        }
      } catch (Exception e) {
        failed.incrementAndGet();
        firstError.putIfAbsent(new File(t.sheet).getName(), String.valueOf(e.getMessage()));
      }
    }
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
    }
    return b.toString();
  }

  static String json(Map<String, String> m) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, String> e : m.entrySet()) {
      if (b.length() > 1) b.append(',');
      b.append(quote(e.getKey())).append(':').append(quote(e.getValue()));
    }
    return b.append('}').toString();
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
