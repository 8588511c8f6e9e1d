package id.musrenflow.proposal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** processes/masa-berlaku-usulan.bpmn with the engine clock moved: the usulan expires only once its validity passed. */
@Deployment(resources = "processes/masa-berlaku-usulan.bpmn")
class MasaBerlakuUsulanProcessTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final LocalDate VALID_UNTIL = LocalDate.of(2033, 12, 31);

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    private final List<Object> expired = new ArrayList<>();

    @BeforeEach
    void registerBeans() {
        Mocks.register("tandaiKadaluarsaDelegate",
                (JavaDelegate) execution -> expired.add(execution.getVariable(MasaBerlakuUsulanProcess.Var.USULAN_ID)));
        ClockUtil.setCurrentTime(at(VALID_UNTIL.minusYears(2)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atTime(9, 0).atZone(WIB).toInstant());
    }

    @Test
    void the_usulan_expires_the_day_after_its_validity_ends_and_not_before() {
        ProcessInstance timer = runtimeService().startProcessInstanceByKey(MasaBerlakuUsulanProcess.KEY,
                "U-2032-3375011002-0007", Map.of(MasaBerlakuUsulanProcess.Var.USULAN_ID, 7L,
                        MasaBerlakuUsulanProcess.Var.BATAS_BERLAKU,
                        Date.from(VALID_UNTIL.plusDays(1).atStartOfDay(WIB).toInstant())));
        assertThat(timer).isWaitingAt(MasaBerlakuUsulanProcess.EVENT_EXPIRY);

        ClockUtil.setCurrentTime(at(VALID_UNTIL));
        assertThat(managementService().createJobQuery().duedateLowerThan(ClockUtil.getCurrentTime()).count()).isZero();

        ClockUtil.setCurrentTime(at(VALID_UNTIL.plusDays(1)));
        managementService().createJobQuery().duedateLowerThan(ClockUtil.getCurrentTime()).list()
                .forEach(job -> managementService().executeJob(job.getId()));

        assertThat(expired).containsExactly(7L);
        assertThat(timer).isEnded().hasPassed(MasaBerlakuUsulanProcess.TASK_EXPIRE);
    }
}
