package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.Rupiah;
import id.musrenflow.danakelurahan.FundField;
import id.musrenflow.danakelurahan.KelurahanPlan;
import id.musrenflow.danakelurahan.KelurahanPlanService;
import id.musrenflow.danakelurahan.PlanCandidate;
import id.musrenflow.danakelurahan.PlanItem;
import id.musrenflow.danakelurahan.PlanStatusChange;
import id.musrenflow.danakelurahan.process.AlokasiDanaKelurahanProcess;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.region.RegionService;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskContextProvider;

/** Beside every alokasi-dana-kelurahan task: the plan by sub kegiatan against the pagu, and its history. */
@org.springframework.stereotype.Component
class PlanTaskContext implements TaskContextProvider {

    private final KelurahanPlanService plans;
    private final RegionService regions;

    private final PositionLabels labels;

    PlanTaskContext(KelurahanPlanService plans, RegionService regions, PositionLabels labels) {
        this.plans = plans;
        this.labels = labels;
        this.regions = regions;
    }

    @Override
    public boolean supports(InboxTask task) {
        return AlokasiDanaKelurahanProcess.KEY.equals(task.processDefinitionKey())
                && task.variables().get(AlokasiDanaKelurahanProcess.Var.TAHUN) instanceof Number
                && task.variables().get(AlokasiDanaKelurahanProcess.Var.KODE_KELURAHAN) instanceof String;
    }

    @Override
    public Component context(InboxTask task, AuthenticatedUser user) {
        int year = ((Number) task.variables().get(AlokasiDanaKelurahanProcess.Var.TAHUN)).intValue();
        String kelurahan = (String) task.variables().get(AlokasiDanaKelurahanProcess.Var.KODE_KELURAHAN);
        KelurahanPlan plan = plans.plan(year, kelurahan, user).orElseThrow();
        Div card = new Div();
        card.addClassName("mf-card");
        card.setId("rkk-ringkasan");
        card.add(new H3(card.getTranslation("dana.nav.rkk") + " " + year));
        card.add(ProgrammeSummary.muted(plan.number() + " · " + regions.describe(kelurahan) + " · "
                + card.getTranslation("dana.rkk.status." + plan.status().name())));
        Paragraph gauge = new Paragraph(card.getTranslation("dana.rkk.sisa", Rupiah.format(plan.pagu().remaining()),
                Rupiah.format(plan.pagu().pagu())));
        gauge.setId("rkk-ringkasan-sisa");
        card.add(gauge);
        for (FundField field : FundField.values()) {
            card.add(new H3(card.getTranslation("dana.rkk.bidang." + field.name(), PlanCandidate.subActivityCode(field))));
            OrderedList items = new OrderedList();
            for (PlanItem item : plan.items()) {
                if (item.field() == field) {
                    items.add(new ListItem(new Span(item.description() + " — " + Rupiah.format(item.amount()))));
                }
            }
            card.add(items, new Paragraph(card.getTranslation("dana.rkk.subtotal", Rupiah.format(plan.total(field)))));
        }
        if (plan.overrideReason() != null) {
            card.add(new Paragraph(card.getTranslation("dana.rkk.alasan-penyesuaian") + ": " + plan.overrideReason()));
        }
        OrderedList steps = new OrderedList();
        steps.setId("rkk-riwayat");
        for (PlanStatusChange step : plans.history(year, kelurahan, user)) {
            ListItem item = new ListItem(ProgrammeSummary.muted(IndonesianDates.dateTime(step.at(), com.vaadin.flow.component.UI.getCurrent().getLocale())),
                    new Span(card.getTranslation("dana.rkk.status." + step.to().name())),
                    ProgrammeSummary.muted(labels.actor(step.actor(), step.position(), step.at().toLocalDate(),
                            card::getTranslation)));
            if (step.reason() != null) {
                item.add(new Paragraph(card.getTranslation("dana.riwayat.alasan", step.reason())));
            }
            if (step.note() != null) {
                item.add(new Paragraph(card.getTranslation("dana.riwayat.catatan", step.note())));
            }
            steps.add(item);
        }
        card.add(steps);
        return card;
    }
}
