package id.musrenflow.proposal.process;

import id.musrenflow.proposal.CarryOverService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Task_TandaiKadaluarsa: the usulan's masa berlaku has passed; it expires unless it was funded meanwhile. */
@Component
public class TandaiKadaluarsaDelegate implements JavaDelegate {

    private final CarryOverService carryOver;

    TandaiKadaluarsaDelegate(@Lazy CarryOverService carryOver) {
        this.carryOver = carryOver;
    }

    @Override
    public void execute(DelegateExecution execution) {
        carryOver.expire(((Number) execution.getVariable(MasaBerlakuUsulanProcess.Var.USULAN_ID)).longValue());
    }
}
