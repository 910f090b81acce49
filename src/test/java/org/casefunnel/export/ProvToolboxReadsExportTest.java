package org.casefunnel.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.cfg.HandlerInstantiator;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;
import org.openprovenance.prov.core.json.serialization.ProvDeserialiser;
import org.openprovenance.prov.core.json.serialization.deserial.CustomAttributeMapDeserializer;
import org.openprovenance.prov.model.Agent;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.HadMember;
import org.openprovenance.prov.model.HasType;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.WasAttributedTo;
import org.openprovenance.prov.model.WasDerivedFrom;
import org.openprovenance.prov.notation.ProvSerialiser;
import org.openprovenance.prov.vanilla.ProvFactory;

/**
 * ProvToolbox (org.openprovenance.prov 2.x, an implementation independent of ours) reads the export
 * as PROV: qualified names are qualified names, collections have members, and what it read can be
 * written as PROV-N and read back.
 */
@QuarkusTest
class ProvToolboxReadsExportTest {

  private static final String PROV = "http://www.w3.org/ns/prov#";
  private static final String FUNNEL = "urn:case-funnel:funnel:met-group-cse-review:";

  private static byte[] export() {
    return TestAuth.anonymous()
        .get("/api/funnels/met-group-cse-review/prov")
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }

  private static Document read(byte[] json) {
    ObjectMapper mapper = new ObjectMapper();
    mapper.setHandlerInstantiator(new ToolboxOnCurrentJackson());
    return new ProvDeserialiser(mapper).deserialiseDocument(new ByteArrayInputStream(json));
  }

  /**
   * ProvToolbox 2.2.1 is built on Jackson 2.17; from 2.19 on (Quarkus brings 2.21) Jackson creates
   * the attribute-map deserializer ProvToolbox names by class, which has no no-argument
   * constructor. Creating that one deserializer here lets ToolBox read on the Jackson the service
   * runs on (every other handler is created as Jackson would).
   */
  private static final class ToolboxOnCurrentJackson extends HandlerInstantiator {
    @Override
    public JsonDeserializer<?> deserializerInstance(
        DeserializationConfig config, Annotated annotated, Class<?> deserClass) {
      return deserClass == CustomAttributeMapDeserializer.class
          ? new CustomAttributeMapDeserializer(config.getTypeFactory().constructType(Map.class))
          : null;
    }

    @Override
    public KeyDeserializer keyDeserializerInstance(
        DeserializationConfig config, Annotated annotated, Class<?> keyDeserClass) {
      return null;
    }

    @Override
    public JsonSerializer<?> serializerInstance(
        SerializationConfig config, Annotated annotated, Class<?> serClass) {
      return null;
    }

    @Override
    public TypeResolverBuilder<?> typeResolverBuilderInstance(
        MapperConfig<?> config, Annotated annotated, Class<?> builderClass) {
      return null;
    }

    @Override
    public TypeIdResolver typeIdResolverInstance(
        MapperConfig<?> config, Annotated annotated, Class<?> resolverClass) {
      return null;
    }
  }

  @Test
  void funnelIsReadAsAProvCollectionWithItsFiguresAsMembers() {
    Document doc = read(export());

    Entity funnel = entity(doc, "funnel");
    assertThat(qualifiedTypes(funnel))
        .as("prov:Collection is read as a qualified name, not as a string")
        .anySatisfy(q -> assertThat(q.getUri()).isEqualTo(PROV + "Collection"));
    List<HadMember> memberships = of(doc, HadMember.class);
    assertThat(memberships)
        .singleElement()
        .satisfies(m -> assertThat(m.getCollection()).isEqualTo(funnel.getId()));
    List<QualifiedName> members = memberships.getFirst().getEntity();
    assertThat(members).hasSize(7);
    for (QualifiedName member : members) {
      assertThat(entity(doc, member.getLocalPart()))
          .as("member %s is an entity", member)
          .isNotNull();
    }
  }

  @Test
  void derivationTypesAreReadAsProvQualifiedNames() {
    Document doc = read(export());

    List<String> types =
        of(doc, WasDerivedFrom.class).stream()
            .flatMap(d -> qualifiedTypes(d).stream())
            .map(QualifiedName::getUri)
            .toList();
    assertThat(types)
        .contains(
            PROV + "Quotation", PROV + "PrimarySource", "urn:case-funnel:vocab:SecondarySource");
  }

  @Test
  void everyTypeOfEveryEntityAndAgentIsAQualifiedName() {
    Document doc = read(export());

    List<HasType> typed = new ArrayList<>(of(doc, Entity.class));
    typed.addAll(of(doc, Agent.class));
    assertThat(typed).hasSizeGreaterThan(17);
    for (HasType t : typed) {
      assertThat(t.getType()).isNotEmpty();
      assertThat(t.getType())
          .allSatisfy(v -> assertThat(v.getValue()).isInstanceOf(QualifiedName.class));
    }
    assertThat(of(doc, Agent.class))
        .flatMap(a -> qualifiedTypes(a))
        .extracting(QualifiedName::getUri)
        .contains(PROV + "Person", PROV + "Organization");
  }

  @Test
  void whatToolboxReadIsWrittenAsProvNWithPrefixesAndReadBack() {
    Document doc = read(export());
    assertThat(doc.getNamespace().getPrefixes())
        .containsEntry("prov", PROV)
        .containsEntry("xsd", "http://www.w3.org/2001/XMLSchema#");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProvFactory factory = new ProvFactory();
    new ProvSerialiser(factory).serialiseDocument(out, doc, true);
    String provN = out.toString(StandardCharsets.UTF_8);

    assertThat(provN).startsWith("document").contains("endDocument", "prov:Collection");
    assertThat(provN).contains("prefix f <" + FUNNEL + ">");
    Document again =
        new org.openprovenance.prov.notation.ProvDeserialiser(factory)
            .deserialiseDocument(new ByteArrayInputStream(out.toByteArray()));
    // PROV-N writes one hadMember per member; everything else comes back one for one
    assertThat(of(again, Entity.class)).hasSameSizeAs(of(doc, Entity.class));
    assertThat(of(again, Agent.class)).hasSameSizeAs(of(doc, Agent.class));
    assertThat(of(again, WasDerivedFrom.class)).hasSameSizeAs(of(doc, WasDerivedFrom.class));
    assertThat(of(again, WasAttributedTo.class)).hasSameSizeAs(of(doc, WasAttributedTo.class));
    assertThat(of(again, HadMember.class).stream().mapToInt(m -> m.getEntity().size()).sum())
        .isEqualTo(7);
    assertThat(qualifiedTypes(entity(again, "funnel")))
        .anySatisfy(q -> assertThat(q.getUri()).isEqualTo(PROV + "Collection"));
  }

  private static Entity entity(Document doc, String localPart) {
    return of(doc, Entity.class).stream()
        .filter(e -> e.getId().getLocalPart().equals(localPart))
        .findFirst()
        .orElse(null);
  }

  private static <T> List<T> of(Document doc, Class<T> kind) {
    return doc.getStatementOrBundle().stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The types ToolBox read as qualified names; a type read as a string is left out. */
  private static List<QualifiedName> qualifiedTypes(HasType typed) {
    return typed.getType().stream()
        .map(t -> t.getValue() instanceof QualifiedName q ? q : null)
        .filter(Objects::nonNull)
        .toList();
  }
}
