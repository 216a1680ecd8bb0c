package dev.blogapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Label;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No method of the import pipeline, its sources or the export is longer than 60 lines (from its
 * first to its last line of code, as the compiled classes record them): each engine's mapping stays
 * readable as engines gain fidelity.
 */
class MethodLengthTest {

    private static final int LONGEST = 60;

    @Test
    void importAndExportMethodsAreShort() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (String feature : List.of("importer", "export")) {
            Path classes = Path.of("target/classes/dev/blogapi", feature);
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        tooLong.addAll(longMethodsIn(new ClassReader(in)));
                    }
                }
            }
        }
        assertEquals(List.of(), tooLong, "methods over " + LONGEST + " lines");
    }

    private static List<String> longMethodsIn(ClassReader reader) {
        List<String> found = new ArrayList<>();
        reader.accept(
                new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(
                            int access, String name, String desc, String sig, String[] ex) {
                        return new MethodVisitor(Opcodes.ASM9) {
                            private int first = Integer.MAX_VALUE;
                            private int last = 0;

                            @Override
                            public void visitLineNumber(int line, Label start) {
                                first = Math.min(first, line);
                                last = Math.max(last, line);
                            }

                            @Override
                            public void visitEnd() {
                                // A static initialiser spans the constants spread over a class.
                                if (!name.equals("<clinit>") && last - first + 1 > LONGEST) {
                                    found.add(
                                            reader.getClassName()
                                                    + "."
                                                    + name
                                                    + ": "
                                                    + (last - first + 1));
                                }
                            }
                        };
                    }
                },
                ClassReader.SKIP_FRAMES);
        return found;
    }
}
