using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NixClaw.Contract;

namespace NixClaw.Build;

/// <summary>
/// Reads the generator's carrier constants straight from assembly metadata.
/// The assembly is never loaded: it targets a runtime MSBuild may not run on, and loading it would lock the file.
/// </summary>
internal static class CarrierReader
{
    /// <summary>Returns every file constant (<see cref="GeneratedFilesCarrier.IsFileConstant"/>), in declaration order; empty when the class is absent.</summary>
    public static List<CarrierConstant> Read(string assemblyPath)
    {
        var result = new List<CarrierConstant>();
        using var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return result;
        }

        var md = pe.GetMetadataReader();
        foreach (var typeHandle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(typeHandle);
            // StringComparer compares against the heap without allocating a string per type.
            if (!md.StringComparer.Equals(type.Name, GeneratedFilesCarrier.TypeName) || !md.StringComparer.Equals(type.Namespace, GeneratedFilesCarrier.Namespace))
            {
                continue;
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = md.GetFieldDefinition(fieldHandle);
                if (!md.StringComparer.StartsWith(field.Name, GeneratedFilesCarrier.FilePrefix) || !GeneratedFilesCarrier.IsFileConstant(md.GetString(field.Name)))
                {
                    continue;
                }

                var constantHandle = field.GetDefaultValue();
                if (constantHandle.IsNil)
                {
                    continue;
                }

                var constant = md.GetConstant(constantHandle);
                if (constant.TypeCode == ConstantTypeCode.String)
                {
                    var blob = md.GetBlobReader(constant.Value);
                    result.Add(new CarrierConstant(md.GetString(field.Name), blob.ReadUTF16(blob.Length)));
                }
                else if (constant.TypeCode == ConstantTypeCode.NullReference)
                {
                    result.Add(new CarrierConstant(md.GetString(field.Name), null));
                }
            }
        }

        return result;
    }
}
