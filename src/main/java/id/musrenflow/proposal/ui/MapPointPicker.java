package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.musrenflow.proposal.ProposalLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A map point chosen by tapping a Leaflet map (OpenStreetMap tiles; Leaflet is loaded at run time from its WebJar,
 * no frontend build) or typed as latitude and longitude; the map marker and the two fields follow each other.
 */
class MapPointPicker extends Div {

    static final String LEAFLET = "webjars/leaflet/1.9.4/dist/";
    private static final String INIT = """
            const el = this, host = $0;
            const start = () => {
              if (el._mfMap) { el._mfMap.remove(); }
              if (el._mfResize) { el._mfResize.disconnect(); }
              const map = L.map(el).setView([$1, $2], $3 === null ? 14 : 17);
              L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {maxZoom: 19,
                attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'}).addTo(map);
              el._mfMap = map;
              el._mfSet = (lat, lng) => {
                if (lat === null || lng === null) {
                  if (el._mfMarker) { el._mfMarker.remove(); el._mfMarker = null; }
                  return;
                }
                if (el._mfMarker) { el._mfMarker.setLatLng([lat, lng]); } else { el._mfMarker = L.marker([lat, lng]).addTo(map); }
                map.panTo([lat, lng]);
              };
              el._mfSet($3, $4);
              map.on('click', e => {
                if (el.hasAttribute('readonly')) { return; }
                el._mfSet(e.latlng.lat, e.latlng.lng);
                host.$server.pick(e.latlng.lat, e.latlng.lng);
              });
              // a map created while hidden (a closed details, a tab, a stacked column) measures 0 px: redraw it
              // whenever its box changes, including the moment it is first shown
              if (window.ResizeObserver) {
                el._mfResize = new ResizeObserver(() => map.invalidateSize());
                el._mfResize.observe(el);
              }
              setTimeout(() => map.invalidateSize(), 250);
            };
            if (window.L) { start(); return; }
            let script = document.querySelector('script[data-mf-leaflet]');
            if (!script) {
              script = document.createElement('script');
              script.src = $5 + 'leaflet.js';
              script.dataset.mfLeaflet = 'loading';
              script.addEventListener('load', () => script.dataset.mfLeaflet = 'ready');
              document.head.appendChild(script);
            }
            script.addEventListener('load', start);
            """;

    // text fields, not number fields: coordinates are written with a decimal point in every language
    private final TextField latitude = new TextField();
    private final TextField longitude = new TextField();
    private final Div map = new Div();
    private final Paragraph hint = new Paragraph(getTranslation("usulan.form.peta-petunjuk"));
    private final ProposalLimits.MapBox box;
    private boolean readOnly;

    MapPointPicker(ProposalLimits.MapBox box) {
        this.box = box;
        addClassName("mf-map-picker");
        map.setId("usulan-peta");
        map.addClassName("mf-map");
        map.getElement().setAttribute("role", "application");
        map.getElement().setAttribute("aria-label", getTranslation("usulan.form.peta"));
        latitude.setId("usulan-lat");
        latitude.setLabel(getTranslation("usulan.form.lintang"));
        latitude.setPlaceholder("-6.8886");
        longitude.setId("usulan-lng");
        longitude.setLabel(getTranslation("usulan.form.bujur"));
        longitude.setPlaceholder("109.6753");
        for (TextField field : new TextField[] {latitude, longitude}) {
            field.setAllowedCharPattern("[-+0-9.,]");
            field.setMaxLength(14);
            field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            field.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    showMarker();
                }
            });
        }
        Div typed = new Div(latitude, longitude);
        typed.addClassName("mf-map-fields");
        hint.addClassName("mf-muted");
        add(hint, map, typed);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addStyleSheet("context://" + LEAFLET + "leaflet.css");
        BigDecimal centreLat = box.south().add(box.north()).divide(BigDecimal.valueOf(2));
        BigDecimal centreLng = box.west().add(box.east()).divide(BigDecimal.valueOf(2));
        map.getElement().executeJs(INIT, getElement(),
                valid() && latitude() != null ? latitude().doubleValue() : centreLat.doubleValue(),
                valid() && longitude() != null ? longitude().doubleValue() : centreLng.doubleValue(),
                valid() ? number(latitude()) : null, valid() ? number(longitude()) : null, LEAFLET);
    }

    /** Called by the map when the user taps it. */
    @ClientCallable
    void pick(double lat, double lng) {
        if (readOnly) {
            return;
        }
        setPoint(BigDecimal.valueOf(lat).setScale(6, RoundingMode.HALF_UP),
                BigDecimal.valueOf(lng).setScale(6, RoundingMode.HALF_UP));
        latitude.setInvalid(false);
    }

    /** Sets both fields; the longitude first, so the pair is complete when the latitude's check runs. */
    void setPoint(BigDecimal lat, BigDecimal lng) {
        longitude.setValue(lng == null ? "" : lng.toPlainString());
        latitude.setValue(lat == null ? "" : lat.toPlainString());
    }

    TextField longitudeField() {
        return longitude;
    }

    TextField latitudeField() {
        return latitude;
    }

    /** The typed or picked latitude; null when empty or not a number. */
    BigDecimal latitude() {
        return parse(latitude.getValue());
    }

    BigDecimal longitude() {
        return parse(longitude.getValue());
    }

    /** Both empty, or both numbers inside the city's box. */
    boolean valid() {
        return problem().isEmpty();
    }

    /**
     * What is wrong with the typed pair, as a message key: one of the two missing, or a point outside the city.
     * Empty when both are empty or both are numbers inside the city's box.
     */
    java.util.Optional<String> problem() {
        boolean latEmpty = latitude.getValue() == null || latitude.getValue().isBlank();
        boolean lngEmpty = longitude.getValue() == null || longitude.getValue().isBlank();
        if (latEmpty && lngEmpty) {
            return java.util.Optional.empty();
        }
        if (latEmpty || lngEmpty) {
            return java.util.Optional.of("usulan.error.koordinat-lengkap");
        }
        BigDecimal lat = latitude();
        BigDecimal lng = longitude();
        return lat != null && lng != null && box.contains(lat, lng) ? java.util.Optional.empty()
                : java.util.Optional.of("usulan.error.koordinat");
    }

    private static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        latitude.setReadOnly(readOnly);
        longitude.setReadOnly(readOnly);
        map.getElement().setAttribute("readonly", readOnly);
        hint.setVisible(!readOnly);
    }

    private void showMarker() {
        boolean inside = valid() && latitude() != null;
        map.getElement().executeJs("if (this._mfSet) { this._mfSet($0, $1); }",
                inside ? latitude().doubleValue() : null, inside ? longitude().doubleValue() : null);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
