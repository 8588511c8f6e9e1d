package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.ui.HomeCard;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A proposer's own usulan on the home page, counted by status, with the way to their list. */
@org.springframework.stereotype.Component
class OwnProposalsHomeCard implements HomeCard {

    private final ProposalService proposals;
    private final AuthenticationContext authentication;

    OwnProposalsHomeCard(ProposalService proposals, AuthenticationContext authentication) {
        this.proposals = proposals;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create() {
        return authentication.getAuthenticatedUser(AuthenticatedUser.class)
                .filter(user -> ProposerRole.of(user.positions()).isPresent())
                .map(user -> card(proposals.proposedBy(user.username())));
    }

    private static Component card(List<ProposalSummary> own) {
        Div card = new Div();
        card.setId("beranda-usulan");
        card.addClassName("mf-card");
        card.add(new H3(card.getTranslation("beranda.usulan.judul")));
        Map<ProposalStatus, Long> byStatus = new EnumMap<>(ProposalStatus.class);
        own.forEach(p -> byStatus.merge(p.status(), 1L, Long::sum));
        Paragraph summary = new Paragraph(own.isEmpty() ? card.getTranslation("beranda.usulan.tidak-ada")
                : card.getTranslation("beranda.usulan.ringkas", String.valueOf(own.size())));
        summary.setId("beranda-usulan-ringkas");
        card.add(summary);
        byStatus.forEach((status, count) -> {
            Div row = new Div(new Span(card.getTranslation("status." + status.name())),
                    new Span(String.valueOf(count)));
            row.addClassName("mf-angka-baris");
            row.setId("beranda-usulan-" + status.name());
            card.add(row);
        });
        Anchor open = new Anchor("usulan", card.getTranslation("beranda.usulan.buka"));
        open.setId("beranda-usulan-buka");
        card.add(open);
        return card;
    }
}
