package org.xueji.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

class TourTest {

    @Test
    void registersItsStudentAndPrintsOnlyMaskedNumbers() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Student student = Tour.run(new InMemoryStorage(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(student.status()).isEqualTo(RegistrationStatus.REGISTERED);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains(student.registryNumber().masked())
                .doesNotContain("340111202003150011");
    }
}
