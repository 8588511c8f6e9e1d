package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.FormDialog;
import java.util.List;
import java.util.function.Consumer;

/** Starts a year's catalogue from another year's active items. */
class CopyCatalogueDialog extends FormDialog {

    private final ComboBox<Integer> source = new ComboBox<>();
    private final Consumer<Integer> handler;

    CopyCatalogueDialog(int target, List<Integer> years, Consumer<Integer> handler) {
        super("", "kamus.salin.tombol");
        setHeaderTitle(getTranslation("kamus.salin.judul", String.valueOf(target)));
        this.handler = handler;
        setId("kamus-salin-dialog");
        source.setId("kamus-salin-sumber");
        source.setLabel(getTranslation("kamus.salin.sumber"));
        source.setItems(years.stream().filter(y -> y != target).toList());
        source.setItemLabelGenerator(String::valueOf);
        // the nearest earlier year is what one usually starts from
        years.stream().filter(y -> y < target).reduce((a, b) -> b).ifPresent(source::setValue);
        addFields(new Paragraph(getTranslation("kamus.salin.petunjuk", String.valueOf(target))), source);
    }

    @Override
    protected void save() {
        if (source.getValue() == null) {
            throw new BusinessException("kamus.error.salin-sumber");
        }
        handler.accept(source.getValue());
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return messageKey.startsWith("kamus.error.") ? source : null;
    }
}
