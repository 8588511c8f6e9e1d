package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
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

    private final BigDecimalField latitude = new BigDecimalField();
    private final BigDecimalField longitude = new BigDecimalField();
    private final Div map = new Div();
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
        for (BigDecimalField field : new BigDecimalField[] {latitude, longitude}) {
            field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            field.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    showMarker();
                }
            });
        }
        Div typed = new Div(latitude, longitude);
        typed.addClassName("mf-map-fields");
        Paragraph hint = new Paragraph(getTranslation("usulan.form.peta-petunjuk"));
        hint.addClassName("mf-muted");
        add(hint, map, typed);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addStyleSheet("context://" + LEAFLET + "leaflet.css");
        BigDecimal centreLat = box.south().add(box.north()).divide(BigDecimal.valueOf(2));
        BigDecimal centreLng = box.west().add(box.east()).divide(BigDecimal.valueOf(2));
        map.getElement().executeJs(INIT, getElement(),
                latitude.getValue() != null ? latitude.getValue().doubleValue() : centreLat.doubleValue(),
                longitude.getValue() != null ? longitude.getValue().doubleValue() : centreLng.doubleValue(),
                number(latitude.getValue()), number(longitude.getValue()), LEAFLET);
    }

    /** Called by the map when the user taps it. */
    @ClientCallable
    void pick(double lat, double lng) {
        if (readOnly) {
            return;
        }
        latitude.setValue(BigDecimal.valueOf(lat).setScale(6, RoundingMode.HALF_UP));
        longitude.setValue(BigDecimal.valueOf(lng).setScale(6, RoundingMode.HALF_UP));
        latitude.setInvalid(false);
    }

    BigDecimalField latitudeField() {
        return latitude;
    }

    BigDecimalField longitudeField() {
        return longitude;
    }

    /** Both given and inside the city's box, or both empty. */
    boolean valid() {
        BigDecimal lat = latitude.getValue();
        BigDecimal lng = longitude.getValue();
        return lat == null && lng == null || lat != null && lng != null && box.contains(lat, lng);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        latitude.setReadOnly(readOnly);
        longitude.setReadOnly(readOnly);
        map.getElement().setAttribute("readonly", readOnly);
    }

    private void showMarker() {
        boolean inside = valid() && latitude.getValue() != null;
        map.getElement().executeJs("if (this._mfSet) { this._mfSet($0, $1); }",
                inside ? latitude.getValue().doubleValue() : null, inside ? longitude.getValue().doubleValue() : null);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
